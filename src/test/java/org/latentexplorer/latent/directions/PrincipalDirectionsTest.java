package org.latentexplorer.latent.directions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.Pca;

class PrincipalDirectionsTest {

  /** Axes along the diagonals of the plane, variances 4 and 1, centred at (1, 1). */
  private static final double R = Math.sqrt(0.5);
  private static final PrincipalDirections P = new PrincipalDirections(
      new Pca(new double[] {1, 1}, new double[][] {{R, R}, {R, -R}}, new double[] {4, 1}));

  @Test
  void coordinatesAreStandardDeviationsAlongEachAxisFromTheCodesMean() {
    assertEquals(0, P.coordinate(new float[] {1, 1}, 0), 1e-12);
    // (3, 3) lies 2 sqrt(2) along the first axis, whose sd is 2
    assertEquals(Math.sqrt(2), P.coordinate(new float[] {3, 3}, 0), 1e-6);
    assertEquals(0, P.coordinate(new float[] {3, 3}, 1), 1e-6);
    assertEquals(-Math.sqrt(2), P.coordinate(new float[] {0, 2}, 1), 1e-6);
    assertEquals(0.8, P.explained(0), 1e-12);
    assertEquals(2, P.sd(0), 0);
    assertEquals(2, P.count());
  }

  @Test
  void movingOneCoordinateMovesZAlongItsAxisOnlyAndKeepsTheOthers() {
    float[] z = {3, 1};
    float[] moved = P.moved(z, 0, 2.5);
    assertEquals(2.5, P.coordinate(moved, 0), 1e-6);
    assertEquals(P.coordinate(z, 1), P.coordinate(moved, 1), 1e-6);
    float[] back = P.moved(moved, 0, P.coordinate(z, 0));
    assertArrayEquals(z, back, 1e-6f);
    PrincipalDirections flat = new PrincipalDirections(
        new Pca(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}}, new double[] {1, 0}));
    assertEquals(1, flat.sd(1), 0, "no variance: moved in units of z");
    assertArrayEquals(new float[] {0, 3}, flat.moved(new float[] {0, 0}, 1, 3), 0);
  }
}
