package org.latentexplorer.latent.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The receiver operating characteristic of an anomaly score, where a higher score means "more
 * anomalous" and the anomalies are the positives, as docs/metrics.md fixes it:
 *
 * <ul>
 *   <li>AUC is the Mann-Whitney statistic U / (n1 n0), with average ranks for tied scores
 *       (scikit-learn's {@code roc_auc_score}). Below 0.5 the score ranks the anomalies as more
 *       normal than the normal data; it is reported as it is, never flipped.
 *   <li>The curve is scikit-learn's {@code roc_curve(..., drop_intermediate=False)}: (0, 0) at an
 *       infinite threshold, then one point for each distinct score from the highest down, an item
 *       counted as anomalous when its score is at least the threshold.
 * </ul>
 *
 * @param falsePositiveRate per point, from 0 to 1
 * @param truePositiveRate per point, from 0 to 1
 * @param thresholds per point, decreasing, the first infinite
 */
public record Roc(double[] falsePositiveRate, double[] truePositiveRate, double[] thresholds) {

  /** The area under the curve by Mann-Whitney with average ranks; NaN without both groups. */
  public static double auc(double[] scores, boolean[] anomalous) {
    check(scores, anomalous);
    int n = scores.length;
    Integer[] order = byScore(scores);
    double rankSum = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        if (anomalous[order[t]]) {
          rankSum += averageRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double u = rankSum - positives * (positives + 1) / 2.0;
    return u / ((double) positives * negatives);
  }

  /** The curve through every distinct threshold. */
  public static Roc of(double[] scores, boolean[] anomalous) {
    check(scores, anomalous);
    int n = scores.length;
    Integer[] order = byScore(scores);
    long positives = 0;
    for (boolean a : anomalous) {
      positives += a ? 1 : 0;
    }
    long negatives = n - positives;
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {0, 0, Double.POSITIVE_INFINITY});
    long tp = 0;
    long fp = 0;
    for (int k = n - 1; k >= 0; k--) {
      int item = order[k];
      if (anomalous[item]) {
        tp++;
      } else {
        fp++;
      }
      if (k == 0 || scores[order[k - 1]] != scores[item]) {
        points.add(
            new double[] {
              negatives == 0 ? Double.NaN : (double) fp / negatives,
              positives == 0 ? Double.NaN : (double) tp / positives,
              scores[item]
            });
      }
    }
    double[] fpr = new double[points.size()];
    double[] tpr = new double[points.size()];
    double[] thresholds = new double[points.size()];
    for (int p = 0; p < points.size(); p++) {
      fpr[p] = points.get(p)[0];
      tpr[p] = points.get(p)[1];
      thresholds[p] = points.get(p)[2];
    }
    return new Roc(fpr, tpr, thresholds);
  }

  /** The area under this curve by the trapezoid rule (equal to {@link #auc} on the same data). */
  public double area() {
    double a = 0;
    for (int p = 1; p < falsePositiveRate.length; p++) {
      a +=
          (falsePositiveRate[p] - falsePositiveRate[p - 1])
              * (truePositiveRate[p] + truePositiveRate[p - 1])
              / 2;
    }
    return a;
  }

  private static Integer[] byScore(double[] scores) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    return order;
  }

  private static void check(double[] scores, boolean[] anomalous) {
    if (scores.length != anomalous.length) {
      throw new IllegalArgumentException(
          scores.length + " scores but " + anomalous.length + " anomaly flags");
    }
    for (double s : scores) {
      if (Double.isNaN(s)) {
        throw new IllegalArgumentException("a score is NaN");
      }
    }
  }
}
