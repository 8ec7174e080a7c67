package org.latentexplorer.model;

import java.util.List;

/**
 * The data a model was trained on.
 *
 * @param name the data set's name or path, as given to {@code train --data}
 * @param classNames the name of each label value
 * @param normalisation how pixels were scaled before the encoder saw them
 * @param trainImages how many training images
 * @param heldOutImages how many held-out images the losses were measured on
 * @param excludedClasses classes left out of training and held-out data ({@code train
 *     --exclude-classes}, for anomaly detection); empty when none (absent in older files)
 */
public record DataInfo(
    String name,
    List<String> classNames,
    String normalisation,
    int trainImages,
    int heldOutImages,
    List<String> excludedClasses) {

  public DataInfo {
    classNames = classNames == null ? List.of() : classNames;
    excludedClasses = excludedClasses == null ? List.of() : List.copyOf(excludedClasses);
  }

  public DataInfo(
      String name, List<String> classNames, String normalisation, int trainImages,
      int heldOutImages) {
    this(name, classNames, normalisation, trainImages, heldOutImages, List.of());
  }

  /** The only normalisation the program uses. */
  public static final String UNIT_INTERVAL = "pixels scaled to [0, 1]";
}
