package org.latentexplorer.latent;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Principal component analysis of row vectors: the mean, the principal axes sorted by the
 * variance they explain, and projection onto any of them. The covariance is accumulated in
 * parallel blocks, then diagonalised with EJML.
 *
 * @param mean the mean vector (length d)
 * @param components the unit principal axes, {@code components[k]} of length d, by falling
 *     variance
 * @param variances the variance along each axis (the covariance's eigenvalues)
 */
public record Pca(double[] mean, double[][] components, double[] variances) {

  private static final int BLOCK = 512;

  /**
   * Fits the principal axes of {@code rows.length / dims} points.
   *
   * @param rows the points, row-major
   * @param dims the dimension of a point
   */
  public static Pca fit(float[] rows, int dims) {
    int n = rows.length / dims;
    if (n < 2) {
      throw new IllegalArgumentException("PCA needs at least two points");
    }
    double[] mean = new double[dims];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < dims; d++) {
        mean[d] += rows[i * dims + d];
      }
    }
    for (int d = 0; d < dims; d++) {
      mean[d] /= n;
    }
    double[][] cov = covariance(rows, n, dims, mean);
    DMatrixRMaj matrix = new DMatrixRMaj(cov);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dims, true, true);
    if (!eig.decompose(matrix)) {
      throw new IllegalStateException("the covariance could not be diagonalised");
    }
    Integer[] order = new Integer[dims];
    double[] values = new double[dims];
    for (int k = 0; k < dims; k++) {
      order[k] = k;
      values[k] = eig.getEigenvalue(k).getReal();
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
    double[][] components = new double[dims][];
    double[] variances = new double[dims];
    for (int k = 0; k < dims; k++) {
      DMatrixRMaj v = eig.getEigenVector(order[k]);
      double[] axis = new double[dims];
      double norm = 0;
      double largest = 0;
      for (int d = 0; d < dims; d++) {
        axis[d] = v.get(d, 0);
        norm += axis[d] * axis[d];
        if (Math.abs(axis[d]) > Math.abs(largest)) {
          largest = axis[d];
        }
      }
      norm = Math.sqrt(norm) * Math.signum(largest == 0 ? 1 : largest);
      for (int d = 0; d < dims; d++) {
        axis[d] /= norm;
      }
      components[k] = axis;
      variances[k] = Math.max(0, values[order[k]]);
    }
    return new Pca(mean, components, variances);
  }

  /** The sample covariance (n - 1 in the denominator), summed in parallel row blocks. */
  static double[][] covariance(float[] rows, int n, int dims, double[] mean) {
    int blocks = (n + BLOCK - 1) / BLOCK;
    double[] sum =
        IntStream.range(0, blocks)
            .parallel()
            .mapToObj(
                b -> {
                  double[] acc = new double[dims * dims];
                  double[] centred = new double[dims];
                  int end = Math.min(n, (b + 1) * BLOCK);
                  for (int i = b * BLOCK; i < end; i++) {
                    for (int d = 0; d < dims; d++) {
                      centred[d] = rows[i * dims + d] - mean[d];
                    }
                    for (int r = 0; r < dims; r++) {
                      double x = centred[r];
                      int base = r * dims;
                      for (int c = r; c < dims; c++) {
                        acc[base + c] += x * centred[c];
                      }
                    }
                  }
                  return acc;
                })
            .reduce(
                new double[dims * dims],
                (a, b) -> {
                  double[] out = a.clone();
                  for (int k = 0; k < out.length; k++) {
                    out[k] += b[k];
                  }
                  return out;
                });
    double[][] cov = new double[dims][dims];
    for (int r = 0; r < dims; r++) {
      for (int c = r; c < dims; c++) {
        cov[r][c] = cov[c][r] = sum[r * dims + c] / (n - 1);
      }
    }
    return cov;
  }

  public int dims() {
    return mean.length;
  }

  /** The fraction of the total variance each axis explains. */
  public double[] explainedRatio() {
    double total = Arrays.stream(variances).sum();
    return Arrays.stream(variances).map(v -> total > 0 ? v / total : 0).toArray();
  }

  /** The running sum of {@link #explainedRatio}. */
  public double[] cumulativeRatio() {
    double[] r = explainedRatio();
    for (int k = 1; k < r.length; k++) {
      r[k] += r[k - 1];
    }
    return r;
  }

  /** The coordinate of a point along axis {@code k}. */
  public double coordinate(float[] point, int k) {
    double s = 0;
    for (int d = 0; d < mean.length; d++) {
      s += (point[d] - mean[d]) * components[k][d];
    }
    return s;
  }

  /** Every point's coordinates on the first {@code k} axes, row-major {@code n x k}. */
  public float[] project(float[] rows, int k) {
    int dims = mean.length;
    int n = rows.length / dims;
    float[] out = new float[n * k];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              for (int c = 0; c < k; c++) {
                double s = 0;
                double[] axis = components[c];
                for (int d = 0; d < dims; d++) {
                  s += (rows[i * dims + d] - mean[d]) * axis[d];
                }
                out[i * k + c] = (float) s;
              }
            });
    return out;
  }
}
