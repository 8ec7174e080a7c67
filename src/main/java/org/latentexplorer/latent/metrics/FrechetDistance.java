package org.latentexplorer.latent.metrics;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Fréchet distance between two sets of feature vectors, each taken as a Gaussian (Dowson and
 * Landau 1982; the formula of Heusel et al. 2017's FID, here on whatever features are given):
 * ||mu1 - mu2||^2 + Tr(S1 + S2 - 2 sqrtm(S1 S2)), in double precision, with covariances divided
 * by n - 1 as {@code np.cov} does (pytorch-fid's {@code calculate_frechet_distance}).
 *
 * <p>Tr(sqrtm(S1 S2)) is computed as the sum of the square roots of the eigenvalues of the
 * symmetric matrix sqrt(S1) S2 sqrt(S1), which has the eigenvalues of S1 S2 (real and
 * non-negative up to rounding; rounding below zero counts as zero). That needs no retry with
 * 1e-6 added to the diagonals, which pytorch-fid makes when scipy's sqrtm of a nearly singular
 * product is not finite.
 */
public final class FrechetDistance {

  private FrechetDistance() {}

  /** The distance between two sets of rows (each {@code count x dims}, at least two rows). */
  public static double of(float[][] a, float[][] b) {
    Gaussian ga = Gaussian.fit(a);
    Gaussian gb = Gaussian.fit(b);
    if (ga.mean.length != gb.mean.length) {
      throw new IllegalArgumentException("the two sets have features of different sizes");
    }
    return between(ga, gb);
  }

  /** A set's mean and covariance (n - 1). */
  public record Gaussian(double[] mean, DMatrixRMaj covariance) {

    public static Gaussian fit(float[][] rows) {
      int n = rows.length;
      if (n < 2) {
        throw new IllegalArgumentException("a covariance needs at least two feature vectors");
      }
      int d = rows[0].length;
      double[] mean = new double[d];
      for (float[] r : rows) {
        for (int j = 0; j < d; j++) {
          mean[j] += r[j];
        }
      }
      for (int j = 0; j < d; j++) {
        mean[j] /= n;
      }
      DMatrixRMaj cov = new DMatrixRMaj(d, d);
      double[] centred = new double[d];
      for (float[] r : rows) {
        for (int j = 0; j < d; j++) {
          centred[j] = r[j] - mean[j];
        }
        for (int i = 0; i < d; i++) {
          for (int j = i; j < d; j++) {
            cov.data[i * d + j] += centred[i] * centred[j];
          }
        }
      }
      for (int i = 0; i < d; i++) {
        for (int j = i; j < d; j++) {
          double v = cov.data[i * d + j] / (n - 1);
          cov.data[i * d + j] = v;
          cov.data[j * d + i] = v;
        }
      }
      return new Gaussian(mean, cov);
    }
  }

  /** The distance between two fitted Gaussians. */
  public static double between(Gaussian a, Gaussian b) {
    int d = a.mean.length;
    double meanTerm = 0;
    for (int j = 0; j < d; j++) {
      double diff = a.mean[j] - b.mean[j];
      meanTerm += diff * diff;
    }
    double traces = CommonOps_DDRM.trace(a.covariance) + CommonOps_DDRM.trace(b.covariance);
    DMatrixRMaj root = symmetricSqrt(a.covariance);
    DMatrixRMaj tmp = new DMatrixRMaj(d, d);
    DMatrixRMaj m = new DMatrixRMaj(d, d);
    CommonOps_DDRM.mult(root, b.covariance, tmp);
    CommonOps_DDRM.mult(tmp, root, m);
    symmetrise(m);
    double traceRoot = 0;
    for (double lambda : eigenvalues(m)) {
      traceRoot += Math.sqrt(Math.max(lambda, 0));
    }
    return meanTerm + traces - 2 * traceRoot;
  }

  private static void symmetrise(DMatrixRMaj m) {
    int d = m.numRows;
    for (int i = 0; i < d; i++) {
      for (int j = i + 1; j < d; j++) {
        double v = (m.get(i, j) + m.get(j, i)) / 2;
        m.set(i, j, v);
        m.set(j, i, v);
      }
    }
  }

  private static double[] eigenvalues(DMatrixRMaj symmetric) {
    EigenDecomposition_F64<DMatrixRMaj> eig =
        DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
    if (!eig.decompose(symmetric.copy())) {
      throw new IllegalStateException("the eigen decomposition did not converge");
    }
    double[] out = new double[symmetric.numRows];
    for (int i = 0; i < out.length; i++) {
      out[i] = eig.getEigenvalue(i).getReal();
    }
    return out;
  }

  /** The square root of a symmetric positive semi-definite matrix, by its eigen decomposition. */
  private static DMatrixRMaj symmetricSqrt(DMatrixRMaj s) {
    int d = s.numRows;
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
    if (!eig.decompose(s.copy())) {
      throw new IllegalStateException("the eigen decomposition did not converge");
    }
    DMatrixRMaj out = new DMatrixRMaj(d, d);
    for (int k = 0; k < d; k++) {
      double root = Math.sqrt(Math.max(eig.getEigenvalue(k).getReal(), 0));
      DMatrixRMaj v = eig.getEigenVector(k);
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          out.data[i * d + j] += root * v.get(i) * v.get(j);
        }
      }
    }
    return out;
  }
}
