package org.latentexplorer.latent;

import java.util.Arrays;

/**
 * The Barnes-Hut space-partitioning tree of a 2-D embedding: each cell keeps how many points it
 * holds and their centre of mass, so that a far cell's pull on a point is computed once for all
 * its points. Stored in flat arrays, rebuilt every t-SNE iteration.
 */
final class QuadTree {

  private static final int MAX_DEPTH = 48;

  private double[] centreX;
  private double[] centreY;
  private double[] half;
  private double[] massX;
  private double[] massY;
  private int[] count;
  private int[] firstChild;
  private int[] point;
  private int size;
  /** Per node, packed for the traversal: centre of mass x, y, squared width, count, first child, point. */
  private double[] packed = new double[0];

  QuadTree(int capacity) {
    allocate(Math.max(16, capacity));
  }

  private void allocate(int capacity) {
    centreX = new double[capacity];
    centreY = new double[capacity];
    half = new double[capacity];
    massX = new double[capacity];
    massY = new double[capacity];
    count = new int[capacity];
    firstChild = new int[capacity];
    point = new int[capacity];
  }

  private void grow() {
    int capacity = centreX.length * 2;
    centreX = Arrays.copyOf(centreX, capacity);
    centreY = Arrays.copyOf(centreY, capacity);
    half = Arrays.copyOf(half, capacity);
    massX = Arrays.copyOf(massX, capacity);
    massY = Arrays.copyOf(massY, capacity);
    count = Arrays.copyOf(count, capacity);
    firstChild = Arrays.copyOf(firstChild, capacity);
    point = Arrays.copyOf(point, capacity);
  }

  private int newNode(double cx, double cy, double h) {
    if (size == centreX.length) {
      grow();
    }
    int n = size++;
    centreX[n] = cx;
    centreY[n] = cy;
    half[n] = h;
    massX[n] = 0;
    massY[n] = 0;
    count[n] = 0;
    firstChild[n] = -1;
    point[n] = -1;
    return n;
  }

  /** Rebuilds the tree over the points {@code y = [x0, y0, x1, y1, ...]}. */
  void build(double[] y, int n) {
    build(y, n, null);
  }

  /**
   * Rebuilds the tree, inserting the points in the given order (such as the last tree's
   * {@link #spatialOrder}: neighbours one after another walk the same cells, and the cells are
   * laid out near each other); null inserts them by index. The tree is the same either way.
   */
  void build(double[] y, int n, int[] order) {
    size = 0;
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      minX = Math.min(minX, y[2 * i]);
      maxX = Math.max(maxX, y[2 * i]);
      minY = Math.min(minY, y[2 * i + 1]);
      maxY = Math.max(maxY, y[2 * i + 1]);
    }
    double h = Math.max(maxX - minX, maxY - minY) / 2 * (1 + 1e-6) + 1e-9;
    newNode((minX + maxX) / 2, (minY + maxY) / 2, h);
    for (int k = 0; k < n; k++) {
      int i = order == null ? k : order[k];
      insert(i, y[2 * i], y[2 * i + 1]);
    }
    pack();
  }

  /** Packs each node's centre of mass, squared width, count and links into one array. */
  private void pack() {
    if (packed.length < size * 6) {
      packed = new double[Math.max(size * 6, packed.length * 2)];
    }
    for (int node = 0; node < size; node++) {
      int o = node * 6;
      int m = count[node];
      packed[o] = m > 0 ? massX[node] / m : 0;
      packed[o + 1] = m > 0 ? massY[node] / m : 0;
      double width = 2 * half[node];
      packed[o + 2] = width * width;
      packed[o + 3] = m;
      packed[o + 4] = firstChild[node];
      packed[o + 5] = point[node];
    }
  }

  /**
   * The points in the order of a depth-first walk of the tree, so that points processed one after
   * another are near each other and walk nearly the same cells.
   */
  void spatialOrder(int[] out) {
    int filled = 0;
    int[] stack = new int[4 * MAX_DEPTH + 8];
    int top = 0;
    stack[top++] = 0;
    while (top > 0 && filled < out.length) {
      int node = stack[--top];
      if (count[node] == 0) {
        continue;
      }
      if (firstChild[node] < 0) {
        if (point[node] >= 0) {
          out[filled++] = point[node];
        }
        continue;
      }
      int c = firstChild[node];
      stack[top++] = c + 3;
      stack[top++] = c + 2;
      stack[top++] = c + 1;
      stack[top++] = c;
    }
    if (filled < out.length) {
      boolean[] seen = new boolean[out.length];
      for (int k = 0; k < filled; k++) {
        seen[out[k]] = true;
      }
      for (int i = 0; i < out.length; i++) {
        if (!seen[i]) {
          out[filled++] = i;
        }
      }
    }
  }

  private void insert(int i, double x, double yy) {
    int node = 0;
    for (int depth = 0; ; depth++) {
      if (firstChild[node] < 0) {
        if (count[node] == 0) {
          point[node] = i;
          count[node] = 1;
          massX[node] = x;
          massY[node] = yy;
          return;
        }
        if (depth >= MAX_DEPTH) {
          count[node]++;
          massX[node] += x;
          massY[node] += yy;
          return;
        }
        subdivide(node);
      }
      count[node]++;
      massX[node] += x;
      massY[node] += yy;
      node = firstChild[node] + quadrant(node, x, yy);
    }
  }

  private void subdivide(int node) {
    double h = half[node] / 2;
    double cx = centreX[node];
    double cy = centreY[node];
    int first = newNode(cx - h, cy - h, h);
    newNode(cx + h, cy - h, h);
    newNode(cx - h, cy + h, h);
    newNode(cx + h, cy + h, h);
    firstChild[node] = first;
    int p = point[node];
    int c = first + quadrant(node, massX[node], massY[node]);
    point[c] = p;
    count[c] = count[node];
    massX[c] = massX[node];
    massY[c] = massY[node];
    point[node] = -1;
  }

  private int quadrant(int node, double x, double y) {
    return (x >= centreX[node] ? 1 : 0) + (y >= centreY[node] ? 2 : 0);
  }

  /**
   * The repulsive term for point {@code i}: adds {@code q^2 (y_i - y_j)} summed over all j to
   * {@code force[0..1]} and returns the sum of q = 1 / (1 + |y_i - y_j|^2), cells far enough away
   * ({@code width / distance < theta}) standing in for all their points.
   */
  double repulsion(int i, double x, double y, double theta, double[] force, int[] stack) {
    double[] nodes = packed;
    double sumQ = 0;
    double fx = 0;
    double fy = 0;
    double theta2 = theta * theta;
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
      int o = stack[--top] * 6;
      double m = nodes[o + 3];
      if (m == 0) {
        continue;
      }
      double dx = x - nodes[o];
      double dy = y - nodes[o + 1];
      double d2 = dx * dx + dy * dy;
      int child = (int) nodes[o + 4];
      if (child < 0) {
        if ((int) nodes[o + 5] == i || d2 == 0) {
          m -= 1;
          if (m <= 0) {
            continue;
          }
        }
      } else if (nodes[o + 2] >= theta2 * d2) {
        stack[top++] = child;
        stack[top++] = child + 1;
        stack[top++] = child + 2;
        stack[top++] = child + 3;
        continue;
      }
      double q = 1 / (1 + d2);
      sumQ += m * q;
      double mq2 = m * q * q;
      fx += mq2 * dx;
      fy += mq2 * dy;
    }
    force[0] = fx;
    force[1] = fy;
    return sumQ;
  }

  /** A stack deep enough for any traversal of this tree. */
  int[] newStack() {
    return new int[4 * MAX_DEPTH + 8];
  }
}
