package org.latentexplorer.engine;

import org.latentexplorer.latent.DimensionStatistics;

/**
 * Latent codes of a batch of images, row-major: image {@code i}'s mean is {@code means[i * L ..
 * (i + 1) * L)}.
 *
 * @param count number of images
 * @param latentSize L
 * @param means the encoder's means (an AE's codes)
 * @param logVariances a VAE's posterior log-variances, null for an AE
 */
public record Encoding(int count, int latentSize, float[] means, float[] logVariances) {

  /** One image's mean as a new array. */
  public float[] mean(int index) {
    float[] z = new float[latentSize];
    System.arraycopy(means, index * latentSize, z, 0, latentSize);
    return z;
  }

  /** One image's log-variance as a new array, or null for an AE. */
  public float[] logVariance(int index) {
    if (logVariances == null) {
      return null;
    }
    float[] v = new float[latentSize];
    System.arraycopy(logVariances, index * latentSize, v, 0, latentSize);
    return v;
  }

  /** Mean and standard deviation of each latent dimension over the batch's means. */
  public DimensionStatistics statistics() {
    return DimensionStatistics.of(means, latentSize);
  }
}
