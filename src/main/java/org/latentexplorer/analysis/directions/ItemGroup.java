package org.latentexplorer.analysis.directions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.latentexplorer.data.ClassSelection;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.FactorTable;
import org.latentexplorer.data.ImageSet;

/**
 * One end of an attribute vector: the codes whose mean it starts or ends at. Written as a list of
 * parts separated by commas, their union: a class by name or number ({@code Sneaker}, {@code 7}),
 * an item ({@code #4129}), the items of a ground-truth factor's level or range of levels
 * ({@code x=0..5}, {@code shape=2}, on data with factors such as sprites), or in the window a
 * bookmark ({@code b2}, numbered in the bookmarks' order) or a selection drawn on the scatter
 * ({@code s1}).
 *
 * @param name the group's name as shown: the class names joined by " + ", or the parts as written
 *     (without repeats), joined by ", "
 * @param items the data's items in the group, ascending
 * @param labels the classes when the group is exactly some whole classes, else empty
 * @param points codes that are no data item (bookmarks), row-major
 */
public record ItemGroup(String name, int[] items, int[] labels, float[] points) {

  private static final Pattern ITEM = Pattern.compile("#(\\d{1,9})");
  private static final Pattern FACTOR = Pattern.compile("([^=]+)=(\\d{1,6})(?:\\.\\.(\\d{1,6}))?");
  private static final Pattern BOOKMARK = Pattern.compile("b(\\d{1,4})");
  private static final Pattern SELECTION = Pattern.compile("s(\\d{1,4})");

  /** How many codes the group holds. */
  public int size(int dims) {
    return items.length + points.length / dims;
  }

  /** The group's codes, row-major: its items' codes, then its other points. */
  public float[] codes(float[] codes, int dims) {
    float[] out = new float[items.length * dims + points.length];
    for (int i = 0; i < items.length; i++) {
      System.arraycopy(codes, items[i] * dims, out, i * dims, dims);
    }
    System.arraycopy(points, 0, out, items.length * dims, points.length);
    return out;
  }

  /**
   * Reads a group written as above.
   *
   * @param parts the parts, each a class, item, factor level, bookmark or selection
   * @param window the window's bookmarks and selections; null where there are none (the command
   *     line)
   * @param what where the group was written, for messages ("--from")
   * @throws DatasetException naming {@code what} and the part that names nothing
   */
  public static ItemGroup of(
      ImageSet data, List<String> parts, WindowNames window, String what)
      throws DatasetException {
    Set<Integer> items = new java.util.TreeSet<>();
    List<String> classNames = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<float[]> points = new ArrayList<>();
    boolean onlyClasses = true;
    for (String raw : parts) {
      String part = raw.strip();
      if (part.isEmpty()) {
        continue;
      }
      Matcher item = ITEM.matcher(part);
      Matcher factor = FACTOR.matcher(part);
      Matcher mark = BOOKMARK.matcher(part.toLowerCase(Locale.ROOT));
      Matcher selection = SELECTION.matcher(part.toLowerCase(Locale.ROOT));
      if (item.matches()) {
        int i = Integer.parseInt(item.group(1));
        if (i >= data.size()) {
          throw new DatasetException(null, what + ": there is no item " + part + " (" + data.name() + " has items #0 to #"
              + (data.size() - 1) + ")");
        }
        items.add(i);
        onlyClasses = false;
      } else if (factor.matches() && data.factors() != null) {
        items.addAll(factorItems(data, factor, part, what));
        onlyClasses = false;
      } else if (selection.matches() && !isClass(data, part)) {
        items.addAll(selectionItems(data, selection.group(0), window, what));
        onlyClasses = false;
      } else if (mark.matches() && !isClass(data, part)) {
        if (window == null) {
          throw new DatasetException(null, what + ": \"" + part + "\" is a bookmark, and bookmarks are known only in the window");
        }
        float[] z = window.bookmarks().apply(mark.group(0));
        if (z == null) {
          throw new DatasetException(null, what + ": there is no bookmark " + part);
        }
        points.add(z.clone());
        onlyClasses = false;
      } else {
        int[] label = ClassSelection.labels(data, List.of(part), what);
        classNames.add(data.className(label[0]));
        for (int i : ClassSelection.indices(data, label, true)) {
          items.add(i);
        }
        names.add(data.className(label[0]));
        continue;
      }
      names.add(part);
    }
    if (names.isEmpty()) {
      throw new DatasetException(null, what + ": the group is empty; name classes, items (#12), factor levels (x=0..5), bookmarks (b1) or selections (s1)");
    }
    if (items.isEmpty() && points.isEmpty()) {
      throw new DatasetException(null, what + ": " + String.join(", ", names) + " holds no item of " + data.name());
    }
    int[] labels = onlyClasses ? classLabels(data, classNames) : new int[0];
    return new ItemGroup(
        shortName(names, onlyClasses), items.stream().mapToInt(Integer::intValue).toArray(), labels, flatten(points));
  }

  /** A group's name written back as the parts it was read from ("Sneaker + Sandal": "Sneaker, Sandal"). */
  public static String spec(String name) {
    return name.replace(" + ", ", ");
  }

  /** The group's parts, split at commas: "Sneaker, #12" is two parts. */
  public static List<String> parts(String text) {
    return List.of(text.split(","));
  }

  private static boolean isClass(ImageSet data, String part) {
    return data.classNames().stream().anyMatch(c -> c.equalsIgnoreCase(part));
  }

  private static int[] classLabels(ImageSet data, List<String> classNames) throws DatasetException {
    return ClassSelection.labels(data, classNames, "classes");
  }

  private static List<Integer> selectionItems(ImageSet data, String name, WindowNames window, String what)
      throws DatasetException {
    if (window == null) {
      throw new DatasetException(null, what + ": \"" + name + "\" is a selection on the scatter, and selections are"
          + " known only in the window");
    }
    int[] chosen = window.selections().apply(name);
    if (chosen == null) {
      throw new DatasetException(null, what + ": there is no selection " + name
          + " (Ctrl-drag a loop around items on the scatter to make one)");
    }
    List<Integer> out = new ArrayList<>();
    for (int i : chosen) {
      if (i < 0 || i >= data.size()) {
        throw new DatasetException(null, what + ": selection " + name + " holds item #" + i + ", and " + data.name()
            + " has items #0 to #" + (data.size() - 1));
      }
      out.add(i);
    }
    return out;
  }

  private static List<Integer> factorItems(ImageSet data, Matcher m, String part, String what) throws DatasetException {
    FactorTable f = data.factors();
    String factorName = m.group(1).strip();
    int k = f.names().indexOf(factorName.toLowerCase(Locale.ROOT));
    if (k < 0) {
      k = f.names().indexOf(factorName);
    }
    if (k < 0) {
      throw new DatasetException(null, what + ": \"" + factorName + "\" in " + part + " is not a factor of " + data.name()
          + " (its factors: " + String.join(", ", f.names()) + ")");
    }
    int lo = Integer.parseInt(m.group(2));
    int hi = m.group(3) == null ? lo : Integer.parseInt(m.group(3));
    if (lo > hi || hi >= f.levels()[k]) {
      throw new DatasetException(null, what + ": " + part + " asks for levels " + lo + " to " + hi + " of "
          + f.names().get(k) + ", which has levels 0 to " + (f.levels()[k] - 1));
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      int v = f.value(i, k);
      if (v >= lo && v <= hi) {
        out.add(i);
      }
    }
    return out;
  }

  /** The parts without repeats: classes joined by " + ", other groups as written, by ", ". */
  private static String shortName(List<String> names, boolean classes) {
    return String.join(classes ? " + " : ", ", new LinkedHashSet<>(names));
  }

  private static float[] flatten(List<float[]> points) {
    int dims = points.isEmpty() ? 0 : points.get(0).length;
    float[] out = new float[points.size() * dims];
    for (int i = 0; i < points.size(); i++) {
      System.arraycopy(points.get(i), 0, out, i * dims, dims);
    }
    return out;
  }
}
