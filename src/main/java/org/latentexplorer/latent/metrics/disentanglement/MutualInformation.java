package org.latentexplorer.latent.metrics.disentanglement;

import java.util.HashMap;
import java.util.Map;

/**
 * The mutual information of two discrete labelings in nats, as scikit-learn's {@code
 * mutual_info_score(a, b)}: sum over the contingency table's non-zero cells of (n_ab / N) (log
 * n_ab - log N - log(n_a n_b) + 2 log N), terms below machine epsilon dropped, clipped at 0.
 */
final class MutualInformation {

  private MutualInformation() {}

  static double of(int[] a, int[] b) {
    int n = a.length;
    Map<Long, Integer> cells = new HashMap<>();
    Map<Integer, Integer> countA = new HashMap<>();
    Map<Integer, Integer> countB = new HashMap<>();
    for (int i = 0; i < n; i++) {
      cells.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1, Integer::sum);
      countA.merge(a[i], 1, Integer::sum);
      countB.merge(b[i], 1, Integer::sum);
    }
    double logN = Math.log(n);
    double sum = 0;
    for (Map.Entry<Long, Integer> e : cells.entrySet()) {
      int va = (int) (e.getKey() >> 32);
      int vb = (int) (long) e.getKey();
      double nab = e.getValue();
      double p = nab / n;
      double logOuter = -Math.log((double) countA.get(va) * countB.get(vb)) + logN + logN;
      double term = p * (Math.log(nab) - logN) + p * logOuter;
      if (Math.abs(term) >= Math.ulp(1.0)) {
        sum += term;
      }
    }
    return Math.max(0, sum);
  }
}
