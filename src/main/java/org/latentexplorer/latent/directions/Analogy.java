package org.latentexplorer.latent.directions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The analogy test of latent arithmetic (White, 2016, <i>Sampling Generative Networks</i>): "A is
 * to B as C is to ?" answered by {@code z = mean(C) + (mean(B) - mean(A))}, and named by the
 * classes of the items whose codes lie nearest to it (Euclidean distance in the latent space).
 *
 * @param z the point the arithmetic gives
 * @param neighbours the rows of the nearest items, nearest first
 * @param shares the classes among the nearest items, most frequent first (ties by label)
 */
public record Analogy(float[] z, int[] neighbours, List<Share> shares) {

  /** How many nearest items name the answer, as the figure and the tests use. */
  public static final int NEAREST = 20;

  /**
   * A class among the nearest items.
   *
   * @param label its label
   * @param count how many of the nearest items have it
   */
  public record Share(int label, int count) {}

  /**
   * {@code c + (b - a)}, and the classes of the {@code k} items nearest to it.
   *
   * @param codes row-major codes, {@code a.length} a row
   * @param labels each row's label
   */
  public static Analogy of(float[] a, float[] b, float[] c, float[] codes, int[] labels, int k) {
    int dims = a.length;
    float[] z = new float[dims];
    for (int d = 0; d < dims; d++) {
      z[d] = (float) ((double) c[d] + ((double) b[d] - a[d]));
    }
    int n = codes.length / dims;
    double[] distance = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int d = 0; d < dims; d++) {
        double e = codes[i * dims + d] - (double) z[d];
        s += e * e;
      }
      distance[i] = s;
    }
    int[] nearest =
        java.util.stream.IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.<Integer>comparingDouble(i -> distance[i]).thenComparingInt(i -> i))
            .limit(Math.min(k, n))
            .mapToInt(Integer::intValue)
            .toArray();
    int[] counted = Arrays.stream(nearest).map(i -> labels[i]).sorted().toArray();
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < counted.length; ) {
      int j = i;
      while (j < counted.length && counted[j] == counted[i]) {
        j++;
      }
      shares.add(new Share(counted[i], j - i));
      i = j;
    }
    shares.sort(Comparator.comparingInt(Share::count).reversed().thenComparingInt(Share::label));
    return new Analogy(z, nearest, List.copyOf(shares));
  }

  /** The class most of the nearest items have. */
  public Share answer() {
    return shares.get(0);
  }
}
