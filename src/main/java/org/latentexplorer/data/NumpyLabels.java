package org.latentexplorer.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Class labels held in a NumPy array, for images ({@link NumpyDataset}) and for codes. */
public final class NumpyLabels {

  private NumpyLabels() {}

  /**
   * Reads one label an item into {@code out}: integers from 0 (the class names are the numbers,
   * up to the largest) or strings (the class names, sorted; each item gets its name's place).
   *
   * @return the class names
   * @throws DatasetException naming the file and the problem: not one value an item, floats,
   *     a negative or too large number, too many names
   */
  public static List<String> fill(NpyArray labels, int n, int[] out)
      throws DatasetException {
    if (labels.shape().length != 1 || labels.count() != n) {
      throw labels.problem("has the shape " + labels.shapeText()
          + "; labels must be one value an item (" + n + ",)");
    }
    if (labels.kind() == NpyArray.Kind.UNICODE || labels.kind() == NpyArray.Kind.BYTES) {
      String[] names = labels.toStrings();
      List<String> classes = new ArrayList<>(new TreeSet<>(Arrays.asList(names)));
      if (classes.size() > ImageSet.MAX_CLASSES) {
        throw labels.problem("names " + classes.size()
            + " classes; at most " + ImageSet.MAX_CLASSES + " are shown");
      }
      for (int i = 0; i < n; i++) {
        out[i] = classes.indexOf(names[i]);
      }
      return classes;
    }
    if (labels.kind() == NpyArray.Kind.FLOAT) {
      throw labels.problem("holds " + labels.typeName()
          + " values; labels must be integers from 0 or strings");
    }
    double[] values = labels.toDoubles();
    int max = -1;
    for (int i = 0; i < n; i++) {
      double v = values[i];
      if (v < 0 || v >= ImageSet.MAX_CLASSES) {
        throw labels.problem("holds the label " + (long) v
            + " (item " + i + "); labels must run from 0 to " + (ImageSet.MAX_CLASSES - 1));
      }
      out[i] = (int) v;
      max = Math.max(max, out[i]);
    }
    List<String> classes = new ArrayList<>();
    for (int k = 0; k <= max; k++) {
      classes.add(Integer.toString(k));
    }
    return classes;
  }

}
