package org.latentexplorer.latent.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AttractionTest {

  private static final int N = 50;

  /** A random symmetric P with zero diagonal, dense, and its upper triangle as sparse rows. */
  private final double[][] dense = new double[N][N];
  private final int[] rowStart = new int[N + 1];
  private int[] columns;
  private float[] values;
  private final double[] y = new double[2 * N];

  AttractionTest() {
    Random r = new Random(3);
    int[] cols = new int[N * N];
    float[] vals = new float[N * N];
    int e = 0;
    for (int i = 0; i < N; i++) {
      for (int j = i + 1; j < N; j++) {
        if (r.nextDouble() < 0.3) {
          float p = (float) r.nextDouble();
          dense[i][j] = p;
          dense[j][i] = p;
          cols[e] = j;
          vals[e++] = p;
        }
      }
      rowStart[i + 1] = e;
    }
    columns = java.util.Arrays.copyOf(cols, e);
    values = java.util.Arrays.copyOf(vals, e);
    for (int c = 0; c < 2 * N; c++) {
      y[c] = 3 * r.nextGaussian();
    }
  }

  /** out_i = outScale out_i + scale sum_j p_ij (y_i - y_j) / (1 + |y_i - y_j|^2), every j. */
  private double[] expected(double[] start, double outScale, double scale) {
    double[] out = new double[2 * N];
    for (int i = 0; i < N; i++) {
      double ax = 0;
      double ay = 0;
      for (int j = 0; j < N; j++) {
        double dx = y[2 * i] - y[2 * j];
        double dy = y[2 * i + 1] - y[2 * j + 1];
        double pq = dense[i][j] / (1 + dx * dx + dy * dy);
        ax += pq * dx;
        ay += pq * dy;
      }
      out[2 * i] = outScale * start[2 * i] + scale * ax;
      out[2 * i + 1] = outScale * start[2 * i + 1] + scale * ay;
    }
    return out;
  }

  @Test
  void equalsTheSumOverEveryPairOfTheFullMatrix() {
    double[] start = new double[2 * N];
    for (int c = 0; c < 2 * N; c++) {
      start[c] = c * 0.01;
    }
    double[] out = start.clone();
    new Attraction(N, rowStart, columns, values).scaleAndAdd(y, -2, 12, out);
    double[] want = expected(start, -2, 12);
    for (int c = 0; c < 2 * N; c++) {
      assertEquals(want[c], out[c], 1e-12 * (1 + Math.abs(want[c])), "coordinate " + c);
    }
  }

  @Test
  void renumberedPointsFeelTheSameForces() {
    int[] rank = new int[N];
    for (int i = 0; i < N; i++) {
      rank[i] = (i * 17 + 5) % N;
    }
    double[] moved = new double[2 * N];
    for (int i = 0; i < N; i++) {
      moved[2 * rank[i]] = y[2 * i];
      moved[2 * rank[i] + 1] = y[2 * i + 1];
    }
    double[] out = new double[2 * N];
    new Attraction(N, rowStart, columns, values).renumbered(rank).scaleAndAdd(moved, 0, 1, out);
    double[] want = expected(new double[2 * N], 0, 1);
    for (int i = 0; i < N; i++) {
      assertEquals(want[2 * i], out[2 * rank[i]], 1e-12 * (1 + Math.abs(want[2 * i])));
      assertEquals(want[2 * i + 1], out[2 * rank[i] + 1], 1e-12 * (1 + Math.abs(want[2 * i])));
    }
  }
}
