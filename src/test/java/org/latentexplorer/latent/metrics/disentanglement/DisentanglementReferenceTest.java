package org.latentexplorer.latent.metrics.disentanglement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Against disentanglement_lib's formulas run with scikit-learn: src/test/resources/metrics/disentanglement_reference.py. */
class DisentanglementReferenceTest {

  private static final int N = 600;
  private static final int[] LEVELS = {3, 5};
  private static final double[][] CODES = new double[N][];
  private static final int[][] FACTORS = new int[N][];

  static {
    for (int i = 0; i < N; i++) {
      int f0 = i % 3;
      int f1 = (7 * i) % 5;
      FACTORS[i] = new int[] {f0, f1};
      CODES[i] =
          new double[] {
            f0 + 0.3 * Math.sin(i), 0.5 * f1 + 0.2 * Math.cos(1.7 * i), Math.sin(0.37 * i),
            0.5 * f0 + 0.5 * Math.sin(2.3 * i)
          };
    }
  }

  private static double[][] codes(int from, int to) {
    return Arrays.copyOfRange(CODES, from, to);
  }

  private static int[][] factors(int from, int to) {
    return Arrays.copyOfRange(FACTORS, from, to);
  }

  @Test
  void migMatches() {
    Mig.Result r = Mig.of(CODES, FACTORS);
    double[] mi = {1.0986122886681098, 0.0073494240171461181, 0.0085171658576258663, 1.6094379124341007,
      0.0021088218114405366, 0.0064928444206055289, 0.6781970000254709, 0.057721203240257826};
    assertArrayEquals(mi, Arrays.stream(r.mutualInformation()).flatMapToDouble(Arrays::stream).toArray(), 1e-12);
    assertArrayEquals(new double[] {1.09861228866811, 1.6094379124341007}, r.entropy(), 1e-12);
    assertEquals(0.67340714357909326, r.score(), 1e-12);
  }

  @Test
  void logisticRegressionMatches() {
    int[] y = SapScore.column(FACTORS, 1);
    LogisticRegression lr = LogisticRegression.fit(codes(0, 400), Arrays.copyOf(y, 400), 1.0);
    assertEquals(0.985, lr.accuracy(codes(400, 600), Arrays.copyOfRange(y, 400, 600)), 0);
    assertEquals(0.9925, lr.accuracy(codes(0, 400), Arrays.copyOf(y, 400)), 0);
  }

  @Test
  void sapMatches() {
    SapScore.Result r = SapScore.of(codes(0, 400), factors(0, 400), codes(400, 600), factors(400, 600), LEVELS);
    double[] matrix = {0.75, 0.195, 0.34, 0.47, 0.335, 0.195, 0.615, 0.175};
    assertArrayEquals(matrix, Arrays.stream(r.accuracy()).flatMapToDouble(Arrays::stream).toArray(), 1e-12);
    assertEquals(0.205, r.score(), 1e-12);
  }

  @Test
  void dciMatches() {
    DciScore.Result r = DciScore.of(codes(0, 400), factors(0, 400), codes(400, 600), factors(400, 600), LEVELS);
    double[] importance = {3.5979333361743548, 0.051005972846574876, 0.043290280590326281, 4.2420814914332166,
      0.0052435164511838925, 0.040476559219717059, 0.75184476338291439, 0.025170263790175212};
    assertArrayEquals(importance, Arrays.stream(r.importance()).flatMapToDouble(Arrays::stream).toArray(), 1e-8);
    assertEquals(0.89492122929942952, r.disentanglement(), 1e-9);
    assertEquals(0.75782844725663634, r.completeness(), 1e-9);
    assertEquals(1.0, r.informativeness(), 0);
  }
}
