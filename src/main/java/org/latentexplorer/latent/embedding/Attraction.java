package org.latentexplorer.latent.embedding;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * t-SNE's attractive forces, the sum over j of p_ij q_ij (y_i - y_j) with
 * q_ij = 1 / (1 + |y_i - y_j|^2) (van der Maaten 2014), over P's upper triangle: each pair's q
 * is computed once and pulls both points. The rows are split into one part per core with about
 * as many entries each; every part sums into its own force array, and the arrays are added.
 */
final class Attraction {

  private final int n;
  private final int[] rowStart;
  private final int[] columns;
  private final float[] values;
  private final int[] partStart;
  private final double[][] partial;

  /** P's upper triangle (j greater than i) as sparse rows. */
  Attraction(int n, int[] rowStart, int[] columns, float[] values) {
    this.n = n;
    this.rowStart = rowStart;
    this.columns = columns;
    this.values = values;
    int parts = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
    partStart = new int[parts + 1];
    int row = 0;
    for (int part = 1; part < parts; part++) {
      long target = (long) rowStart[n] * part / parts;
      while (row < n && rowStart[row] < target) {
        row++;
      }
      partStart[part] = row;
    }
    partStart[parts] = n;
    partial = new double[parts][2 * n];
  }

  /**
   * The same attraction with the points renumbered, point i becoming {@code rank[i]}; each pair
   * stays in the row of its lower number.
   */
  Attraction renumbered(int[] rank) {
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
        start[Math.min(rank[i], rank[columns[s]]) + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] next = Arrays.copyOf(start, n);
    int[] cols = new int[columns.length];
    float[] vals = new float[values.length];
    for (int i = 0; i < n; i++) {
      int a = rank[i];
      for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
        int b = rank[columns[s]];
        int e = next[Math.min(a, b)]++;
        cols[e] = Math.max(a, b);
        vals[e] = values[s];
      }
    }
    return new Attraction(n, start, cols, vals);
  }

  /**
   * Sets {@code out} to {@code outScale} times itself plus {@code scale} times each point's
   * attraction (both coordinates).
   */
  void scaleAndAdd(double[] y, double outScale, double scale, double[] out) {
    IntStream.range(0, partial.length).parallel().forEach(part -> sumPart(part, y));
    int chunks = 4 * partial.length;
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int to = (int) (2L * n * (c + 1) / chunks);
      for (int k = (int) (2L * n * c / chunks); k < to; k++) {
        double sum = 0;
        for (double[] p : partial) {
          sum += p[k];
        }
        out[k] = outScale * out[k] + scale * sum;
      }
    });
  }

  private void sumPart(int part, double[] y) {
    double[] f = partial[part];
    Arrays.fill(f, 0);
    for (int i = partStart[part]; i < partStart[part + 1]; i++) {
      double xi = y[2 * i];
      double yi = y[2 * i + 1];
      double ax = 0;
      double ay = 0;
      for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
        int j = columns[s];
        double dx = xi - y[2 * j];
        double dy = yi - y[2 * j + 1];
        double pq = values[s] / (1 + dx * dx + dy * dy);
        double fx = pq * dx;
        double fy = pq * dy;
        ax += fx;
        ay += fy;
        f[2 * j] -= fx;
        f[2 * j + 1] -= fy;
      }
      f[2 * i] += ax;
      f[2 * i + 1] += ay;
    }
  }
}
