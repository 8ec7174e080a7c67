package org.latentexplorer.engine;

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
  public double[][] dimensionStatistics() {
    double[] mean = new double[latentSize];
    double[] sd = new double[latentSize];
    for (int i = 0; i < count; i++) {
      for (int d = 0; d < latentSize; d++) {
        mean[d] += means[i * latentSize + d];
      }
    }
    for (int d = 0; d < latentSize; d++) {
      mean[d] /= Math.max(1, count);
    }
    for (int i = 0; i < count; i++) {
      for (int d = 0; d < latentSize; d++) {
        double e = means[i * latentSize + d] - mean[d];
        sd[d] += e * e;
      }
    }
    for (int d = 0; d < latentSize; d++) {
      sd[d] = Math.sqrt(sd[d] / Math.max(1, count - 1));
    }
    return new double[][] {mean, sd};
  }
}
