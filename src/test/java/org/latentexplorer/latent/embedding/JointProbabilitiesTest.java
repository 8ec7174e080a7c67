package org.latentexplorer.latent.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * t-SNE's joint probabilities against scikit-learn's on a fixed input; the constants come from
 * src/test/resources/projection/tsne_affinities_reference.py.
 */
class JointProbabilitiesTest {

  /** scikit-learn took k = 16 neighbours; P has 556 entries. */
  private static final double[] SKLEARN_P_ROW_0 = {
      0.000000000e+00, 0.000000000e+00, 0.000000000e+00, 6.755719240e-04,
      5.060402612e-05, 0.000000000e+00, 3.568131471e-03, 8.595161041e-05,
      0.000000000e+00, 1.838805597e-03, 1.272283785e-04, 0.000000000e+00,
      3.110590038e-04, 4.592906632e-03, 0.000000000e+00, 1.611682547e-02,
      0.000000000e+00, 0.000000000e+00, 8.113708040e-04, 5.714978621e-05,
      0.000000000e+00, 2.804508777e-03, 4.776056229e-05, 0.000000000e+00,
      1.256752096e-03, 1.017104053e-04, 0.000000000e+00, 4.791829537e-04,
      5.880951506e-03, 0.000000000e+00
  };
  private static final double[] SKLEARN_P_ROW_7 = {
      8.595161041e-05, 1.765689315e-03, 2.581287348e-08, 4.465991404e-06,
      2.443845682e-03, 0.000000000e+00, 2.690347015e-07, 0.000000000e+00,
      2.704788516e-06, 3.048015016e-06, 2.909564903e-03, 1.055302032e-06,
      2.559743780e-08, 2.671319923e-03, 6.243749541e-08, 1.267947687e-05,
      1.166535960e-03, 9.898341390e-09, 7.517892400e-06, 3.130474312e-03,
      1.952682823e-07, 1.292580370e-06, 1.819227862e-02, 1.015558335e-06,
      3.941678092e-06, 4.296031190e-03, 9.747311328e-07, 2.884747841e-08,
      2.078778197e-03, 2.080892176e-06
  };
  private static final double[] SKLEARN_P_ROW_29 = {
      0.000000000e+00, 3.613837697e-03, 1.763722902e-03, 0.000000000e+00,
      2.927718330e-05, 1.358644085e-03, 0.000000000e+00, 2.080892176e-06,
      2.925393745e-03, 0.000000000e+00, 2.966551553e-05, 1.779541519e-03,
      0.000000000e+00, 0.000000000e+00, 1.838230879e-02, 0.000000000e+00,
      3.806077993e-03, 1.204198722e-03, 0.000000000e+00, 2.190291569e-05,
      1.771872046e-03, 0.000000000e+00, 4.285284652e-06, 3.894568230e-03,
      0.000000000e+00, 2.364631255e-05, 1.335611559e-03, 0.000000000e+00,
      0.000000000e+00, 0.000000000e+00
  };
  private static final double[] SKLEARN_P_ROW_SUMS = {
      3.880647101e-02, 3.392616743e-02, 3.130595030e-02, 2.936579868e-02,
      2.843480921e-02, 2.938396800e-02, 3.820777234e-02, 3.878186351e-02,
      3.102284962e-02, 3.071386908e-02, 2.752987147e-02, 3.096503446e-02,
      3.005702931e-02, 3.532557283e-02, 4.494042915e-02, 4.085559998e-02,
      3.408785907e-02, 3.008104000e-02, 2.946504233e-02, 2.900179451e-02,
      2.949755384e-02, 3.271963813e-02, 4.256874586e-02, 3.456045603e-02,
      2.963535833e-02, 2.956956322e-02, 2.930822221e-02, 3.176214789e-02,
      3.617288681e-02, 4.194663539e-02
  };

  private static final int N = 30;
  private static final int DIMS = 3;

  private static float[] input() {
    float[] x = new float[N * DIMS];
    for (int i = 0; i < N; i++) {
      for (int d = 0; d < DIMS; d++) {
        x[i * DIMS + d] = (float) (Math.sin(0.41 * (i + 1) * (d + 1)) + 2 * (i % 3));
      }
    }
    return x;
  }

  private static JointProbabilities affinities() {
    return JointProbabilities.of(input(), DIMS, 5);
  }

  @Test
  void rowsEqualScikitLearns() {
    JointProbabilities t = affinities();
    assertRow(t, 0, SKLEARN_P_ROW_0);
    assertRow(t, 7, SKLEARN_P_ROW_7);
    assertRow(t, 29, SKLEARN_P_ROW_29);
    assertEquals(556, t.nonZeros());
  }

  @Test
  void rowSumsEqualScikitLearns() {
    JointProbabilities t = affinities();
    for (int i = 0; i < N; i++) {
      double sum = 0;
      for (int j = 0; j < N; j++) {
        sum += t.probability(i, j);
      }
      assertEquals(SKLEARN_P_ROW_SUMS[i], sum, 1e-6 * SKLEARN_P_ROW_SUMS[i], "row " + i);
    }
  }

  @Test
  void pIsSymmetric() {
    JointProbabilities t = affinities();
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        assertEquals(t.probability(i, j), t.probability(j, i), "P[" + i + "][" + j + "]");
      }
    }
  }

  private static void assertRow(JointProbabilities t, int row, double[] expected) {
    for (int j = 0; j < N; j++) {
      assertEquals(expected[j], t.probability(row, j), 1e-6 * expected[j], "P[" + row + "][" + j + "]");
    }
  }
}
