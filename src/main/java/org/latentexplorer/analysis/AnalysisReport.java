package org.latentexplorer.analysis;

import java.util.List;

/**
 * Every number the analyses produce, as written to {@code analysis.json}.
 *
 * @param model the model's one-line summary
 * @param folder the model folder
 * @param data the data set analysed
 * @param items how many encoded items
 * @param pca explained variance of each principal axis and the running total
 * @param density number density along the axes and against the radius
 * @param priorCoverage where prior samples land
 * @param encoder a VAE encoder's per-dimension statistics, null for an AE
 * @param tsne the t-SNE run, null when skipped
 * @param umap the UMAP run, null when skipped
 * @param manifold the manifold grid, null unless the latent is 2-D
 * @param files the figures and coordinate files written, relative to the output folder
 */
public record AnalysisReport(
    String model,
    String folder,
    String data,
    int items,
    Pca pca,
    Density density,
    Coverage priorCoverage,
    Encoder encoder,
    TsneInfo tsne,
    UmapInfo umap,
    Manifold manifold,
    List<String> files) {

  /** Explained variance ratios. */
  public record Pca(double[] explained, double[] cumulative) {}

  /** One latent axis: its centre and width, and what sets it apart from N(0, 1). */
  public record Axis(int dimension, double centre, double width, String note) {}

  /** Number density. */
  public record Density(
      double binWidth, List<Axis> axes, double medianRadius, double chiMode, double chiMean) {}

  /** Prior coverage. */
  public record Coverage(
      int samples,
      String encodedPoints,
      double fractionInside,
      double threshold,
      double medianSampleDistance,
      double medianDataDistance,
      double medianRatio,
      double priorRadius99,
      double dataWithinPriorRadius) {}

  /** Encoder statistics. */
  public record Encoder(
      double[] klPerDimension,
      double[] meanPosteriorSd,
      double[] varianceOfMeans,
      int activeDimensions,
      double totalKl) {}

  /** The t-SNE run. */
  public record TsneInfo(
      int points, double perplexity, int iterations, double seconds, double exaggeration,
      int exaggerationIterations, double learningRate, long seed, int components) {}

  /** The UMAP run. */
  public record UmapInfo(
      int points, int neighbours, double minDist, int epochs, long seed, double seconds) {}

  /** The manifold grid. */
  public record Manifold(int n, double[] window, boolean quantiles) {}
}
