package org.latentexplorer.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * The importance-sampled bound on a linear Gaussian model, where the maths gives everything:
 * p(z) = N(0, I), p(x|z) = N(Wz + b, s^2 I), so log p(x) = log N(x; b, W W^T + s^2 I) and the ELBO
 * of a Gaussian q(z|x) are both in closed form.
 */
class ImportanceSamplingTest {

  private static final double[][] W = {{1.0, -0.5}, {0.3, 0.8}, {-0.7, 0.2}};
  private static final double[] B = {0.1, -0.2, 0.3};
  private static final double S = 0.5;
  private static final double[] X = {0.9, 0.4, -0.6};
  private static final float[] MU = {0.35f, 0.2f};
  private static final float[] LOG_VARIANCE = {(float) Math.log(0.3), (float) Math.log(0.5)};

  private static double logLikelihood(float[] z, int offset) {
    double sum = 0;
    for (int d = 0; d < X.length; d++) {
      double mean = B[d] + W[d][0] * z[offset] + W[d][1] * z[offset + 1];
      double r = X[d] - mean;
      sum += -0.5 * Math.log(2 * Math.PI * S * S) - r * r / (2 * S * S);
    }
    return sum;
  }

  /** E_q[log p(x|z)] - KL(q || p), exactly. */
  private static double elbo() {
    double expected = 0;
    for (int d = 0; d < X.length; d++) {
      double mean = B[d] + W[d][0] * MU[0] + W[d][1] * MU[1];
      double r = X[d] - mean;
      double spread = W[d][0] * W[d][0] * Math.exp(LOG_VARIANCE[0]) + W[d][1] * W[d][1] * Math.exp(LOG_VARIANCE[1]);
      expected += -0.5 * Math.log(2 * Math.PI * S * S) - (r * r + spread) / (2 * S * S);
    }
    return expected - ImportanceSampling.klToStandardNormal(MU, LOG_VARIANCE, 0, 2);
  }

  /** log N(x; b, W W^T + s^2 I). */
  private static double exactLogLikelihood() {
    DMatrixRMaj c = new DMatrixRMaj(3, 3);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        c.set(i, j, W[i][0] * W[j][0] + W[i][1] * W[j][1] + (i == j ? S * S : 0));
      }
    }
    DMatrixRMaj inverse = new DMatrixRMaj(3, 3);
    CommonOps_DDRM.invert(c, inverse);
    double quad = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        quad += (X[i] - B[i]) * inverse.get(i, j) * (X[j] - B[j]);
      }
    }
    return -0.5 * (3 * Math.log(2 * Math.PI) + Math.log(CommonOps_DDRM.det(c)) + quad);
  }

  private static ImportanceSampling.Estimate estimate(int k, Random random) {
    double[] noise = new double[k * 2];
    float[] z = new float[k * 2];
    ImportanceSampling.sample(MU, LOG_VARIANCE, 0, 2, k, random, noise, z, 0);
    float[] ll = new float[k];
    for (int s = 0; s < k; s++) {
      ll[s] = (float) logLikelihood(z, s * 2);
    }
    return ImportanceSampling.estimate(MU, LOG_VARIANCE, 0, 2, k, ll, 0, noise, z, 0);
  }

  @Test
  void withOneSampleTheBoundAveragesToTheElbo() {
    Random random = new Random(11);
    int m = 200_000;
    double sum = 0;
    double sumSq = 0;
    double elboSum = 0;
    for (int i = 0; i < m; i++) {
      ImportanceSampling.Estimate e = estimate(1, random);
      sum += e.logLikelihood();
      sumSq += e.logLikelihood() * e.logLikelihood();
      elboSum -= e.negativeElbo();
    }
    double mean = sum / m;
    double standardError = Math.sqrt((sumSq / m - mean * mean) / m);
    double elbo = elbo();
    assertEquals(elbo, mean, 4 * standardError, "K = 1: the mean of log w is the ELBO");
    assertTrue(standardError < 0.01, "the check is sharp: standard error " + standardError);
    assertEquals(elbo, elboSum / m, 4 * standardError, "the ELBO split, sampled, averages to the ELBO");
  }

  @Test
  void withManySamplesTheBoundLiesBetweenTheElboAndLogPx() {
    double exact = exactLogLikelihood();
    double elbo = elbo();
    assertTrue(exact > elbo + 0.05, "q is not the posterior, so there is a gap to close");
    ImportanceSampling.Estimate e = estimate(20_000, new Random(3));
    assertTrue(e.logLikelihood() >= elbo, "at least the ELBO: " + e.logLikelihood() + " vs " + elbo);
    assertEquals(exact, e.logLikelihood(), 0.01, "20,000 samples reach log p(x)");
  }

  @Test
  void theHelpersAreExact() {
    assertEquals(Math.log(2.5), ImportanceSampling.logMeanExp(new double[] {0, Math.log(4)}), 1e-15);
    assertEquals(1000 + Math.log(2.5), ImportanceSampling.logMeanExp(new double[] {1000, 1000 + Math.log(4)}), 1e-12);
    // KL(N(1, e^0) || N(0, 1)) = 1/2 mu^2 = 0.5; KL(N(0, e^-1)) = 1/2 (e^-1 + 1 - 1) ... summed
    float[] mu = {1f, 0f};
    float[] lv = {0f, -1f};
    double expected = 0.5 + 0.5 * (Math.exp(-1) - 1 + 1);
    assertEquals(expected, ImportanceSampling.klToStandardNormal(mu, lv, 0, 2), 1e-7);
  }
}
