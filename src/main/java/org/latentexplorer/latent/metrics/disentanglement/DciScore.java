package org.latentexplorer.latent.metrics.disentanglement;

/**
 * Disentanglement, completeness and informativeness (Eastwood and Williams 2018, "A Framework for
 * the Quantitative Evaluation of Disentangled Representations"), with disentanglement_lib's
 * formulas and our importance model: where disentanglement_lib fits gradient boosted trees, each
 * factor here gets an L2 {@link LogisticRegression} (C = 1) on the codes standardised with the
 * training items' mean and sd, and the importance of code j for it is the mean over classes of
 * |w_j|. With R the codes x factors importance matrix: disentanglement = sum over codes of (1 -
 * entropy of the code's row, log base = number of factors) weighted by the row's share of R;
 * completeness = mean over factors of (1 - entropy of the factor's column, log base = number of
 * codes); informativeness = mean test accuracy of the factors' classifiers.
 */
public final class DciScore {

  /** @param importance [code][factor] */
  public record Result(
      double disentanglement, double completeness, double informativeness, double[][] importance) {}

  private DciScore() {}

  public static Result of(
      double[][] trainCodes, int[][] trainFactors, double[][] testCodes, int[][] testFactors,
      int[] levels) {
    int d = trainCodes[0].length;
    int k = levels.length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] row : trainCodes) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / trainCodes.length;
      }
    }
    for (double[] row : trainCodes) {
      for (int j = 0; j < d; j++) {
        sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / trainCodes.length;
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = sd[j] > 0 ? Math.sqrt(sd[j]) : 1;
    }
    double[][] train = standardise(trainCodes, mean, sd);
    double[][] test = standardise(testCodes, mean, sd);
    double[][] importance = new double[d][k];
    double[] accuracy = new double[k];
    java.util.stream.IntStream.range(0, k)
        .parallel()
        .forEach(
            m -> {
              int[] labels = SapScore.column(trainFactors, m);
              int[] testLabels = SapScore.column(testFactors, m);
              if (java.util.stream.IntStream.of(labels).distinct().count() < 2) {
                // one level only: nothing to learn, no code matters
                accuracy[m] =
                    (double) java.util.stream.IntStream.of(testLabels).filter(l -> l == labels[0]).count()
                        / Math.max(1, testLabels.length);
                return;
              }
              LogisticRegression lr = LogisticRegression.fit(train, labels, 1.0);
              double[] imp = lr.importance();
              for (int j = 0; j < d; j++) {
                importance[j][m] = imp[j];
              }
              accuracy[m] = lr.accuracy(test, testLabels);
            });
    double total = 0;
    for (double[] row : importance) {
      for (double v : row) {
        total += v;
      }
    }
    double disentanglement = 0;
    for (int j = 0; j < d; j++) {
      double rowSum = 0;
      for (double v : importance[j]) {
        rowSum += v;
      }
      if (rowSum > 0 && total > 0) {
        disentanglement += (1 - entropy(importance[j], rowSum, k)) * rowSum / total;
      }
    }
    double completeness = 0;
    for (int m = 0; m < k; m++) {
      double[] col = new double[d];
      double colSum = 0;
      for (int j = 0; j < d; j++) {
        col[j] = importance[j][m];
        colSum += col[j];
      }
      completeness += colSum > 0 ? (1 - entropy(col, colSum, d)) / k : 0;
    }
    double informativeness = 0;
    for (double a : accuracy) {
      informativeness += a / k;
    }
    return new Result(disentanglement, completeness, informativeness, importance);
  }

  /** The entropy of p = v / sum with logarithms to base {@code base} (0 log 0 = 0). */
  private static double entropy(double[] v, double sum, int base) {
    if (base < 2) {
      return 0;
    }
    double h = 0;
    for (double x : v) {
      double p = x / sum;
      if (p > 0) {
        h -= p * Math.log(p);
      }
    }
    return h / Math.log(base);
  }

  private static double[][] standardise(double[][] codes, double[] mean, double[] sd) {
    double[][] out = new double[codes.length][];
    for (int i = 0; i < codes.length; i++) {
      out[i] = new double[mean.length];
      for (int j = 0; j < mean.length; j++) {
        out[i][j] = (codes[i][j] - mean[j]) / sd[j];
      }
    }
    return out;
  }
}
