package org.latentexplorer.latent.metrics.disentanglement;

import java.util.SplittableRandom;

/**
 * The FactorVAE score (Kim and Mnih 2018, "Disentangling by Factorising"), as disentanglement_lib
 * computes it: the codes' global variances over the sample; codes with a global sd below 0.05
 * dropped; each vote a batch of 64 items sharing one level of a random factor, whose code of least
 * variance (batch variance, ddof 1, over global variance) votes for that factor; a majority-vote
 * classifier from the training votes (each code predicts the factor it voted for most); the score
 * is its accuracy on the evaluation votes. Batches are drawn from {@link FactorPool}.
 */
public final class FactorVaeScore {

  public static final int BATCH = 64;
  public static final double PRUNE_SD = 0.05;

  /** @param votes [code][factor] training votes, over active codes only (others zero) */
  public record Result(double score, double trainAccuracy, int activeCodes, int[][] votes) {}

  private FactorVaeScore() {}

  static Result of(FactorPool pool, int trainVotes, int evalVotes, SplittableRandom random) {
    int d = pool.codeSize();
    int k = pool.levels.length;
    double[] global = variances(pool.codes, null, 0);
    boolean[] active = new boolean[d];
    int activeCount = 0;
    for (int j = 0; j < d; j++) {
      active[j] = Math.sqrt(global[j]) >= PRUNE_SD;
      activeCount += active[j] ? 1 : 0;
    }
    if (activeCount == 0) {
      return new Result(0, 0, 0, new int[d][k]);
    }
    int[][] train = votes(pool, trainVotes, global, active, random);
    int[][] eval = votes(pool, evalVotes, global, active, random);
    int[] classifier = new int[d];
    for (int j = 0; j < d; j++) {
      int best = 0;
      for (int m = 1; m < k; m++) {
        if (train[j][m] > train[j][best]) {
          best = m;
        }
      }
      classifier[j] = best;
    }
    return new Result(accuracy(eval, classifier), accuracy(train, classifier), activeCount, train);
  }

  private static double accuracy(int[][] votes, int[] classifier) {
    long right = 0;
    long all = 0;
    for (int j = 0; j < votes.length; j++) {
      for (int m = 0; m < votes[j].length; m++) {
        all += votes[j][m];
      }
      right += votes[j][classifier[j]];
    }
    return all == 0 ? 0 : (double) right / all;
  }

  private static int[][] votes(
      FactorPool pool, int count, double[] global, boolean[] active, SplittableRandom random) {
    int d = pool.codeSize();
    int[][] votes = new int[d][pool.levels.length];
    int[] batch = new int[BATCH];
    for (int v = 0; v < count; v++) {
      int m = random.nextInt(pool.levels.length);
      int first = pool.any(random);
      for (int b = 0; b < BATCH; b++) {
        batch[b] = pool.sameLevel(first, m, random);
      }
      double[] local = variances(pool.codes, batch, 1);
      int argmin = -1;
      double min = Double.POSITIVE_INFINITY;
      for (int j = 0; j < d; j++) {
        if (active[j] && local[j] / global[j] < min) {
          min = local[j] / global[j];
          argmin = j;
        }
      }
      votes[argmin][m]++;
    }
    return votes;
  }

  /** Per code, the variance over the items (all when {@code items} is null), with ddof. */
  static double[] variances(double[][] codes, int[] items, int ddof) {
    int d = codes[0].length;
    int n = items == null ? codes.length : items.length;
    double[] mean = new double[d];
    for (int t = 0; t < n; t++) {
      double[] z = codes[items == null ? t : items[t]];
      for (int j = 0; j < d; j++) {
        mean[j] += z[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
    }
    double[] var = new double[d];
    for (int t = 0; t < n; t++) {
      double[] z = codes[items == null ? t : items[t]];
      for (int j = 0; j < d; j++) {
        var[j] += (z[j] - mean[j]) * (z[j] - mean[j]);
      }
    }
    for (int j = 0; j < d; j++) {
      var[j] /= Math.max(1, n - ddof);
    }
    return var;
  }
}
