package org.latentexplorer.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classes named by a user, as in {@code --exclude-classes Sandal,3} or {@code --anomalous 1}: each
 * name is a class name (any case) or a label number; a name is tried first.
 */
public final class ClassSelection {

  private ClassSelection() {}

  /**
   * The label values of the named classes, in the order given, without repeats.
   *
   * @param what what the list is, for the message ("--exclude-classes")
   * @throws DatasetException naming {@code what} and the name that is not a class of the data
   */
  public static int[] labels(ImageSet data, List<String> names, String what)
      throws DatasetException {
    Set<Integer> present = new LinkedHashSet<>();
    for (int l : data.labels()) {
      if (l != ImageSet.NO_LABEL) {
        present.add(l);
      }
    }
    if (present.isEmpty()) {
      throw new DatasetException(null, what + ": " + data.name() + " has no labels to choose from");
    }
    Set<Integer> chosen = new LinkedHashSet<>();
    for (String raw : names) {
      String name = raw.trim();
      if (name.isEmpty()) {
        continue;
      }
      Integer label = byName(data, present, name);
      if (label == null) {
        throw new DatasetException(
            null,
            what + ": \"" + name + "\" is not a class of " + data.name() + " (its classes: "
                + describe(data, present) + ")");
      }
      chosen.add(label);
    }
    if (chosen.isEmpty()) {
      throw new DatasetException(null, what + ": no class named");
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The items of a set whose label is not among {@code labels}, keys kept. */
  public static ImageSet without(ImageSet data, int[] labels) {
    return data.subset(indices(data, labels, false));
  }

  /** The indices of a set's items whose label is (or, with {@code among} false, is not) listed. */
  public static int[] indices(ImageSet data, int[] labels, boolean among) {
    Set<Integer> set = new java.util.HashSet<>();
    for (int l : labels) {
      set.add(l);
    }
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      if (set.contains(data.label(i)) == among) {
        keep.add(i);
      }
    }
    return keep.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Integer byName(ImageSet data, Set<Integer> present, String name) {
    for (int l : present) {
      if (data.className(l).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    try {
      int l = Integer.parseInt(name);
      return present.contains(l) ? l : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String describe(ImageSet data, Set<Integer> present) {
    List<String> out = new ArrayList<>();
    for (int l : present.stream().sorted().toList()) {
      String n = data.className(l);
      out.add(n.equals(Integer.toString(l)) ? n : l + " " + n);
    }
    return String.join(", ", out);
  }
}
