package org.latentexplorer.latent.embedding;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.latentexplorer.latent.neighbours.BlockedNeighbours;

/**
 * t-SNE's joint probabilities P over the nearest neighbours (van der Maaten 2014), as
 * scikit-learn's {@code _joint_probabilities_nn} computes them: each point's Gaussian over its
 * k = 3 perplexity + 1 exact nearest neighbours ({@link BlockedNeighbours}) calibrated to the
 * perplexity, then P = (p_j|i + p_i|j) / 2n. P is symmetric, so only its upper triangle is kept,
 * in single precision: the attraction reads all of it every step.
 */
final class JointProbabilities {

  private final int n;
  private final int[] rowStart;
  private final int[] columns;
  private final float[] values;

  private JointProbabilities(int n, int[] rowStart, int[] columns, float[] values) {
    this.n = n;
    this.rowStart = rowStart;
    this.columns = columns;
    this.values = values;
  }

  /**
   * The joint probabilities P, perplexity-calibrated on scikit-learn's k = 3 perplexity + 1
   * nearest neighbours.
   */
  static JointProbabilities of(float[] points, int dims, double perplexity) {
    int n = points.length / dims;
    int k = (int) Math.min(n - 1, Math.floor(3 * perplexity + 1));
    int[] neighbours = new int[n * k];
    double[] distances = new double[n * k];
    double[] conditional = new double[n * k];
    double target = Math.log(Math.min(perplexity, k));
    BlockedNeighbours.search(points, dims, k, neighbours, distances);
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> calibrate(distances, conditional, i * k, k, target));
    return symmetrised(n, k, neighbours, conditional);
  }

  /**
   * The upper triangle (j greater than i) of P = (p_j|i + p_i|j) / 2n in sparse rows: each row
   * holds its own neighbours, then the points that have it as a neighbour and are not among its
   * own. The rows that point to a point are found by transposing the neighbour lists (linear in
   * n k, no sort).
   */
  private static JointProbabilities symmetrised(
      int n, int k, int[] neighbours, double[] conditional) {
    int[] inStart = new int[n + 1];
    for (int j : neighbours) {
      inStart[j + 1]++;
    }
    for (int i = 0; i < n; i++) {
      inStart[i + 1] += inStart[i];
    }
    int[] inEdges = new int[n * k];
    int[] next = Arrays.copyOf(inStart, n);
    for (int e = 0; e < n * k; e++) {
      inEdges[next[neighbours[e]]++] = e;
    }
    int chunks = Math.max(1, Runtime.getRuntime().availableProcessors() * 4);
    int[] rowStart = new int[n + 1];
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int[] mark = new int[n];
      Arrays.fill(mark, -1);
      for (int i = chunkStart(n, chunks, c); i < chunkStart(n, chunks, c + 1); i++) {
        int size = 0;
        for (int m = 0; m < k; m++) {
          int j = neighbours[i * k + m];
          mark[j] = i;
          size += j > i ? 1 : 0;
        }
        for (int s = inStart[i]; s < inStart[i + 1]; s++) {
          int from = inEdges[s] / k;
          size += mark[from] != i && from > i ? 1 : 0;
        }
        rowStart[i + 1] = size;
      }
    });
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] += rowStart[i];
    }
    int[] columns = new int[rowStart[n]];
    float[] values = new float[rowStart[n]];
    double scale = 1.0 / (2.0 * n);
    int widestRow = maxRow(rowStart);
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int[] slot = new int[n];
      Arrays.fill(slot, -1);
      double[] row = new double[widestRow];
      for (int i = chunkStart(n, chunks, c); i < chunkStart(n, chunks, c + 1); i++) {
        int size = 0;
        for (int m = 0; m < k; m++) {
          int j = neighbours[i * k + m];
          if (j > i) {
            columns[rowStart[i] + size] = j;
            row[size] = conditional[i * k + m];
            slot[j] = size++;
          }
        }
        for (int s = inStart[i]; s < inStart[i + 1]; s++) {
          int from = inEdges[s] / k;
          if (from < i) {
            continue;
          }
          double p = conditional[inEdges[s]];
          if (slot[from] >= 0) {
            row[slot[from]] += p;
          } else {
            columns[rowStart[i] + size] = from;
            row[size++] = p;
          }
        }
        for (int m = 0; m < size; m++) {
          values[rowStart[i] + m] = (float) (row[m] * scale);
        }
        for (int m = 0; m < k; m++) {
          slot[neighbours[i * k + m]] = -1;
        }
      }
    });
    return new JointProbabilities(n, rowStart, columns, values);
  }

  private static int chunkStart(int n, int chunks, int c) {
    return (int) ((long) n * c / chunks);
  }

  private static int maxRow(int[] rowStart) {
    int max = 0;
    for (int i = 0; i + 1 < rowStart.length; i++) {
      max = Math.max(max, rowStart[i + 1] - rowStart[i]);
    }
    return max;
  }

  /**
   * Finds the Gaussian precision for one point so that its conditional distribution over its
   * neighbours has the target entropy (log perplexity), by bisection on the squared distances.
   */
  private static void calibrate(
      double[] distances, double[] out, int offset, int k, double targetEntropy) {
    double beta = 1;
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    double shift = distances[offset] * distances[offset];
    for (int step = 0; step < 200; step++) {
      double sum = 0;
      double weighted = 0;
      for (int m = 0; m < k; m++) {
        double d2 = distances[offset + m] * distances[offset + m] - shift;
        double p = Math.exp(-d2 * beta);
        out[offset + m] = p;
        sum += p;
        weighted += d2 * p;
      }
      double entropy = Math.log(sum) + beta * weighted / sum;
      for (int m = 0; m < k; m++) {
        out[offset + m] /= sum;
      }
      double diff = entropy - targetEntropy;
      if (Math.abs(diff) < 1e-5) {
        return;
      }
      if (diff > 0) {
        low = beta;
        beta = high == Double.POSITIVE_INFINITY ? beta * 2 : (beta + high) / 2;
      } else {
        high = beta;
        beta = low == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + low) / 2;
      }
    }
  }

  /** The attractive forces over this P. */
  Attraction attraction() {
    return new Attraction(n, rowStart, columns, values);
  }

  /** The number of non-zero entries of P. */
  int nonZeros() {
    return 2 * values.length;
  }

  /** P_ij (0 where it is not stored). */
  double probability(int i, int j) {
    int row = Math.min(i, j);
    for (int s = rowStart[row]; s < rowStart[row + 1]; s++) {
      if (columns[s] == Math.max(i, j)) {
        return values[s];
      }
    }
    return 0;
  }

  /** The sum of P (1 up to rounding). */
  double total() {
    double sum = 0;
    for (float v : values) {
      sum += v;
    }
    return 2 * sum;
  }
}
