package org.latentexplorer.latent;

import java.util.stream.IntStream;

/**
 * Exact k nearest neighbours of every point among the others, in Euclidean distance, by a blocked
 * brute-force search: the points are stored dimension by dimension, so the distances from one
 * point to a block of others are computed by loops the JIT turns into vector instructions, and a
 * block of queries reuses each block of candidates while it is in cache.
 *
 * <p>In the 16 to 50 dimensions of latent codes a vantage-point tree ({@link VpTree}) prunes
 * little at the k = 90 neighbours t-SNE asks for and visits about half the points for each query;
 * this search visits all of them at a fraction of the cost each. Candidates are selected in single
 * precision with a margin, then their distances are recomputed in double precision, ordered, and
 * the nearest {@code k} kept, so results equal the tree's up to ties.
 */
public final class BlockedNeighbours {

  private static final int QUERY_BLOCK = 64;
  private static final int CANDIDATE_BLOCK = 512;
  private static final int MARGIN = 8;

  private BlockedNeighbours() {}

  /**
   * Fills the {@code k} nearest neighbours of each point (itself left out), nearest first.
   *
   * @param points {@code n x dims}, row-major
   * @param neighbours receives point i's neighbours at {@code [i * k, (i + 1) * k)}
   * @param distances receives their distances likewise
   */
  public static void search(float[] points, int dims, int k, int[] neighbours, double[] distances) {
    int n = points.length / dims;
    if (k > n - 1) {
      throw new IllegalArgumentException(k + " neighbours asked of " + n + " points");
    }
    if (k == 0) {
      return;
    }
    float[][][] columns = columnBlocks(points, dims, n);
    int keep = Math.min(n - 1, k + MARGIN);
    int blocks = (n + QUERY_BLOCK - 1) / QUERY_BLOCK;
    IntStream.range(0, blocks)
        .parallel()
        .forEach(
            b -> {
              int from = b * QUERY_BLOCK;
              int to = Math.min(n, from + QUERY_BLOCK);
              new QueryBlock(points, columns, dims, from, to, keep).run(k, neighbours, distances);
            });
  }

  /**
   * The points in blocks of {@link #CANDIDATE_BLOCK}, each block one array per dimension starting
   * at index 0 (HotSpot's C2 in Java 17 vectorises the distance loop only over arrays indexed from
   * a known offset: with offsets into one long array it ran 3 to 5 times slower).
   */
  private static float[][][] columnBlocks(float[] points, int dims, int n) {
    int blocks = (n + CANDIDATE_BLOCK - 1) / CANDIDATE_BLOCK;
    float[][][] columns = new float[blocks][dims][];
    for (int b = 0; b < blocks; b++) {
      int start = b * CANDIDATE_BLOCK;
      int count = Math.min(CANDIDATE_BLOCK, n - start);
      for (int d = 0; d < dims; d++) {
        float[] column = new float[count];
        for (int j = 0; j < count; j++) {
          column[j] = points[(start + j) * dims + d];
        }
        columns[b][d] = column;
      }
    }
    return columns;
  }

  /** The candidates of a block of queries, kept in one bounded max-heap per query. */
  private static final class QueryBlock {
    private final float[] points;
    private final float[][][] columns;
    private final int dims;
    private final int from;
    private final int to;
    private final int keep;
    private final int[] heapIndex;
    private final float[] heapDist;
    private final int[] heapSize;
    private final float[] dist = new float[CANDIDATE_BLOCK];

    QueryBlock(float[] points, float[][][] columns, int dims, int from, int to, int keep) {
      this.points = points;
      this.columns = columns;
      this.dims = dims;
      this.from = from;
      this.to = to;
      this.keep = keep;
      heapIndex = new int[(to - from) * keep];
      heapDist = new float[(to - from) * keep];
      heapSize = new int[to - from];
    }

    void run(int k, int[] neighbours, double[] distances) {
      for (int b = 0; b < columns.length; b++) {
        float[][] block = columns[b];
        int start = b * CANDIDATE_BLOCK;
        int count = block[0].length;
        for (int q = from; q < to; q++) {
          squaredDistances(q, block, count);
          offerAll(q - from, q, start, count);
        }
      }
      for (int q = from; q < to; q++) {
        finish(q, k, neighbours, distances);
      }
    }

    private void squaredDistances(int q, float[][] block, int count) {
      float[] out = dist;
      for (int j = 0; j < count; j++) {
        out[j] = 0f;
      }
      for (int d = 0; d < dims; d++) {
        float v = points[q * dims + d];
        float[] column = block[d];
        for (int j = 0; j < count; j++) {
          float e = column[j] - v;
          out[j] = out[j] + e * e;
        }
      }
    }

    private void offerAll(int slot, int q, int start, int count) {
      int base = slot * keep;
      int size = heapSize[slot];
      float tau = size < keep ? Float.POSITIVE_INFINITY : heapDist[base];
      for (int j = 0; j < count; j++) {
        float d = dist[j];
        if (d < tau && start + j != q) {
          size = offer(base, size, start + j, d);
          tau = size < keep ? Float.POSITIVE_INFINITY : heapDist[base];
        }
      }
      heapSize[slot] = size;
    }

    private int offer(int base, int size, int index, float d) {
      if (size < keep) {
        int c = size;
        heapIndex[base + c] = index;
        heapDist[base + c] = d;
        while (c > 0) {
          int parent = (c - 1) / 2;
          if (heapDist[base + parent] >= heapDist[base + c]) {
            break;
          }
          swap(base, c, parent);
          c = parent;
        }
        return size + 1;
      }
      heapIndex[base] = index;
      heapDist[base] = d;
      siftDown(base, keep);
      return size;
    }

    private void siftDown(int base, int size) {
      int c = 0;
      while (true) {
        int l = 2 * c + 1;
        int r = l + 1;
        int largest = c;
        if (l < size && heapDist[base + l] > heapDist[base + largest]) {
          largest = l;
        }
        if (r < size && heapDist[base + r] > heapDist[base + largest]) {
          largest = r;
        }
        if (largest == c) {
          return;
        }
        swap(base, c, largest);
        c = largest;
      }
    }

    private void swap(int base, int a, int b) {
      int ti = heapIndex[base + a];
      heapIndex[base + a] = heapIndex[base + b];
      heapIndex[base + b] = ti;
      float td = heapDist[base + a];
      heapDist[base + a] = heapDist[base + b];
      heapDist[base + b] = td;
    }

    /**
     * The candidates in heap order drained nearest first, their distances recomputed in double
     * precision and put in order again (nearly sorted already, so insertion sort is linear), ties
     * by index.
     */
    private void finish(int q, int k, int[] neighbours, double[] distances) {
      int base = (q - from) * keep;
      int size = heapSize[q - from];
      int[] index = new int[size];
      double[] exact = new double[size];
      for (int m = size; m > 0; m--) {
        index[m - 1] = heapIndex[base];
        swap(base, 0, m - 1);
        siftDown(base, m - 1);
      }
      for (int m = 0; m < size; m++) {
        double e = distance(q, index[m]);
        int i = index[m];
        int c = m;
        while (c > 0 && (exact[c - 1] > e || (exact[c - 1] == e && index[c - 1] > i))) {
          exact[c] = exact[c - 1];
          index[c] = index[c - 1];
          c--;
        }
        exact[c] = e;
        index[c] = i;
      }
      System.arraycopy(index, 0, neighbours, q * k, k);
      System.arraycopy(exact, 0, distances, q * k, k);
    }

    private double distance(int a, int b) {
      double s = 0;
      for (int d = 0; d < dims; d++) {
        double e = points[a * dims + d] - points[b * dims + d];
        s += e * e;
      }
      return Math.sqrt(s);
    }
  }
}
