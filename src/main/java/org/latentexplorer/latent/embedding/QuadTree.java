package org.latentexplorer.latent.embedding;

import java.util.Arrays;

/**
 * The Barnes-Hut space-partitioning tree of a 2-D embedding (van der Maaten 2014): each cell
 * keeps how many points it holds and their centre of mass, so that a far cell's pull on a point
 * is computed once for all its points. Built top-down every t-SNE iteration by splitting each
 * cell's points into its quadrants in place, so every cell's points lie together in
 * {@link #order()}; a cell of at most {@link #LEAF} points is not split further.
 */
final class QuadTree {

  /** The most points in a leaf. */
  static final int LEAF = 8;

  private static final int MAX_DEPTH = 48;
  private static final int FIELDS = 6;

  /**
   * Per cell: centre of mass x, y, squared width, number of points, first of its four children
   * (-1 for a leaf) and where its points begin in {@link #order}.
   */
  private double[] cells = new double[16 * FIELDS];

  private int size;
  private int points = -1;
  private int[] order = new int[0];
  private double[] sortedX = new double[0];
  private double[] sortedY = new double[0];

  /**
   * Rebuilds the tree over the points {@code y = [x0, y0, x1, y1, ...]}, starting from the last
   * tree's {@link #order()} when it had as many points (the splitting then barely changes it),
   * from index order otherwise.
   */
  void build(double[] y, int n) {
    if (points != n) {
      order = new int[n];
      sortedX = new double[n];
      sortedY = new double[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
    }
    size = 0;
    points = n;
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
    int root = newCell();
    fill(root, y, 0, n, (minX + maxX) / 2, (minY + maxY) / 2, h, 0);
    for (int k = 0; k < n; k++) {
      sortedX[k] = y[2 * order[k]];
      sortedY[k] = y[2 * order[k] + 1];
    }
  }

  /** The points cell by cell, depth first: neighbours in the plane are near each other here. */
  int[] order() {
    return order;
  }

  /** The number of cells. */
  int cells() {
    return size;
  }

  private int newCell() {
    if ((size + 1) * FIELDS > cells.length) {
      cells = Arrays.copyOf(cells, cells.length * 2);
    }
    return size++;
  }

  private void fill(
      int cell, double[] y, int from, int to, double cx, double cy, double h, int depth) {
    int o = cell * FIELDS;
    int m = to - from;
    double width = 2 * h;
    cells[o + 2] = width * width;
    cells[o + 3] = m;
    cells[o + 5] = from;
    if (m <= LEAF || depth >= MAX_DEPTH) {
      double sx = 0;
      double sy = 0;
      for (int k = from; k < to; k++) {
        sx += y[2 * order[k]];
        sy += y[2 * order[k] + 1];
      }
      cells[o] = m > 0 ? sx / m : 0;
      cells[o + 1] = m > 0 ? sy / m : 0;
      cells[o + 4] = -1;
      return;
    }
    int lowerEnd = partition(y, 1, cy, from, to);
    int b1 = partition(y, 0, cx, from, lowerEnd);
    int b3 = partition(y, 0, cx, lowerEnd, to);
    double q = h / 2;
    int first = newCell();
    newCell();
    newCell();
    newCell();
    fill(first, y, from, b1, cx - q, cy - q, q, depth + 1);
    fill(first + 1, y, b1, lowerEnd, cx + q, cy - q, q, depth + 1);
    fill(first + 2, y, lowerEnd, b3, cx - q, cy + q, q, depth + 1);
    fill(first + 3, y, b3, to, cx + q, cy + q, q, depth + 1);
    double sx = 0;
    double sy = 0;
    for (int c = first; c < first + 4; c++) {
      int oc = c * FIELDS;
      sx += cells[oc] * cells[oc + 3];
      sy += cells[oc + 1] * cells[oc + 3];
    }
    cells[o] = sx / m;
    cells[o + 1] = sy / m;
    cells[o + 4] = first;
  }

  /** Moves the points in [from, to) whose coordinate {@code axis} is below {@code split} first. */
  private int partition(double[] y, int axis, double split, int from, int to) {
    int i = from;
    int j = to - 1;
    while (true) {
      while (i <= j && y[2 * order[i] + axis] < split) {
        i++;
      }
      while (i <= j && y[2 * order[j] + axis] >= split) {
        j--;
      }
      if (i >= j) {
        return i;
      }
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      i++;
      j--;
    }
  }

  /**
   * Splits the points into groups for a group walk: each group is the points of a cell holding at
   * most {@code maxPoints} whose parent holds more (a leaf of more, made of points that coincide,
   * is cut into pieces), so a group's points are near each other and lie together in
   * {@link #order()}.
   *
   * @param groupStart receives where each group begins in {@link #order()} (length at least
   *     n + 1); {@code groupStart[groups] = n}
   * @return the number of groups
   */
  int groups(int maxPoints, int[] groupStart) {
    int groups = 0;
    int[] stack = newStack();
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
      int o = stack[--top] * FIELDS;
      int m = (int) cells[o + 3];
      int first = (int) cells[o + 4];
      if (m == 0) {
        continue;
      }
      if (m <= maxPoints || first < 0) {
        for (int k = 0; k < m; k += maxPoints) {
          groupStart[groups++] = (int) cells[o + 5] + k;
        }
        continue;
      }
      stack[top++] = first + 3;
      stack[top++] = first + 2;
      stack[top++] = first + 1;
      stack[top++] = first;
    }
    groupStart[groups] = points;
    return groups;
  }

  /**
   * The interaction list of a group of points inside the box {@code [minX, maxX] x [minY, maxY]}
   * (Barnes 1990): every cell far enough from the whole box ({@code width / distance < theta},
   * the distance from the cell's centre of mass to the nearest point of the box) as one body of
   * its points' mass at their centre of mass, and every point of the leaves nearer on its own.
   * Each point of the box then sees each cell at least as far away as the box does, so its
   * forces are at least as accurate as its own walk would give; the list holds the group's own
   * points too.
   */
  void interactions(
      double minX, double minY, double maxX, double maxY, double theta, Interactions out,
      int[] stack) {
    double[] c = cells;
    double theta2 = theta * theta;
    out.size = 0;
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
      int o = stack[--top] * FIELDS;
      double m = c[o + 3];
      if (m == 0) {
        continue;
      }
      double cx = c[o];
      double cy = c[o + 1];
      double dx = Math.max(0, Math.max(minX - cx, cx - maxX));
      double dy = Math.max(0, Math.max(minY - cy, cy - maxY));
      if (c[o + 2] < theta2 * (dx * dx + dy * dy)) {
        out.add(cx, cy, m);
        continue;
      }
      int first = (int) c[o + 4];
      if (first >= 0) {
        stack[top++] = first;
        stack[top++] = first + 1;
        stack[top++] = first + 2;
        stack[top++] = first + 3;
        continue;
      }
      int from = (int) c[o + 5];
      for (int k = from; k < from + (int) m; k++) {
        out.add(sortedX[k], sortedY[k], 1);
      }
    }
  }

  /** Bodies a group of points interacts with: positions and masses, growing as needed. */
  static final class Interactions {
    double[] x = new double[1024];
    double[] y = new double[1024];
    double[] mass = new double[1024];
    int size;

    void add(double px, double py, double m) {
      if (size == x.length) {
        x = Arrays.copyOf(x, size * 2);
        y = Arrays.copyOf(y, size * 2);
        mass = Arrays.copyOf(mass, size * 2);
      }
      x[size] = px;
      y[size] = py;
      mass[size++] = m;
    }
  }

  /** A stack deep enough for any walk of this tree. */
  int[] newStack() {
    return new int[4 * MAX_DEPTH + 8];
  }
}
