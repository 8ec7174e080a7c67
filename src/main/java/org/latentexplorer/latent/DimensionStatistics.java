package org.latentexplorer.latent;

/**
 * Mean and standard deviation of every dimension of a set of latent points.
 *
 * @param mean per dimension
 * @param sd per dimension (sample standard deviation)
 */
public record DimensionStatistics(double[] mean, double[] sd) {

  /**
   * Computes the statistics of {@code count} points stored row-major in {@code rows}.
   *
   * @param rows {@code count x dims} values
   * @param dims the dimension of a point
   */
  public static DimensionStatistics of(float[] rows, int dims) {
    int count = rows.length / dims;
    double[] mean = new double[dims];
    double[] sd = new double[dims];
    for (int i = 0; i < count; i++) {
      for (int d = 0; d < dims; d++) {
        mean[d] += rows[i * dims + d];
      }
    }
    for (int d = 0; d < dims; d++) {
      mean[d] /= Math.max(1, count);
    }
    for (int i = 0; i < count; i++) {
      for (int d = 0; d < dims; d++) {
        double e = rows[i * dims + d] - mean[d];
        sd[d] += e * e;
      }
    }
    for (int d = 0; d < dims; d++) {
      sd[d] = Math.sqrt(sd[d] / Math.max(1, count - 1));
    }
    return new DimensionStatistics(mean, sd);
  }

  public int dims() {
    return mean.length;
  }

  /** The centre of the data as a latent point. */
  public float[] centre() {
    float[] z = new float[mean.length];
    for (int d = 0; d < z.length; d++) {
      z[d] = (float) mean[d];
    }
    return z;
  }
}
