package org.latentexplorer.latent.metrics;

import java.util.Random;
import org.latentexplorer.latent.RandomOrder;

/**
 * An Inception-Score-like score on a classifier's logits (Salimans et al. 2016, "Improved
 * techniques for training GANs"), computed as torch-fidelity's {@code isc} does: class
 * probabilities by a softmax in double precision; the samples in a shuffled order; split into
 * parts at i n / splits; in each part exp(mean over its samples of KL(p(y|x) || p(y))) with p(y)
 * the part's mean; the mean and the population standard deviation (np.std) over the parts. It runs
 * from 1 (one class always, or no confidence) to the number of classes.
 *
 * <p>torch-fidelity shuffles with numpy's RandomState(2020); this class shuffles with a seeded
 * {@link Random}, so the two agree exactly when given the same order ({@link #of(double[][], int,
 * int[])}).
 *
 * @param mean the mean over the parts
 * @param sd the standard deviation over the parts (population, as np.std)
 */
public record ClassifierScore(double mean, double sd) {

  /** The number of parts torch-fidelity uses. */
  public static final int SPLITS = 10;

  /** The score with the samples shuffled by a seeded generator. */
  public static ClassifierScore of(double[][] logits, long seed) {
    return of(logits, SPLITS, RandomOrder.of(logits.length, new Random(seed)));
  }

  /** The score with the samples in the given order (a permutation of 0 .. n - 1). */
  public static ClassifierScore of(double[][] logits, int splits, int[] order) {
    int n = logits.length;
    if (n < splits || order.length != n) {
      throw new IllegalArgumentException("need at least " + splits + " samples and an order of them all");
    }
    int classes = logits[0].length;
    double[][] logP = new double[n][];
    for (int i = 0; i < n; i++) {
      logP[i] = logSoftmax(logits[order[i]]);
    }
    double[] scores = new double[splits];
    for (int s = 0; s < splits; s++) {
      int from = (int) ((long) s * n / splits);
      int to = (int) ((long) (s + 1) * n / splits);
      double[] q = new double[classes];
      for (int i = from; i < to; i++) {
        for (int c = 0; c < classes; c++) {
          q[c] += Math.exp(logP[i][c]);
        }
      }
      for (int c = 0; c < classes; c++) {
        q[c] = Math.log(q[c] / (to - from));
      }
      double kl = 0;
      for (int i = from; i < to; i++) {
        for (int c = 0; c < classes; c++) {
          kl += Math.exp(logP[i][c]) * (logP[i][c] - q[c]);
        }
      }
      scores[s] = Math.exp(kl / (to - from));
    }
    double mean = 0;
    for (double v : scores) {
      mean += v;
    }
    mean /= splits;
    double var = 0;
    for (double v : scores) {
      var += (v - mean) * (v - mean);
    }
    return new ClassifierScore(mean, Math.sqrt(var / splits));
  }

  private static double[] logSoftmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : logits) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : logits) {
      sum += Math.exp(v - max);
    }
    double log = max + Math.log(sum);
    double[] out = new double[logits.length];
    for (int c = 0; c < logits.length; c++) {
      out[c] = logits[c] - log;
    }
    return out;
  }
}
