package org.latentexplorer.data;

import java.util.List;

/**
 * Training data and the held-out data a model is measured on.
 *
 * @param train the images a model learns from
 * @param heldOut images never trained on: the test set where the data has one
 * @param excludedClasses the names of classes taken out of both parts (training on "normal" data
 *     only, for anomaly detection); empty when none
 */
public record DataSplit(ImageSet train, ImageSet heldOut, List<String> excludedClasses) {

  public DataSplit {
    excludedClasses = excludedClasses == null ? List.of() : List.copyOf(excludedClasses);
  }

  public DataSplit(ImageSet train, ImageSet heldOut) {
    this(train, heldOut, List.of());
  }

  /**
   * This split without the items of some classes, in both parts, the classes recorded.
   *
   * @param labels label values, as {@link ClassSelection#labels} gives them
   */
  public DataSplit withoutClasses(int[] labels) {
    if (labels.length == 0) {
      return this;
    }
    List<String> names = new java.util.ArrayList<>(excludedClasses);
    for (int l : labels) {
      String name = train.className(l);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return new DataSplit(
        ClassSelection.without(train, labels), ClassSelection.without(heldOut, labels), names);
  }

  /** This split without the classes named (a saved run's), unless it is already without them. */
  public DataSplit withoutClassesNamed(List<String> names) {
    if (names.isEmpty() || excludedClasses.containsAll(names)) {
      return this;
    }
    int[] labels =
        java.util.stream.IntStream.of(train.labels())
            .distinct()
            .filter(l -> names.contains(train.className(l)))
            .toArray();
    return withoutClasses(labels);
  }
}
