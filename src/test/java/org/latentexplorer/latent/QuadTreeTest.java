package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuadTreeTest {

  @Test
  void insertingInTheLastTreesOrderBuildsTheSameTree() {
    int n = 3000;
    double[] y = FftRepulsionTest.embedding(n, 5);
    QuadTree byIndex = new QuadTree(4 * n);
    byIndex.build(y, n);
    int[] order = new int[n];
    byIndex.spatialOrder(order);
    QuadTree ordered = new QuadTree(4 * n);
    ordered.build(y, n, order);
    double[] a = new double[2];
    double[] b = new double[2];
    double[] exact = new double[2 * n];
    double z = FftRepulsionTest.exact(y, n, exact);
    double za = 0;
    double zb = 0;
    for (int i = 0; i < n; i++) {
      za += byIndex.repulsion(i, y[2 * i], y[2 * i + 1], 0.5, a, byIndex.newStack());
      zb += ordered.repulsion(i, y[2 * i], y[2 * i + 1], 0.5, b, ordered.newStack());
      assertEquals(a[0], b[0], 1e-12 * (1 + Math.abs(a[0])));
      assertEquals(a[1], b[1], 1e-12 * (1 + Math.abs(a[1])));
    }
    assertEquals(za, zb, 1e-9 * za);
    assertEquals(z, za, 0.02 * z, "Barnes-Hut's Z near the exact sum");
  }
}
