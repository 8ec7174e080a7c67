package org.latentexplorer.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code classifier.json} records: a classifier trained by the program on one data set, whose
 * features the generation metrics use.
 *
 * @param format {@value #FORMAT}
 * @param data the data set's name as the catalogue knows it, such as "fashion-mnist"
 * @param classNames the class names, in label order
 * @param input the image shape
 * @param features the width of the feature layer
 * @param testAccuracy the fraction of held-out images classified right
 * @param heldOut how many held-out images that accuracy is measured on
 * @param history per epoch: training loss (nats per image) and held-out accuracy
 * @param training the options of the run
 * @param parameters the parameter file
 * @param createdAt when it was written (ISO-8601)
 * @param program the program and engine that wrote it
 */
public record ClassifierDescription(
    String format,
    String data,
    List<String> classNames,
    InputShape input,
    int features,
    double testAccuracy,
    int heldOut,
    List<Epoch> history,
    TrainingInfo training,
    ParameterFile parameters,
    String createdAt,
    String program) {

  public static final String FORMAT = "latent-explorer-classifier/1";

  /** One epoch of training. */
  public record Epoch(int epoch, double trainLoss, double testAccuracy, double seconds) {}

  public int classes() {
    return classNames == null ? 0 : classNames.size();
  }

  /** What is wrong with a description read from a file; empty when nothing is. */
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    if (!FORMAT.equals(format)) {
      p.add("format is " + (format == null ? "missing" : "'" + format + "'") + ", not '" + FORMAT + "'");
    }
    if (data == null || data.isBlank()) {
      p.add("data (the data set's name) is missing");
    }
    if (classNames == null || classNames.size() < 2) {
      p.add("classNames needs at least two classes");
    }
    if (input == null) {
      p.add("input is missing");
    } else if (!ClassifierBlock.fits(input)) {
      p.add("input " + input + " is smaller than 4 x 4");
    }
    if (features < 1 || features > 4096) {
      p.add("features is " + features + "; it must be 1 to 4096");
    }
    if (parameters == null || parameters.file() == null) {
      p.add("parameters (the parameter file) is missing");
    }
    return p;
  }

  /** "fashion-mnist classifier, 128 features, 91.2% test accuracy". */
  public String summary() {
    return String.format(
        java.util.Locale.ROOT, "%s classifier, %d features, %.1f%% test accuracy", data, features,
        100 * testAccuracy);
  }
}
