package org.latentexplorer.data.codes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.ImageSet;

/**
 * Class labels given as text, one an item: when every non-empty one is a whole number from 0 the
 * classes are the numbers up to the largest (as NumPy integer labels are); otherwise they are the
 * distinct texts in sorted order. An empty label leaves its item without a class.
 *
 * @param labels one class index an item, or {@link ImageSet#NO_LABEL}
 * @param classNames the classes' names
 */
record LabelValues(int[] labels, List<String> classNames) {

  static LabelValues of(Path file, List<String> texts) throws DatasetException {
    boolean numbers = true;
    TreeSet<String> distinct = new TreeSet<>();
    int max = -1;
    for (String t : texts) {
      if (t.isEmpty()) {
        continue;
      }
      distinct.add(t);
      if (numbers) {
        int v = wholeNumber(t);
        numbers = v >= 0;
        max = Math.max(max, v);
      }
    }
    int classes = numbers ? max + 1 : distinct.size();
    if (classes > ImageSet.MAX_CLASSES) {
      throw new DatasetException(file, (numbers ? "holds the label " + max : "names " + classes + " classes")
          + "; at most " + ImageSet.MAX_CLASSES + " classes are shown");
    }
    List<String> names = new ArrayList<>();
    if (numbers) {
      for (int k = 0; k <= max; k++) {
        names.add(Integer.toString(k));
      }
    } else {
      names.addAll(distinct);
    }
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int k = 0; k < names.size(); k++) {
      index.put(names.get(k), k);
    }
    int[] labels = new int[texts.size()];
    for (int i = 0; i < labels.length; i++) {
      String t = texts.get(i);
      labels[i] = t.isEmpty() ? ImageSet.NO_LABEL : numbers ? wholeNumber(t) : index.get(t);
    }
    return new LabelValues(labels, names);
  }

  /**
   * Classes numbered by one column and named by another (as {@code encode} writes them): the
   * classes keep their numbers, each named by the text beside it.
   */
  static LabelValues numbered(Path file, List<String> numbers, List<String> names)
      throws DatasetException {
    if (!numbers.stream().allMatch(t -> t.isEmpty() || wholeNumber(t) >= 0)) {
      return of(file, names);
    }
    LabelValues numbered = of(file, numbers);
    List<String> named = new ArrayList<>(numbered.classNames());
    java.util.Map<Integer, String> seen = new java.util.HashMap<>();
    for (int i = 0; i < numbers.size(); i++) {
      int k = numbered.labels()[i];
      if (k < 0) {
        continue;
      }
      String before = seen.putIfAbsent(k, names.get(i));
      if (before != null && !before.equals(names.get(i))) {
        throw new DatasetException(file, "calls the class " + k + " both \"" + before + "\" and \""
            + names.get(i) + "\"");
      }
      named.set(k, names.get(i));
    }
    return new LabelValues(numbered.labels(), named);
  }

  /** The text as a whole number from 0, or -1 when it is not one. */
  private static int wholeNumber(String t) {
    if (t.length() > 9 || !t.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(t);
  }
}
