package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PcaTest {

  @Test
  void findsKnownPrincipalAxesAndVariances() {
    // Points with standard deviations 3, 2 and 0.5 along three orthonormal axes, rotated.
    double s = Math.sqrt(0.5);
    double[][] axes = {{s, s, 0}, {-s, s, 0}, {0, 0, 1}};
    double[] sd = {3, 2, 0.5};
    Random r = new Random(5);
    int n = 40_000;
    float[] x = new float[n * 3];
    for (int i = 0; i < n; i++) {
      x[i * 3] = 1;
      for (int k = 0; k < 3; k++) {
        double a = sd[k] * r.nextGaussian();
        for (int d = 0; d < 3; d++) {
          x[i * 3 + d] += (float) (a * axes[k][d]);
        }
      }
    }

    Pca pca = Pca.fit(x, 3);

    assertEquals(9, pca.variances()[0], 0.15);
    assertEquals(4, pca.variances()[1], 0.1);
    assertEquals(0.25, pca.variances()[2], 0.01);
    assertEquals(1, pca.mean()[0], 0.05);
    for (int k = 0; k < 3; k++) {
      double dot = 0;
      for (int d = 0; d < 3; d++) {
        dot += pca.components()[k][d] * axes[k][d];
      }
      assertEquals(1, Math.abs(dot), 1e-3, "axis " + k);
    }
    assertEquals(9 / 13.25, pca.explainedRatio()[0], 0.01);
    assertEquals(1.0, pca.cumulativeRatio()[2], 1e-12);
  }

  @Test
  void exactOnAFourPointExample() {
    float[] x = {1, 0, -1, 0, 0, 2, 0, -2};
    Pca pca = Pca.fit(x, 2);
    assertArrayEquals(new double[] {8 / 3.0, 2 / 3.0}, pca.variances(), 1e-9);
    assertArrayEquals(new double[] {0, 1}, pca.components()[0], 1e-9);
    assertArrayEquals(new float[] {0, 0, 2, -2}, pca.project(x, 1), 1e-6f);
  }

  @Test
  void aPcaProjectionInvertsWithinItsPlane() {
    Random r = new Random(1);
    float[] x = new float[300 * 4];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (r.nextGaussian() * (1 + i % 4));
    }
    Pca pca = Pca.fit(x, 4);
    PcaProjection p = new PcaProjection(pca, x, 0, 2);
    float[] current = {0.5f, -1f, 2f, 0.25f};
    float[] z = p.latentAt(1.5, -0.75, current);
    double[] placed = p.place(z);
    assertEquals(1.5, placed[0], 1e-5);
    assertEquals(-0.75, placed[1], 1e-5);
    assertEquals(pca.coordinate(current, 1), pca.coordinate(z, 1), 1e-5);
    assertEquals(pca.coordinate(current, 3), pca.coordinate(z, 3), 1e-5);
  }
}
