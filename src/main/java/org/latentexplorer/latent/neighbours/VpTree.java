package org.latentexplorer.latent.neighbours;

import java.util.Random;

/**
 * A vantage-point tree over row vectors for exact k-nearest-neighbour queries in Euclidean
 * distance (Yianilos 1993), as bhtsne uses: each node splits the points by their distance to a
 * vantage point at the median, and a query skips the half that cannot hold a closer point.
 */
public final class VpTree {

  private final float[] points;
  private final int dims;
  private final int[] item;
  private final double[] radius;
  private final int[] inner;
  private final int[] outer;
  private int nodes;
  private final int root;

  private VpTree(float[] points, int dims, long seed) {
    this.points = points;
    this.dims = dims;
    int n = points.length / dims;
    item = new int[n];
    radius = new double[n];
    inner = new int[n];
    outer = new int[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double[] dist = new double[n];
    root = build(order, dist, 0, n, new Random(seed));
  }

  /** Builds a tree over {@code points.length / dims} points (not copied). */
  public static VpTree build(float[] points, int dims, long seed) {
    return new VpTree(points, dims, seed);
  }

  public int size() {
    return item.length;
  }

  private int build(int[] order, double[] dist, int from, int to, Random random) {
    if (from >= to) {
      return -1;
    }
    int node = nodes++;
    int pick = from + random.nextInt(to - from);
    swap(order, from, pick);
    int vantage = order[from];
    item[node] = vantage;
    if (to - from == 1) {
      inner[node] = outer[node] = -1;
      return node;
    }
    for (int k = from + 1; k < to; k++) {
      dist[order[k]] = distance(vantage, order[k]);
    }
    int median = (from + 1 + to) / 2;
    select(order, dist, from + 1, to - 1, median);
    radius[node] = dist[order[median]];
    inner[node] = build(order, dist, from + 1, median, random);
    outer[node] = build(order, dist, median, to, random);
    return node;
  }

  /** Quickselect: order[k] gets the k-th smallest distance in [lo, hi]. */
  private static void select(int[] order, double[] dist, int lo, int hi, int k) {
    while (hi > lo) {
      double pivot = dist[order[(lo + hi) >>> 1]];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (dist[order[i]] < pivot) {
          i++;
        }
        while (dist[order[j]] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(order, i++, j--);
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** The Euclidean distance between points a and b. */
  public double distance(int a, int b) {
    double s = 0;
    int oa = a * dims;
    int ob = b * dims;
    for (int d = 0; d < dims; d++) {
      double e = points[oa + d] - points[ob + d];
      s += e * e;
    }
    return Math.sqrt(s);
  }

  private double distanceTo(float[] query, int qOffset, int b) {
    double s = 0;
    int ob = b * dims;
    for (int d = 0; d < dims; d++) {
      double e = query[qOffset + d] - points[ob + d];
      s += e * e;
    }
    return Math.sqrt(s);
  }

  /**
   * The {@code k} nearest points of a query, nearest first.
   *
   * @param query holds the query point at {@code offset}
   * @param exclude a point index to leave out (the query itself), or -1
   * @param neighbours receives the indices at {@code [outOffset, outOffset + k)}
   * @param distances receives their distances likewise
   */
  public void nearest(
      float[] query,
      int offset,
      int k,
      int exclude,
      int[] neighbours,
      double[] distances,
      int outOffset) {
    Heap heap = new Heap(k);
    search(root, query, offset, exclude, heap);
    heap.drainInto(neighbours, distances, outOffset);
  }

  private void search(int node, float[] query, int offset, int exclude, Heap heap) {
    if (node < 0) {
      return;
    }
    int p = item[node];
    double d = distanceTo(query, offset, p);
    if (p != exclude) {
      heap.offer(p, d);
    }
    if (inner[node] < 0 && outer[node] < 0) {
      return;
    }
    double r = radius[node];
    if (d < r) {
      if (d - heap.tau() <= r) {
        search(inner[node], query, offset, exclude, heap);
      }
      if (d + heap.tau() >= r) {
        search(outer[node], query, offset, exclude, heap);
      }
    } else {
      if (d + heap.tau() >= r) {
        search(outer[node], query, offset, exclude, heap);
      }
      if (d - heap.tau() <= r) {
        search(inner[node], query, offset, exclude, heap);
      }
    }
  }

  /** A bounded max-heap of (index, distance): the k best so far, the worst on top. */
  private static final class Heap {
    private final int[] index;
    private final double[] dist;
    private int size;

    Heap(int k) {
      index = new int[k];
      dist = new double[k];
    }

    double tau() {
      return size < index.length ? Double.POSITIVE_INFINITY : dist[0];
    }

    void offer(int i, double d) {
      if (index.length == 0) {
        return;
      }
      if (size < index.length) {
        int c = size++;
        index[c] = i;
        dist[c] = d;
        while (c > 0) {
          int parent = (c - 1) / 2;
          if (dist[parent] >= dist[c]) {
            break;
          }
          swapAt(c, parent);
          c = parent;
        }
      } else if (d < dist[0]) {
        index[0] = i;
        dist[0] = d;
        siftDown(0, size);
      }
    }

    private void siftDown(int c, int n) {
      while (true) {
        int l = 2 * c + 1;
        int r = l + 1;
        int largest = c;
        if (l < n && dist[l] > dist[largest]) {
          largest = l;
        }
        if (r < n && dist[r] > dist[largest]) {
          largest = r;
        }
        if (largest == c) {
          return;
        }
        swapAt(c, largest);
        c = largest;
      }
    }

    private void swapAt(int a, int b) {
      int ti = index[a];
      index[a] = index[b];
      index[b] = ti;
      double td = dist[a];
      dist[a] = dist[b];
      dist[b] = td;
    }

    void drainInto(int[] neighbours, double[] distances, int offset) {
      for (int n = size; n > 0; n--) {
        neighbours[offset + n - 1] = index[0];
        distances[offset + n - 1] = dist[0];
        swapAt(0, n - 1);
        siftDown(0, n - 1);
      }
    }
  }
}
