package org.latentexplorer.latent.metrics.disentanglement;

/**
 * The separated attribute predictability score (Kumar et al. 2018, "Variational Inference of
 * Disentangled Latent Concepts from Unlabeled Observations"), as disentanglement_lib computes it
 * for discrete factors: for each code and factor a {@link LinearSvm1d} (C = 0.01, balanced)
 * trained on the code alone, its accuracy on test items; per factor the gap between the two best
 * codes; the mean over factors.
 */
public final class SapScore {

  public static final double C = 0.01;

  /** @param accuracy [code][factor] on the test items */
  public record Result(double score, double[][] accuracy) {}

  private SapScore() {}

  public static Result of(
      double[][] trainCodes, int[][] trainFactors, double[][] testCodes, int[][] testFactors,
      int[] levels) {
    int d = trainCodes[0].length;
    int k = levels.length;
    double[][] accuracy = new double[d][k];
    java.util.stream.IntStream.range(0, d * k)
        .parallel()
        .forEach(
            jm -> {
              int j = jm / k;
              int m = jm % k;
              double[] x = column(trainCodes, j);
              int[] y = column(trainFactors, m);
              LinearSvm1d svm = LinearSvm1d.fit(x, y, C);
              accuracy[j][m] = svm.accuracy(column(testCodes, j), column(testFactors, m));
            });
    return new Result(gap(accuracy, d, k), accuracy);
  }

  /**
   * disentanglement_lib's SAP for continuous factors ({@code continuous_factors=True}, the variant
   * its own sanity test runs): the score matrix is the squared correlation of each code with each
   * factor on the training items (0 for a code of variance below 1e-12), then the same gap.
   */
  public static Result continuous(double[][] codes, int[][] factors) {
    int d = codes[0].length;
    int k = factors[0].length;
    double[][] r2 = new double[d][k];
    for (int j = 0; j < d; j++) {
      double[] x = column(codes, j);
      for (int m = 0; m < k; m++) {
        int[] y = column(factors, m);
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
          mx += x[i] / x.length;
          my += (double) y[i] / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
          sxy += (x[i] - mx) * (y[i] - my);
          sxx += (x[i] - mx) * (x[i] - mx);
          syy += (y[i] - my) * (y[i] - my);
        }
        double n1 = x.length - 1;
        r2[j][m] = sxx / n1 > 1e-12 && syy > 0 ? (sxy / n1) * (sxy / n1) / ((sxx / n1) * (syy / n1)) : 0;
      }
    }
    return new Result(gap(r2, d, k), r2);
  }

  private static double gap(double[][] matrix, int d, int k) {
    double sum = 0;
    for (int m = 0; m < k; m++) {
      sum += topTwoGap(matrix, m);
    }
    return sum / k;
  }

  /** The best minus the second best code's value for factor {@code m} (the best alone for one code). */
  static double topTwoGap(double[][] matrix, int m) {
    double first = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (double[] row : matrix) {
      double v = row[m];
      if (v > first) {
        second = first;
        first = v;
      } else if (v > second) {
        second = v;
      }
    }
    return matrix.length < 2 ? first : first - second;
  }

  static double[] column(double[][] rows, int j) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i][j];
    }
    return out;
  }

  static int[] column(int[][] rows, int j) {
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i][j];
    }
    return out;
  }
}
