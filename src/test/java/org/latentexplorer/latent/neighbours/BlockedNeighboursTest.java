package org.latentexplorer.latent.neighbours;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockedNeighboursTest {

  /** More points than one block of queries and of candidates, and not a multiple of either. */
  @Test
  void findsTheSameNeighboursAsSortingEveryDistance() {
    int n = 1_337;
    int dims = 7;
    int k = 25;
    float[] x = gaussian(n, dims, 3);
    assertSameAsSortingEveryDistance(x, dims, k);
  }

  /**
   * Twelve tight clusters: most leaves are far from a query's neighbours, so this is where the
   * bounding-box pruning skips them.
   */
  @Test
  void pruningFarLeavesLosesNoNeighbour() {
    int n = 2_400;
    int dims = 10;
    float[] x = gaussian(n, dims, 8);
    for (int i = 0; i < n; i++) {
      int cluster = i % 12;
      x[i * dims + cluster % dims] += 25 * (1 + cluster / dims);
      x[i * dims + (cluster + 3) % dims] += 0.1f * i;
    }
    assertSameAsSortingEveryDistance(x, dims, 40);
  }

  private static void assertSameAsSortingEveryDistance(float[] x, int dims, int k) {
    int n = x.length / dims;
    int[] nb = new int[n * k];
    double[] dist = new double[n * k];
    BlockedNeighbours.search(x, dims, k, nb, dist);
    for (int q = 0; q < n; q++) {
      int query = q;
      int[] expected =
          IntStream.range(0, n)
              .filter(j -> j != query)
              .boxed()
              .sorted(
                  Comparator.comparingDouble((Integer j) -> distance(x, dims, query, j))
                      .thenComparingInt(j -> j))
              .limit(k)
              .mapToInt(Integer::intValue)
              .toArray();
      int[] got = new int[k];
      System.arraycopy(nb, q * k, got, 0, k);
      assertArrayEquals(expected, got, "neighbours of point " + q);
      for (int m = 0; m < k; m++) {
        assertEquals(distance(x, dims, q, expected[m]), dist[q * k + m], 0.0);
      }
    }
  }

  @Test
  void agreesWithTheVantagePointTree() {
    int n = 3_000;
    int dims = 16;
    int k = 90;
    float[] x = gaussian(n, dims, 11);
    int[] nb = new int[n * k];
    double[] dist = new double[n * k];
    BlockedNeighbours.search(x, dims, k, nb, dist);
    VpTree tree = VpTree.build(x, dims, 5);
    int[] treeNb = new int[n * k];
    double[] treeDist = new double[n * k];
    for (int q = 0; q < n; q++) {
      tree.nearest(x, q * dims, k, q, treeNb, treeDist, q * k);
    }
    assertArrayEquals(treeNb, nb);
    assertArrayEquals(treeDist, dist, 0.0);
  }

  /** Forty copies of each of three points: every neighbour is a copy at distance 0 first. */
  @Test
  void duplicatePointsAreNeighboursAtDistanceZero() {
    int dims = 3;
    float[] x = new float[120 * dims];
    for (int i = 0; i < 120; i++) {
      x[i * dims] = (i % 3) * 10f;
    }
    int k = 45;
    int[] nb = new int[120 * k];
    double[] dist = new double[120 * k];
    BlockedNeighbours.search(x, dims, k, nb, dist);
    for (int q = 0; q < 120; q++) {
      for (int m = 0; m < k; m++) {
        int j = nb[q * k + m];
        assertEquals(m < 39 ? 0.0 : 10.0, dist[q * k + m], 0.0, "point " + q + " rank " + m);
        assertEquals(m < 39, j % 3 == q % 3, "point " + q + " rank " + m);
      }
    }
  }

  @Test
  void refusesMoreNeighboursThanOtherPoints() {
    float[] x = gaussian(5, 2, 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> BlockedNeighbours.search(x, 2, 5, new int[25], new double[25]));
  }

  private static float[] gaussian(int n, int dims, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n * dims];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian();
    }
    return x;
  }

  private static double distance(float[] x, int dims, int a, int b) {
    double s = 0;
    for (int d = 0; d < dims; d++) {
      double e = x[a * dims + d] - x[b * dims + d];
      s += e * e;
    }
    return Math.sqrt(s);
  }
}
