package org.latentexplorer.analysis.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.latentexplorer.engine.ClassifierEngine;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelMeasures;
import org.latentexplorer.latent.Sampling;
import org.latentexplorer.latent.metrics.ClassifierScore;
import org.latentexplorer.latent.metrics.FrechetDistance;
import org.latentexplorer.model.ClassifierDescription;

/**
 * Generated samples measured on the features of the program's own classifier (docs/metrics.md): the
 * Fréchet distance between held-out images and decoded prior samples, the Inception-Score-like
 * score of the samples, and the classes the classifier sees in them; with the same figures for
 * training images (the floor: real against real) and for the model's reconstructions.
 *
 * @param classifier the classifier's description
 * @param classifierFolder where it was read from
 * @param generated the decoded prior samples, flat
 * @param real the classifier's outputs for the held-out images
 * @param samples its outputs for the prior samples
 * @param rows prior samples first, then the baselines
 * @param generatedCounts how many prior samples the classifier puts in each class
 * @param realCounts the same for the held-out images
 */
public record GenerationResult(
    ClassifierDescription classifier,
    String classifierFolder,
    float[] generated,
    ClassifierEngine.Outputs real,
    ClassifierEngine.Outputs samples,
    List<Row> rows,
    int[] generatedCounts,
    int[] realCounts) {

  /** Names of the rows, as evaluation.json and report.md write them. */
  public static final String PRIOR_SAMPLES = "prior samples";

  public static final String RECONSTRUCTIONS = "reconstructions";
  public static final String TRAINING_IMAGES = "training images (floor)";

  /**
   * One set of images against the held-out images.
   *
   * @param name what the images are
   * @param count how many
   * @param frechetDistance to the held-out images' features
   * @param score the Inception-Score-like score of these images
   */
  public record Row(String name, int count, double frechetDistance, ClassifierScore score) {}

  static GenerationResult run(
      LatentEngine engine, ClassifierEngine classifier, float[] heldOut, float[] reconstructions,
      float[] training, int count, long seed, Steps steps) {
    steps.at("Classifying held-out images", -1);
    ClassifierEngine.Outputs real = Steps.await(classifier.classify(heldOut, count));
    float[] generated = new float[heldOut.length];
    Random random = new Random(seed);
    int size = engine.inputShape().size();
    int chunk = new ModelMeasures(engine).imagesPerCall();
    for (int from = 0; from < count; from += chunk) {
      int n = Math.min(chunk, count - from);
      steps.at(String.format(Locale.ROOT, "Decoding %,d prior samples", count), (double) from / count);
      float[][] zs = new float[n][];
      for (int i = 0; i < n; i++) {
        zs[i] = Sampling.prior(random, engine.latentSize());
      }
      float[][] images = Steps.await(engine.decodeAll(zs));
      for (int i = 0; i < n; i++) {
        System.arraycopy(images[i], 0, generated, (from + i) * size, size);
      }
    }
    steps.at("Classifying prior samples and reconstructions", -1);
    ClassifierEngine.Outputs samples = Steps.await(classifier.classify(generated, count));
    ClassifierEngine.Outputs recon = Steps.await(classifier.classify(reconstructions, count));
    ClassifierEngine.Outputs train =
        training == null ? null : Steps.await(classifier.classify(training, training.length / size));
    steps.at("Fréchet distances", -1);
    FrechetDistance.Gaussian realFit = FrechetDistance.Gaussian.fit(real.featureRows());
    List<Row> rows = new ArrayList<>();
    rows.add(row(PRIOR_SAMPLES, samples, realFit, seed));
    rows.add(row(RECONSTRUCTIONS, recon, realFit, seed));
    if (train != null) {
      rows.add(row(TRAINING_IMAGES, train, realFit, seed));
    }
    int classes = classifier.description().classes();
    return new GenerationResult(
        classifier.description(), classifier.folder().toString(), generated, real, samples, rows,
        counts(samples.predictions(), classes), counts(real.predictions(), classes));
  }

  private static Row row(
      String name, ClassifierEngine.Outputs out, FrechetDistance.Gaussian real, long seed) {
    double fd = FrechetDistance.between(real, FrechetDistance.Gaussian.fit(out.featureRows()));
    return new Row(name, out.count(), fd, ClassifierScore.of(out.logitRows(), seed));
  }

  private static int[] counts(int[] predictions, int classes) {
    int[] c = new int[classes];
    for (int p : predictions) {
      c[p]++;
    }
    return c;
  }

  /** The row of a name, or null. */
  public Row row(String name) {
    return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }

  /** "the fashion-mnist classifier's features (128 units)": what the figures are measured on. */
  public String featureSpace() {
    return "the " + classifier.data() + " classifier's features (" + classifier.features() + " units)";
  }
}
