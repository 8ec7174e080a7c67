package org.latentexplorer.latent.embedding;

import java.util.stream.IntStream;

/**
 * t-SNE's repulsive forces by Barnes-Hut with a group walk (Barnes 1990, "A modified tree code:
 * don't laugh; it runs"): the points are split into groups of nearby points (the cells of the
 * quadtree holding at most {@link #GROUP} points), the tree is walked once per group with the
 * opening test taken against the group's bounding box, and every point of the group is then
 * summed over the same list of cells and points. The sums run over arrays in a loop the JIT turns
 * into vector instructions, which is where the time goes; each point sees every cell from at least
 * as far as its own Barnes-Hut walk would, so the forces are at least as accurate at the same
 * theta.
 */
final class GroupedRepulsion {

  /** The most points in a group. */
  static final int GROUP = 128;

  private final int n;
  private final double theta;
  private final int groupSize;
  private final QuadTree tree = new QuadTree();
  private final int[] groupStart;
  private final double[] sumQ;
  private final ThreadLocal<Workspace> workspaces;

  GroupedRepulsion(int n, double theta) {
    this(n, theta, GROUP);
  }

  GroupedRepulsion(int n, double theta, int groupSize) {
    this.n = n;
    this.theta = theta;
    this.groupSize = groupSize;
    groupStart = new int[n + 1];
    sumQ = new double[n];
    workspaces = ThreadLocal.withInitial(() -> new Workspace(groupSize, tree.newStack()));
  }

  /**
   * Writes each point's unnormalised repulsion, the sum over j of q_ij^2 (y_i - y_j) with
   * q_ij = 1 / (1 + |y_i - y_j|^2), into {@code force} and returns Z, the sum of q_ij over all
   * pairs i != j.
   */
  double repulsion(double[] y, double[] force) {
    tree.build(y, n);
    int groups = tree.groups(groupSize, groupStart);
    IntStream.range(0, groups).parallel().forEach(g -> group(g, y, force));
    double z = 0;
    for (int i = 0; i < n; i++) {
      z += sumQ[i];
    }
    return z;
  }

  private void group(int g, double[] y, double[] force) {
    Workspace w = workspaces.get();
    int[] order = tree.order();
    int from = groupStart[g];
    int size = groupStart[g + 1] - from;
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < size; p++) {
      int i = order[from + p];
      minX = Math.min(minX, y[2 * i]);
      maxX = Math.max(maxX, y[2 * i]);
      minY = Math.min(minY, y[2 * i + 1]);
      maxY = Math.max(maxY, y[2 * i + 1]);
    }
    double originX = (minX + maxX) / 2;
    double originY = (minY + maxY) / 2;
    for (int p = 0; p < size; p++) {
      int i = order[from + p];
      w.px[p] = (float) (y[2 * i] - originX);
      w.py[p] = (float) (y[2 * i + 1] - originY);
      w.fx[p] = 0;
      w.fy[p] = 0;
      w.q[p] = 0;
    }
    tree.interactions(minX, minY, maxX, maxY, theta, w.list, w.stack);
    sum(w, size, originX, originY);
    for (int p = 0; p < size; p++) {
      int i = order[from + p];
      force[2 * i] = w.fx[p];
      force[2 * i + 1] = w.fy[p];
      sumQ[i] = w.q[p] - 1;
    }
  }

  /** Every point of the group against every body of its list (the point itself adds q = 1). */
  private static void sum(Workspace w, int size, double originX, double originY) {
    float[] px = w.px;
    float[] py = w.py;
    float[] fx = w.fx;
    float[] fy = w.fy;
    float[] sq = w.q;
    QuadTree.Interactions list = w.list;
    for (int e = 0; e < list.size; e++) {
      float cx = (float) (list.x[e] - originX);
      float cy = (float) (list.y[e] - originY);
      float m = (float) list.mass[e];
      for (int p = 0; p < size; p++) {
        float dx = px[p] - cx;
        float dy = py[p] - cy;
        float q = 1 / (1 + dx * dx + dy * dy);
        float mq = m * q;
        sq[p] += mq;
        float mq2 = mq * q;
        fx[p] += mq2 * dx;
        fy[p] += mq2 * dy;
      }
    }
  }

  /** One thread's buffers. */
  private static final class Workspace {
    final float[] px;
    final float[] py;
    final float[] fx;
    final float[] fy;
    final float[] q;
    final QuadTree.Interactions list = new QuadTree.Interactions();
    final int[] stack;

    Workspace(int size, int[] stack) {
      px = new float[size];
      py = new float[size];
      fx = new float[size];
      fy = new float[size];
      q = new float[size];
      this.stack = stack;
    }
  }
}
