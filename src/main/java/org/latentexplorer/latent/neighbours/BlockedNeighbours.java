package org.latentexplorer.latent.neighbours;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.latentexplorer.latent.Pca;

/**
 * Exact k nearest neighbours of every point among the others, in Euclidean distance, by a blocked
 * brute-force search with pruning. The points are turned onto their principal axes (distances do
 * not change), split like a k-d tree (Bentley 1975) at the median of the widest axis into leaves
 * of at most {@link #LEAF} points, and each leaf is stored dimension by dimension, so the
 * distances from one point to a leaf are computed by loops the JIT turns into vector instructions.
 * Each leaf's points are the queries of one task: it visits the leaves nearest its bounding box
 * first and skips a leaf for a query when the distance from the query to the leaf's bounding box
 * is already beyond the query's k-th candidate (and stops when that holds for every query).
 *
 * <p>In the 16 to 50 dimensions of latent codes a vantage-point tree ({@link VpTree}) prunes
 * little at the k = 91 neighbours t-SNE asks for; here the bounds use every axis at once and the
 * leaves that are not pruned cost little each. Candidates are selected in single precision with a
 * margin, then their distances are recomputed in double precision from the original points,
 * ordered, and the nearest {@code k} kept, so results equal the tree's up to ties.
 */
public final class BlockedNeighbours {

  private static final int LEAF = 512;
  private static final int MARGIN = 8;
  /** Bounds are lowered by this fraction, more than single precision's rounding of a distance. */
  private static final float SLACK = 1 - 1e-4f;

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
    float[] turned = Pca.fit(points, dims).project(points, dims);
    Leaf[] leaves = Leaf.split(turned, dims, n);
    int keep = Math.min(n - 1, k + MARGIN);
    IntStream.range(0, leaves.length)
        .parallel()
        .forEach(
            b ->
                new Queries(points, dims, leaves, leaves[b], keep)
                    .run(k, neighbours, distances));
  }

  /** Points of one k-d tree leaf: their indices, coordinates by dimension and bounding box. */
  private static final class Leaf {
    final int[] index;
    final float[][] columns;
    final float[] low;
    final float[] high;

    private Leaf(float[] turned, int dims, int[] order, int from, int to) {
      index = Arrays.copyOfRange(order, from, to);
      columns = new float[dims][index.length];
      low = new float[dims];
      high = new float[dims];
      Arrays.fill(low, Float.POSITIVE_INFINITY);
      Arrays.fill(high, Float.NEGATIVE_INFINITY);
      for (int d = 0; d < dims; d++) {
        for (int j = 0; j < index.length; j++) {
          float v = turned[index[j] * dims + d];
          columns[d][j] = v;
          low[d] = Math.min(low[d], v);
          high[d] = Math.max(high[d], v);
        }
      }
    }

    static Leaf[] split(float[] turned, int dims, int n) {
      int[] order = IntStream.range(0, n).toArray();
      List<Leaf> leaves = new ArrayList<>();
      split(turned, dims, order, 0, n, leaves);
      return leaves.toArray(new Leaf[0]);
    }

    /** Splits at the median of the widest dimension until a part fits in a leaf. */
    private static void split(
        float[] turned, int dims, int[] order, int from, int to, List<Leaf> leaves) {
      if (to - from <= LEAF) {
        leaves.add(new Leaf(turned, dims, order, from, to));
        return;
      }
      int widest = 0;
      float widestSpread = -1;
      for (int d = 0; d < dims; d++) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int p = from; p < to; p++) {
          float v = turned[order[p] * dims + d];
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        if (hi - lo > widestSpread) {
          widestSpread = hi - lo;
          widest = d;
        }
      }
      long[] keys = new long[to - from];
      for (int p = from; p < to; p++) {
        int i = order[p];
        keys[p - from] = (long) sortableBits(turned[i * dims + widest]) << 32 | i;
      }
      Arrays.sort(keys);
      for (int p = from; p < to; p++) {
        order[p] = (int) keys[p - from];
      }
      int middle = (from + to) >>> 1;
      split(turned, dims, order, from, middle, leaves);
      split(turned, dims, order, middle, to, leaves);
    }

    /** The float's bits as an int that orders like the float (as a signed int). */
    private static int sortableBits(float v) {
      int bits = Float.floatToIntBits(v);
      return bits < 0 ? bits ^ 0x7fffffff : bits;
    }

    /** The squared distance from a point to this leaf's bounding box. */
    float boxDistance(float[][] queryColumns, int j) {
      float s = 0;
      for (int d = 0; d < low.length; d++) {
        float v = queryColumns[d][j];
        float gap = v < low[d] ? low[d] - v : v > high[d] ? v - high[d] : 0;
        s += gap * gap;
      }
      return s;
    }

    /** The squared distance between this leaf's bounding box and another's. */
    float boxDistance(Leaf other) {
      float s = 0;
      for (int d = 0; d < low.length; d++) {
        float gap = Math.max(0, Math.max(other.low[d] - high[d], low[d] - other.high[d]));
        s += gap * gap;
      }
      return s;
    }
  }

  /** The candidates of one leaf's queries, kept in one bounded max-heap per query. */
  private static final class Queries {
    private final float[] points;
    private final int dims;
    private final Leaf[] leaves;
    private final Leaf queries;
    private final int keep;
    private final int[] heapIndex;
    private final float[] heapDist;
    private final int[] heapSize;
    private final float[] dist = new float[LEAF];

    Queries(float[] points, int dims, Leaf[] leaves, Leaf queries, int keep) {
      this.points = points;
      this.dims = dims;
      this.leaves = leaves;
      this.queries = queries;
      this.keep = keep;
      int count = queries.index.length;
      heapIndex = new int[count * keep];
      heapDist = new float[count * keep];
      heapSize = new int[count];
    }

    void run(int k, int[] neighbours, double[] distances) {
      int count = queries.index.length;
      long[] byBound = new long[leaves.length];
      for (int b = 0; b < leaves.length; b++) {
        byBound[b] = (long) Float.floatToIntBits(queries.boxDistance(leaves[b])) << 32 | b;
      }
      Arrays.sort(byBound);
      for (long entry : byBound) {
        Leaf leaf = leaves[(int) entry];
        float bound = Float.intBitsToFloat((int) (entry >>> 32)) * SLACK;
        if (bound >= widestTau()) {
          break;
        }
        for (int q = 0; q < count; q++) {
          if (leaf.boxDistance(queries.columns, q) * SLACK < tau(q)) {
            squaredDistances(q, leaf);
            offerAll(q, leaf);
          }
        }
      }
      for (int q = 0; q < count; q++) {
        finish(q, k, neighbours, distances);
      }
    }

    private float tau(int q) {
      return heapSize[q] < keep ? Float.POSITIVE_INFINITY : heapDist[q * keep];
    }

    private float widestTau() {
      float widest = 0;
      for (int q = 0; q < heapSize.length; q++) {
        widest = Math.max(widest, tau(q));
      }
      return widest;
    }

    private void squaredDistances(int q, Leaf leaf) {
      float[] out = dist;
      int count = leaf.index.length;
      for (int j = 0; j < count; j++) {
        out[j] = 0f;
      }
      for (int d = 0; d < dims; d++) {
        float v = queries.columns[d][q];
        float[] column = leaf.columns[d];
        for (int j = 0; j < count; j++) {
          float e = column[j] - v;
          out[j] = out[j] + e * e;
        }
      }
    }

    private void offerAll(int q, Leaf leaf) {
      int base = q * keep;
      int self = queries.index[q];
      int size = heapSize[q];
      float tau = tau(q);
      for (int j = 0; j < leaf.index.length; j++) {
        float d = dist[j];
        if (d < tau && leaf.index[j] != self) {
          size = offer(base, size, leaf.index[j], d);
          tau = size < keep ? Float.POSITIVE_INFINITY : heapDist[base];
        }
      }
      heapSize[q] = size;
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
     * precision from the original points and put in order again (nearly sorted already, so
     * insertion sort is linear), ties by index.
     */
    private void finish(int q, int k, int[] neighbours, double[] distances) {
      int base = q * keep;
      int size = heapSize[q];
      int query = queries.index[q];
      int[] index = new int[size];
      double[] exact = new double[size];
      for (int m = size; m > 0; m--) {
        index[m - 1] = heapIndex[base];
        swap(base, 0, m - 1);
        siftDown(base, m - 1);
      }
      for (int m = 0; m < size; m++) {
        double e = distance(query, index[m]);
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
      System.arraycopy(index, 0, neighbours, query * k, k);
      System.arraycopy(exact, 0, distances, query * k, k);
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
