package org.latentexplorer.latent.metrics.disentanglement;

import java.util.SplittableRandom;

/**
 * The beta-VAE score (Higgins et al. 2017, "beta-VAE: Learning Basic Visual Concepts with a
 * Constrained Variational Framework"), as disentanglement_lib computes it: each point is a random
 * factor and 64 pairs of items sharing that factor's level; its features are the mean absolute
 * difference of the pairs' codes; a {@link LogisticRegression} (C = 1) learns to tell the fixed
 * factor from the features of the training points; the score is its accuracy on the evaluation
 * points. Pairs are drawn from {@link FactorPool}.
 */
public final class BetaVaeScore {

  public static final int BATCH = 64;

  public record Result(double score, double trainAccuracy) {}

  private BetaVaeScore() {}

  static Result of(FactorPool pool, int trainPoints, int evalPoints, SplittableRandom random) {
    int k = pool.levels.length;
    if (k < 2) {
      return new Result(1, 1); // one factor: it is always the one held fixed
    }
    double[][] trainX = new double[trainPoints][];
    int[] trainY = new int[trainPoints];
    points(pool, trainX, trainY, random);
    double[][] evalX = new double[evalPoints][];
    int[] evalY = new int[evalPoints];
    points(pool, evalX, evalY, random);
    LogisticRegression lr = LogisticRegression.fit(trainX, trainY, 1.0);
    return new Result(lr.accuracy(evalX, evalY), lr.accuracy(trainX, trainY));
  }

  private static void points(FactorPool pool, double[][] x, int[] y, SplittableRandom random) {
    int d = pool.codeSize();
    for (int p = 0; p < x.length; p++) {
      int m = random.nextInt(pool.levels.length);
      double[] feature = new double[d];
      for (int b = 0; b < BATCH; b++) {
        int first = pool.any(random);
        int second = pool.sameLevel(first, m, random);
        for (int j = 0; j < d; j++) {
          feature[j] += Math.abs(pool.codes[first][j] - pool.codes[second][j]) / BATCH;
        }
      }
      x[p] = feature;
      y[p] = m;
    }
  }
}
