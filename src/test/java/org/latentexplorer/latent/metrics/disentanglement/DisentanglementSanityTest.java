package org.latentexplorer.latent.metrics.disentanglement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * disentanglement_lib's own sanity ranges (docs/metrics.md). Its tests use factors of ten levels, fewer
 * than MIG's 20 bins, and SAP for continuous factors: with more levels than bins MIG cannot reach
 * 1 (identity codes of dSprites' 40 orientations score 0.88), and a one-feature linear SVM cannot
 * single out the middle levels of an ordered factor, so the classification SAP of identity codes
 * stays low (0.17 on dSprites' levels).
 */
class DisentanglementSanityTest {

  private static final int[] LEVELS = {3, 6, 10, 8, 8};
  private static final int N = 3000;

  private static int[][] factors(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[][] f = new int[N][LEVELS.length];
    for (int i = 0; i < N; i++) {
      for (int m = 0; m < LEVELS.length; m++) {
        f[i][m] = r.nextInt(LEVELS[m]);
      }
    }
    return f;
  }

  private static DisentanglementScores scores(double[][] codes, int[][] factors) {
    return DisentanglementScores.of(codes, factors, LEVELS, 7, 2000, 1000);
  }

  @Test
  void codesEqualToTheFactorsScoreHigh() {
    int[][] f = factors(1);
    SplittableRandom noise = new SplittableRandom(2);
    double[][] codes = new double[N][LEVELS.length];
    for (int i = 0; i < N; i++) {
      for (int m = 0; m < LEVELS.length; m++) {
        codes[i][m] = (f[i][m] + 0.01 * noise.nextDouble()) / LEVELS[m];
      }
    }
    DisentanglementScores s = scores(codes, f);
    String all = describe(s);
    assertTrue(s.mig().score() >= 0.9, all);
    assertTrue(s.factorVae() >= 0.9, all);
    assertTrue(s.betaVae() >= 0.9, all);
    assertTrue(SapScore.continuous(codes, f).score() >= 0.9, all);
    assertTrue(s.dci().disentanglement() >= 0.9, all);
    assertTrue(s.sap().score() > 0, "the classification SAP still ranks the right code first: " + all);
  }

  @Test
  void constantCodesScoreLow() {
    int[][] f = factors(3);
    double[][] codes = new double[N][LEVELS.length];
    DisentanglementScores s = scores(codes, f);
    String all = describe(s);
    assertTrue(s.mig().score() <= 0.2, all);
    assertTrue(s.factorVae() <= 0.2, all);
    // constant features: the classifier can only guess one of the five factors, right 1/5 of the
    // time in expectation; 1,000 evaluation points put 3 standard errors at 0.038
    assertTrue(s.betaVae() <= 0.2 + 3 * Math.sqrt(0.2 * 0.8 / 1000), all);
    assertTrue(s.sap().score() <= 0.2, all);
    assertTrue(SapScore.continuous(codes, f).score() <= 0.2, all);
  }

  @Test
  void duplicatedCodesHaveASmallGap() {
    int[][] f = factors(4);
    double[][] codes = new double[N][2 * LEVELS.length];
    for (int i = 0; i < N; i++) {
      for (int m = 0; m < LEVELS.length; m++) {
        codes[i][m] = f[i][m];
        codes[i][LEVELS.length + m] = f[i][m];
      }
    }
    Mig.Result mig = Mig.of(codes, f);
    assertTrue(mig.score() <= 0.1, "MIG " + mig.score());
  }

  private static String describe(DisentanglementScores s) {
    return String.format(
        "beta-VAE %.3f, FactorVAE %.3f, MIG %.3f, DCI %.3f/%.3f/%.3f, SAP %.3f",
        s.betaVae(), s.factorVae(), s.mig().score(), s.dci().disentanglement(),
        s.dci().completeness(), s.dci().informativeness(), s.sap().score());
  }
}
