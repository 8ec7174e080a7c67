package org.latentexplorer.analysis.evaluate;

import java.util.List;

/**
 * Every number of an evaluation, as written to {@code evaluation.json}. The names are stable, for
 * other programs: {@code reconstruction.ssim.mean}, {@code reconstruction.ssim.perItem} (the
 * exported images, in order), {@code reconstruction.psnr.mean}, {@code likelihood.negativeElbo},
 * {@code likelihood.negativeLogLikelihood} (nats per image, positive), {@code likelihood.samples},
 * {@code generation.frechetDistance}, {@code generation.score.mean}, {@code generation.score.sd},
 * {@code robustness.sigma}, {@code robustness.latentStability}, {@code
 * robustness.reconstructionStability}. A part that could not run is null, with a note saying why.
 */
public record EvaluationReport(
    String model,
    String folder,
    String summary,
    String data,
    int heldOutItems,
    Reconstruction reconstruction,
    Likelihood likelihood,
    Generation generation,
    Robustness robustness,
    Smoothness smoothness,
    Disentanglement disentanglement,
    List<String> notes,
    Timings seconds,
    List<String> files) {

  /** Mean, standard deviation, and the values of the exported images. */
  public record Figure(double mean, double sd, double[] perItem) {}

  /**
   * Reconstruction of held-out images.
   *
   * @param lossName what {@code loss} is
   * @param ssim null when the images are too small for SSIM's 11 x 11 window
   * @param psnrInfinite how many images were reconstructed exactly (infinite PSNR, left out of
   *     the PSNR mean)
   * @param best the 8 best images by loss (held-out positions)
   * @param worst the 8 worst
   */
  public record Reconstruction(
      String lossName, Figure loss, Figure ssim, Figure psnr, int psnrInfinite, int[] best,
      int[] worst) {}

  /**
   * A VAE's likelihood of held-out images, nats per image.
   *
   * @param negativeElbo -ELBO = reconstruction + kl
   * @param negativeLogLikelihood -log p(x), importance-sampled with {@code samples} samples
   * @param gap negativeElbo - negativeLogLikelihood (at least 0 up to sampling noise)
   */
  public record Likelihood(
      int items, int samples, double negativeElbo, double reconstruction, double kl,
      double negativeLogLikelihood, double gap) {}

  /** The classifier's score: mean and sd over 10 splits. */
  public record Score(double mean, double sd) {}

  /** One set of images against the held-out images on the classifier's features. */
  public record Baseline(String name, int count, double frechetDistance, Score score) {}

  /**
   * Prior samples measured on a classifier's features.
   *
   * @param featureSpace which classifier's features, in words
   * @param classifier its folder
   * @param classifierAccuracy its held-out accuracy
   * @param frechetDistance held-out images against prior samples
   * @param score the prior samples' Inception-Score-like score
   * @param baselines prior samples, reconstructions and training images, in that order
   * @param classNames the classifier's classes
   * @param generatedClasses how many prior samples it puts in each class
   * @param heldOutClasses the same for the held-out images
   * @param verdict one sentence on what the figures say
   */
  public record Generation(
      String featureSpace, String classifier, double classifierAccuracy, int samples,
      double frechetDistance, Score score, List<Baseline> baselines, List<String> classNames,
      int[] generatedClasses, int[] heldOutClasses, String verdict) {}

  /**
   * Stability under noise and gradient-sign perturbations, one value a sigma.
   *
   * @param codeSpread mean squared distance of the codes from their mean, to read the latent
   *     figures against
   */
  public record Robustness(
      int items, double[] sigma, double[] latentStability, double[] reconstructionStability,
      double[] attackLatentStability, double[] attackReconstructionStability, double codeSpread) {}

  /** SSIM of consecutive frames of fixed interpolations. */
  public record Smoothness(
      int paths, int frames, double meanSsim, double lowestSsim, double[] pathMeanSsim,
      double[] pathLowestSsim, int[][] pairs) {}

  /** How long each part took. */
  /**
   * Disentanglement on items with known factors (docs/metrics.md; disentanglement_lib), null when the
   * data has none. All scores in [0, 1].
   *
   * @param factors the factor names, in column order
   * @param mutualInformation [code][factor] in nats, as MIG uses it
   * @param bestCode per factor, the code (from 1) with the most mutual information
   * @param sentences per factor, "z3 carries x: MIG gap 0.62"
   * @param klPerCode mean KL of each code to the prior in nats (VAE), or null
   */
  public record Disentanglement(
      int items,
      List<String> factors,
      double betaVae,
      double factorVae,
      double mig,
      Dci dci,
      double sap,
      double[][] mutualInformation,
      int[] bestCode,
      List<String> sentences,
      double[] klPerCode) {}

  /** DCI (Eastwood and Williams 2018) with a logistic-regression importance model. */
  public record Dci(double disentanglement, double completeness, double informativeness) {}

  public record Timings(
      double reconstruction, double likelihood, double generation, double robustness,
      double smoothness, double disentanglement, double total) {}
}
