package org.latentexplorer.latent.metrics.disentanglement;

/**
 * The mutual information gap (Chen et al. 2018, "Isolating Sources of Disentanglement in VAEs"),
 * as disentanglement_lib computes it: each code discretised into 20 equal-width bins over its range
 * ({@code np.digitize(z, np.histogram(z, 20)[1][:-1])}); the mutual information in nats of every
 * code with every factor ({@code sklearn.metrics.mutual_info_score}); for each factor the gap
 * between its two most informative codes over the factor's entropy; the mean over factors.
 */
public final class Mig {

  public static final int BINS = 20;

  /**
   * @param mutualInformation [code][factor] in nats
   * @param entropy per factor, in nats
   */
  public record Result(double score, double[][] mutualInformation, double[] entropy) {}

  private Mig() {}

  /**
   * @param codes [item][code]
   * @param factors [item][factor], level indices
   */
  public static Result of(double[][] codes, int[][] factors) {
    int d = codes[0].length;
    int k = factors[0].length;
    int n = codes.length;
    int[][] discrete = new int[d][];
    for (int j = 0; j < d; j++) {
      double[] z = new double[n];
      for (int i = 0; i < n; i++) {
        z[i] = codes[i][j];
      }
      discrete[j] = discretise(z, BINS);
    }
    int[][] f = new int[k][n];
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < k; m++) {
        f[m][i] = factors[i][m];
      }
    }
    double[][] mi = new double[d][k];
    double[] entropy = new double[k];
    for (int m = 0; m < k; m++) {
      entropy[m] = MutualInformation.of(f[m], f[m]);
      for (int j = 0; j < d; j++) {
        mi[j][m] = MutualInformation.of(f[m], discrete[j]);
      }
    }
    double sum = 0;
    for (int m = 0; m < k; m++) {
      sum += SapScore.topTwoGap(mi, m) / entropy[m];
    }
    return new Result(sum / k, mi, entropy);
  }

  /** numpy's histogram edges (linspace over the range) and digitize with the last edge dropped: 1 to bins. */
  static int[] discretise(double[] z, int bins) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (lo == hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    double step = (hi - lo) / bins;
    double[] edges = new double[bins];
    for (int e = 0; e < bins; e++) {
      edges[e] = e * step + lo;
    }
    int[] out = new int[z.length];
    for (int i = 0; i < z.length; i++) {
      int idx = java.util.Arrays.binarySearch(edges, z[i]);
      // digitize(right=False): the number of edges <= z
      out[i] = idx >= 0 ? lastEqual(edges, idx) + 1 : -idx - 1;
    }
    return out;
  }

  private static int lastEqual(double[] edges, int idx) {
    while (idx + 1 < edges.length && edges[idx + 1] == edges[idx]) {
      idx++;
    }
    return idx;
  }
}
