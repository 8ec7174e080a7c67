package org.latentexplorer.latent.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class UmapTest {

  @Test
  void wellSeparatedClustersStayApart() {
    int per = 150;
    float[] x = TsneTest.clusters(per, 10, 1);
    float[] y = Umap.embed(x, 10, Umap.Options.defaults(), null);
    TsneTest.assertClustersApart(y, per);
  }

  @Test
  void theSameSeedGivesTheSameEmbeddingAndAnotherSeedAnother() {
    float[] x = TsneTest.clusters(60, 6, 4);
    Umap.Options o = new Umap.Options(10, 0.1, 100, 3);
    float[] a = Umap.embed(x, 6, o, null);
    float[] b = Umap.embed(x, 6, o, null);
    float[] c = Umap.embed(x, 6, new Umap.Options(10, 0.1, 100, 4), null);
    assertArrayEquals(a, b);
    assertFalse(Arrays.equals(a, c));
  }

  @Test
  void theEmbeddingIsReportedAsItFormsAndCanBeCancelled() {
    float[] x = TsneTest.clusters(30, 4, 3);
    int[] calls = {0};
    assertThrows(CancellationException.class,
        () -> Umap.embed(x, 4, new Umap.Options(10, 0.1, 100, 0), (e, all, y) -> {
          assertEquals(100, all);
          assertEquals(2 * 120, y.length);
          return ++calls[0] < 3;
        }));
    assertEquals(3, calls[0]);
  }

  /** umap-learn's find_ab_params, from scipy's curve_fit (src/test/resources/projection/umap_reference.py). */
  @Test
  void theOutputCurveMatchesUmapLearnsFit() {
    for (double[] ref : UmapReference.CURVES) {
      double[] ab = Umap.curve(ref[0], 1);
      assertEquals(ref[1], ab[0], 1e-4, "a for min_dist " + ref[0]);
      assertEquals(ref[2], ab[1], 1e-4, "b for min_dist " + ref[0]);
    }
  }

  /** rho and sigma of umap-learn's smooth_knn_dist on fixed distances (the same script). */
  @Test
  void localConnectivityAndBandwidthMatchUmapLearn() {
    double[] rho = new double[UmapReference.DISTANCES.length];
    double[] sigma = new double[rho.length];
    for (int i = 0; i < rho.length; i++) {
      double[] d = UmapReference.DISTANCES[i];
      Umap.smoothDistances(d, 0, d.length, Math.log(d.length + 1) / Math.log(2),
          UmapReference.MEAN_DISTANCE, rho, sigma, i);
    }
    assertArrayEquals(UmapReference.RHO, rho, 1e-12);
    assertArrayEquals(UmapReference.SIGMA, sigma, 1e-9);
  }

  @Test
  void theFuzzyGraphIsSymmetricWithWeightsInZeroOne() {
    float[] x = TsneTest.clusters(40, 5, 2);
    Umap.Graph g = Umap.fuzzyGraph(x, 5, 15);
    int n = 160;
    java.util.Map<Long, Double> w = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      for (int s = g.rowStart()[i]; s < g.rowStart()[i + 1]; s++) {
        w.put((long) i * n + g.columns()[s], g.weights()[s]);
        assertTrue(g.weights()[s] > 0 && g.weights()[s] <= 1);
      }
    }
    w.forEach((k, v) -> assertEquals(v, w.get((k % n) * n + k / n), 1e-15));
  }
}
