package org.latentexplorer.latent.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QuadTreeTest {

  @Test
  void groupsHoldEveryPointOnceAndNoMoreThanAsked() {
    int n = 5000;
    double[] y = FftRepulsionTest.embedding(n, 3);
    QuadTree tree = new QuadTree();
    tree.build(y, n);
    int[] start = new int[n + 1];
    int groups = tree.groups(100, start);
    assertEquals(n, start[groups]);
    for (int g = 0; g < groups; g++) {
      int size = start[g + 1] - start[g];
      assertTrue(size >= 1 && size <= 100, "group " + g + " holds " + size);
    }
    int[] sorted = Arrays.copyOf(tree.order(), n);
    Arrays.sort(sorted);
    for (int i = 0; i < n; i++) {
      assertEquals(i, sorted[i]);
    }
  }

  /** The same tree from the last tree's order: the same forces to the last bit. */
  @Test
  void buildingFromTheLastOrderGivesTheSameForces() {
    int n = 3000;
    double[] y = FftRepulsionTest.embedding(n, 5);
    GroupedRepulsion first = new GroupedRepulsion(n, 0.5);
    double[] a = new double[2 * n];
    double za = first.repulsion(y, a);
    double[] b = new double[2 * n];
    double zb = first.repulsion(y, b);
    assertEquals(za, zb, 0.0);
    for (int i = 0; i < 2 * n; i++) {
      assertEquals(a[i], b[i], 0.0);
    }
  }

  /**
   * On 4,000 points in clusters the forces are 0.40% from the exact sums at theta 0.5 and 0.48% at
   * the default, 0.6; Z within 1%.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"0.5, 0.005", "0.6, 0.006"})
  void groupWalkForcesAreNearTheExactSums(double theta, double tolerance) {
    int n = 4000;
    double[] y = FftRepulsionTest.embedding(n, 9);
    double[] exact = new double[2 * n];
    double z = FftRepulsionTest.exact(y, n, exact);
    double[] force = new double[2 * n];
    double zg = new GroupedRepulsion(n, theta).repulsion(y, force);
    assertEquals(z, zg, 0.01 * z);
    double error = FftRepulsionTest.relativeError(force, exact);
    assertTrue(error < tolerance, "relative force error " + error);
  }

  /** With theta 0 no cell stands in for its points: every pair is summed. */
  @Test
  void thetaZeroSumsEveryPair() {
    int n = 2000;
    double[] y = FftRepulsionTest.embedding(n, 11);
    double[] exact = new double[2 * n];
    double z = FftRepulsionTest.exact(y, n, exact);
    double[] force = new double[2 * n];
    double zg = new GroupedRepulsion(n, 0, 64).repulsion(y, force);
    assertEquals(z, zg, 1e-5 * z);
    assertTrue(FftRepulsionTest.relativeError(force, exact) < 1e-5);
  }

  /** 300 copies of one point and 300 of another: copies are at distance 0, so q = 1 between them. */
  @Test
  void coincidingPointsCountAsPairsAtDistanceZero() {
    int n = 600;
    double[] y = new double[2 * n];
    for (int i = 0; i < n; i++) {
      y[2 * i] = i < 300 ? 0 : 2;
    }
    double[] force = new double[2 * n];
    double z = new GroupedRepulsion(n, 0.5, 128).repulsion(y, force);
    double expectedZ = 2 * (300.0 * 299) + 2 * (300.0 * 300) / 5;
    assertEquals(expectedZ, z, 1e-5 * expectedZ);
    assertEquals(-300 * 2 / 25.0, force[0], 1e-5 * 24);
    assertEquals(300 * 2 / 25.0, force[2 * 599], 1e-5 * 24);
  }
}
