package org.latentexplorer.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RocTest {

  private static final double[] SCORES = {0.1, 0.4, 0.35, 0.8, 0.4};
  private static final boolean[] ANOMALOUS = {false, false, true, true, true};

  @Test
  void aucIsMannWhitneyWithAverageRanksForTies() {
    // ranks 1, 3.5, 2, 5, 3.5; anomalies' rank sum 10.5; U = 10.5 - 3 * 4 / 2 = 4.5; 4.5 / (3 * 2)
    assertEquals(0.75, Roc.auc(SCORES, ANOMALOUS), 0);
  }

  @Test
  void theCurveHasOnePointPerDistinctScoreFromTheHighest() {
    Roc roc = Roc.of(SCORES, ANOMALOUS);
    assertArrayEquals(new double[] {0, 0, 0.5, 0.5, 1}, roc.falsePositiveRate(), 0);
    assertArrayEquals(new double[] {0, 1 / 3.0, 2 / 3.0, 1, 1}, roc.truePositiveRate(), 1e-15);
    assertArrayEquals(
        new double[] {Double.POSITIVE_INFINITY, 0.8, 0.4, 0.35, 0.1}, roc.thresholds(), 0);
    assertEquals(0.75, roc.area(), 1e-15);
  }

  @Test
  void aScoreThatSeparatesPerfectlyGivesOneAndItsNegationZero() {
    double[] s = {0.1, 0.2, 0.3, 0.9, 0.95};
    boolean[] a = {false, false, false, true, true};
    assertEquals(1.0, Roc.auc(s, a), 0);
    double[] negated = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      negated[i] = -s[i];
    }
    assertEquals(0.0, Roc.auc(negated, a), 0);
    assertEquals(0.0, Roc.of(negated, a).area(), 0);
  }

  @Test
  void agreesWithScikitLearnOnManyTies() {
    // src/test/resources/metrics/roc_reference.py
    double[] s = new double[60];
    boolean[] a = new boolean[60];
    for (int i = 0; i < 60; i++) {
      s[i] = ((37 * i) % 23) / 4.0;
      a[i] = ((11 * i) % 7) < 3;
    }
    assertEquals(0.3800904977375566, Roc.auc(s, a), 1e-15);
    double[] negated = new double[60];
    for (int i = 0; i < 60; i++) {
      negated[i] = -s[i];
    }
    assertEquals(0.61990950226244346, Roc.auc(negated, a), 1e-15);
    Roc roc = Roc.of(s, a);
    assertArrayEquals(
        new double[] {0, 0.029411764705882353, 0.11764705882352941, 0.20588235294117646,
          0.26470588235294118, 0.26470588235294118, 0.26470588235294118, 0.3235294117647059,
          0.41176470588235292, 0.5, 0.52941176470588236, 0.52941176470588236,
          0.55882352941176472, 0.61764705882352944, 0.67647058823529416, 0.73529411764705888,
          0.76470588235294112, 0.76470588235294112, 0.79411764705882348, 0.8529411764705882,
          0.91176470588235292, 0.97058823529411764, 1, 1},
        roc.falsePositiveRate(), 1e-15);
    assertArrayEquals(
        new double[] {0, 0.038461538461538464, 0.038461538461538464, 0.038461538461538464,
          0.076923076923076927, 0.15384615384615385, 0.23076923076923078, 0.26923076923076922,
          0.26923076923076922, 0.26923076923076922, 0.30769230769230771, 0.38461538461538464,
          0.46153846153846156, 0.5, 0.5, 0.5, 0.57692307692307687, 0.69230769230769229,
          0.76923076923076927, 0.76923076923076927, 0.76923076923076927, 0.80769230769230771,
          0.88461538461538458, 1},
        roc.truePositiveRate(), 1e-15);
    double[] thresholds = roc.thresholds();
    assertEquals(Double.POSITIVE_INFINITY, thresholds[0]);
    for (int p = 1; p < thresholds.length; p++) {
      assertEquals(5.5 - 0.25 * (p - 1), thresholds[p], 0);
    }
    assertEquals(Roc.auc(s, a), roc.area(), 1e-12);
  }

  @Test
  void withoutBothGroupsThereIsNoAucAndNaNScoresAreRefused() {
    assertTrue(Double.isNaN(Roc.auc(new double[] {1, 2}, new boolean[] {true, true})));
    assertThrows(
        IllegalArgumentException.class,
        () -> Roc.auc(new double[] {1, Double.NaN}, new boolean[] {true, false}));
  }
}
