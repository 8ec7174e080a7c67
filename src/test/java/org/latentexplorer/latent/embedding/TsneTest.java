package org.latentexplorer.latent.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.neighbours.VpTree;

class TsneTest {

  /** Four tight Gaussian clusters, far apart, in 10-D. */
  static float[] clusters(int perCluster, int dims, long seed) {
    Random r = new Random(seed);
    float[] x = new float[4 * perCluster * dims];
    for (int c = 0; c < 4; c++) {
      for (int i = 0; i < perCluster; i++) {
        for (int d = 0; d < dims; d++) {
          double centre = d == c ? 20 : 0;
          x[((c * perCluster) + i) * dims + d] = (float) (centre + r.nextGaussian());
        }
      }
    }
    return x;
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Tsne.Method.class)
  void wellSeparatedClustersStayApart(Tsne.Method method) {
    int per = 150;
    float[] x = clusters(per, 10, 1);
    float[] y = Tsne.embed(x, 10, new Tsne.Options(30, 500, 0.5, 0).withMethod(method), null);
    assertClustersApart(y, per);
  }

  /** Every point nearer its own cluster's centre than any other; clusters far apart. */
  static void assertClustersApart(float[] y, int per) {

    double[][] centre = new double[4][2];
    for (int c = 0; c < 4; c++) {
      for (int i = c * per; i < (c + 1) * per; i++) {
        centre[c][0] += y[2 * i] / per;
        centre[c][1] += y[2 * i + 1] / per;
      }
    }
    // Every point is nearer its own cluster's centre than any other centre, and the clusters'
    // spreads are small next to the distances between them.
    int misplaced = 0;
    double spread = 0;
    for (int c = 0; c < 4; c++) {
      for (int i = c * per; i < (c + 1) * per; i++) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 4; k++) {
          double d = Math.hypot(y[2 * i] - centre[k][0], y[2 * i + 1] - centre[k][1]);
          if (d < bestD) {
            bestD = d;
            best = k;
          }
        }
        misplaced += best == c ? 0 : 1;
        spread = Math.max(spread, Math.hypot(y[2 * i] - centre[c][0], y[2 * i + 1] - centre[c][1]));
      }
    }
    double closest = Double.POSITIVE_INFINITY;
    for (int a = 0; a < 4; a++) {
      for (int b = a + 1; b < 4; b++) {
        closest = Math.min(closest, Math.hypot(centre[a][0] - centre[b][0], centre[a][1] - centre[b][1]));
      }
    }
    assertEquals(0, misplaced);
    assertTrue(closest > 2 * spread, "closest centres " + closest + ", widest cluster " + spread);
  }

  @Test
  void jointProbabilitiesAreSymmetricAndSumToOne() {
    float[] x = clusters(40, 5, 2);
    JointProbabilities t = JointProbabilities.of(x, 5, 30);
    assertEquals(1.0, t.total(), 1e-9);
    assertTrue(t.nonZeros() >= 160 * 90);
  }

  @Test
  void theEmbeddingIsReportedAsItFormsAndCanBeCancelled() {
    float[] x = clusters(30, 4, 3);
    int[] calls = {0};
    assertThrows(
        CancellationException.class,
        () ->
            Tsne.embed(
                x, 4, new Tsne.Options(10, 300, 0.5, 0),
                (it, total, y) -> {
                  assertEquals(240, y.length);
                  return ++calls[0] < 3;
                }));
    assertEquals(3, calls[0]);
  }

  /**
   * The points are renumbered in the map's order every 100 steps; what the listener sees is in the
   * items' own order, as the result is: a frame after a renumbering is the result of a run that
   * stops there, the last frame is the result, and the result's clusters are the items' clusters.
   */
  @Test
  void framesAreInTheItemsOrderAcrossRenumberings() {
    float[] x = clusters(40, 5, 6);
    float[][] frames = new float[2][];
    float[] result =
        Tsne.embed(
            x, 5, new Tsne.Options(15, 400, 0.5, 0),
            (it, total, y) -> {
              if (it == 301) {
                frames[0] = y;
              }
              frames[1] = y;
              return true;
            });
    float[] stoppedAt301 = Tsne.embed(x, 5, new Tsne.Options(15, 301, 0.5, 0), null);
    org.junit.jupiter.api.Assertions.assertArrayEquals(stoppedAt301, frames[0]);
    org.junit.jupiter.api.Assertions.assertArrayEquals(result, frames[1]);
    assertClustersApart(result, 40);
  }

  @Test
  void nearestNeighboursMatchABruteForceSearch() {
    float[] x = clusters(100, 6, 4);
    int n = 400;
    VpTree tree = VpTree.build(x, 6, 9);
    int k = 7;
    int[] nb = new int[k];
    double[] dist = new double[k];
    for (int q = 0; q < n; q += 13) {
      tree.nearest(x, q * 6, k, q, nb, dist, 0);
      double[] all = new double[n];
      for (int j = 0; j < n; j++) {
        all[j] = j == q ? Double.POSITIVE_INFINITY : tree.distance(q, j);
      }
      double[] sorted = all.clone();
      java.util.Arrays.sort(sorted);
      for (int m = 0; m < k; m++) {
        assertEquals(sorted[m], dist[m], 1e-12);
        assertEquals(sorted[m], all[nb[m]], 1e-12);
      }
    }
  }

  /** Seed 0 is scikit-learn's PCA start itself; another seed moves it by 1% of its spread. */
  @Test
  void seedZeroStartsFromThePrincipalAxesAndOtherSeedsNearThem() {
    float[] x = clusters(30, 5, 2);
    double[] pca = Tsne.initialEmbedding(x, 5, 0);
    double[] seeded = Tsne.initialEmbedding(x, 5, 7);
    Pca fit = Pca.fit(x, 5);
    double sd = Math.sqrt(fit.variances()[0]);
    float[] two = fit.project(x, 2);
    double squares = 0;
    for (int c = 0; c < pca.length; c++) {
      assertEquals(two[c] / sd * 1e-4, pca[c], 1e-15);
      squares += (seeded[c] - pca[c]) * (seeded[c] - pca[c]);
    }
    assertEquals(1e-6, Math.sqrt(squares / pca.length), 2e-7, "noise of sd 1e-6");
  }

  @Test
  void theSameParametersGiveTheSameEmbeddingAndEachParameterActs() {
    float[] x = clusters(60, 6, 5);
    Tsne.Options a = new Tsne.Options(15, 300, 0.5, 4, 12, 100, Double.NaN);
    float[] y1 = Tsne.embed(x, 6, a, null);
    float[] y2 = Tsne.embed(x, 6, a, null);
    org.junit.jupiter.api.Assertions.assertArrayEquals(y1, y2, "the same seed and parameters, the same embedding");
    float[] longer = Tsne.embed(x, 6, new Tsne.Options(15, 300, 0.5, 4, 12, 200, Double.NaN), null);
    float[] weaker = Tsne.embed(x, 6, new Tsne.Options(15, 300, 0.5, 4, 4, 100, Double.NaN), null);
    float[] slower = Tsne.embed(x, 6, new Tsne.Options(15, 300, 0.5, 4, 12, 100, 10), null);
    float[] otherSeed = Tsne.embed(x, 6, new Tsne.Options(15, 300, 0.5, 5, 12, 100, Double.NaN), null);
    org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(y1, otherSeed), "the seed acts");
    org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(y1, longer), "exaggeration's length acts");
    org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(y1, weaker), "exaggeration acts");
    org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(y1, slower), "the learning rate acts");
    assertEquals(50, a.learningRateFor(240), "auto: at least 50");
    assertEquals(1000, a.learningRateFor(48_000), 1e-9, "auto: n / 12 / 4");
    assertEquals(10, new Tsne.Options(15, 300, 0.5, 4, 12, 100, 10).learningRateFor(48_000));
  }
}
