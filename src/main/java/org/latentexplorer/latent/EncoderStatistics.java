package org.latentexplorer.latent;

/**
 * Per-dimension statistics of a VAE's encoder over a data set: the average KL divergence of
 * q(z_d|x) from N(0, 1), which is near zero for a collapsed (unused) dimension, and the average
 * posterior standard deviation, near 1 for a collapsed dimension.
 *
 * @param klPerDimension mean KL a dimension, nats
 * @param meanSd mean posterior standard deviation a dimension
 * @param varianceOfMeans the variance of the posterior means over the data (Burda et al.'s
 *     activity: above 0.01 means active)
 */
public record EncoderStatistics(double[] klPerDimension, double[] meanSd, double[] varianceOfMeans) {

  /** Below this average KL (nats) a dimension counts as collapsed. */
  public static final double COLLAPSED_KL = 0.01;

  /** Burda et al.'s activity threshold on the variance of the means. */
  public static final double ACTIVE_VARIANCE = 0.01;

  /**
   * Computes the statistics.
   *
   * @param means posterior means, {@code count x dims}
   * @param logVariances posterior log-variances, {@code count x dims}
   */
  public static EncoderStatistics of(float[] means, float[] logVariances, int dims) {
    int n = means.length / dims;
    double[] kl = new double[dims];
    double[] sd = new double[dims];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < dims; d++) {
        double mu = means[i * dims + d];
        double lv = logVariances[i * dims + d];
        kl[d] += 0.5 * (mu * mu + Math.exp(lv) - 1 - lv);
        sd[d] += Math.exp(0.5 * lv);
      }
    }
    for (int d = 0; d < dims; d++) {
      kl[d] /= n;
      sd[d] /= n;
    }
    double[] sdOfMeans = DimensionStatistics.of(means, dims).sd();
    double[] variance = new double[dims];
    for (int d = 0; d < dims; d++) {
      variance[d] = sdOfMeans[d] * sdOfMeans[d];
    }
    return new EncoderStatistics(kl, sd, variance);
  }

  /** How many dimensions carry information (average KL at or above {@link #COLLAPSED_KL}). */
  public int activeDimensions() {
    int active = 0;
    for (double k : klPerDimension) {
      active += k >= COLLAPSED_KL ? 1 : 0;
    }
    return active;
  }

  /** The sum of the per-dimension KLs: the KL term of the ELBO per item. */
  public double totalKl() {
    double s = 0;
    for (double k : klPerDimension) {
      s += k;
    }
    return s;
  }
}
