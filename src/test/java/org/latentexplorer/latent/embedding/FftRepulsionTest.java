package org.latentexplorer.latent.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FftRepulsionTest {

  /** An embedding like a formed t-SNE map: clusters of different sizes over a range of about 40. */
  static double[] embedding(int n, long seed) {
    Random r = new Random(seed);
    double[] y = new double[2 * n];
    for (int i = 0; i < n; i++) {
      int c = i % 7;
      double cx = 15 * Math.cos(c), cy = 15 * Math.sin(c);
      double s = 1 + c;
      y[2 * i] = cx + s * r.nextGaussian();
      y[2 * i + 1] = cy + s * r.nextGaussian();
    }
    return y;
  }

  static double exact(double[] y, int n, double[] force) {
    double z = 0;
    for (int i = 0; i < n; i++) {
      double fx = 0, fy = 0;
      for (int j = 0; j < n; j++) {
        if (j == i) {
          continue;
        }
        double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
        double q = 1 / (1 + dx * dx + dy * dy);
        z += q;
        fx += q * q * dx;
        fy += q * q * dy;
      }
      force[2 * i] = fx;
      force[2 * i + 1] = fy;
    }
    return z;
  }

  static double relativeError(double[] a, double[] b) {
    double num = 0, den = 0;
    for (int i = 0; i < a.length; i++) {
      num += (a[i] - b[i]) * (a[i] - b[i]);
      den += b[i] * b[i];
    }
    return Math.sqrt(num / den);
  }

  /** A small case where the fast t-SNE's forces are checked against the exact O(n^2) sums. */
  @Test
  void theInterpolatedForcesMatchTheExactSums() {
    int n = 3000;
    for (double scale : new double[] {0.01, 1, 3}) {
      double[] y = embedding(n, 7);
      for (int i = 0; i < y.length; i++) {
        y[i] *= scale;
      }
      double[] want = new double[2 * n];
      double z = exact(y, n, want);
      double[] got = new double[2 * n];
      FftRepulsion fft = new FftRepulsion(Tsne.FFT_SPACING);
      double zFft = fft.repulsion(y, n, got);
      // Measured: Z within 3.4e-4 and forces within 8.4e-4 (Barnes-Hut at theta 0.5: about 1e-2).
      assertEquals(z, zFft, 5e-4 * z, "Z on a grid of " + fft.gridSize());
      double error = relativeError(got, want);
      assertTrue(error < 2e-3, "relative force error " + error + " on a grid of " + fft.gridSize());
    }
  }
}
