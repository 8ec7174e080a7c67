package org.latentexplorer.analysis.plot;

import java.util.Arrays;

/**
 * What a chart's legend should not hide, as pixel positions inside the plot: its points, and its
 * lines and bars sampled every few pixels, so that a corner is weighed by how much it would cover.
 */
final class Ink {

  private static final double STEP = 3;

  private final double left;
  private final double top;
  private final double right;
  private final double bottom;
  private double[] xy = new double[256];
  private int size;

  Ink(double left, double top, double width, double height) {
    this.left = left;
    this.top = top;
    this.right = left + width;
    this.bottom = top + height;
  }

  void point(double x, double y) {
    if (!(x >= left && x <= right && y >= top && y <= bottom)) {
      return;
    }
    if (size + 2 > xy.length) {
      xy = Arrays.copyOf(xy, xy.length * 2);
    }
    xy[size++] = x;
    xy[size++] = y;
  }

  /** A line from (x0, y0) to (x1, y1); nothing when an end is not a number. */
  void segment(double x0, double y0, double x1, double y1) {
    if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) {
      return;
    }
    int steps = (int) Math.min(4096, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / STEP));
    for (int s = 0; s <= steps; s++) {
      double t = steps == 0 ? 0 : s / (double) steps;
      point(x0 + t * (x1 - x0), y0 + t * (y1 - y0));
    }
  }

  /** A filled rectangle between two corners, the part inside the plot. */
  void rect(double x0, double y0, double x1, double y1) {
    double xa = Math.max(left, Math.min(x0, x1));
    double xb = Math.min(right, Math.max(x0, x1));
    double ya = Math.max(top, Math.min(y0, y1));
    double yb = Math.min(bottom, Math.max(y0, y1));
    for (double x = xa; x <= xb; x += STEP) {
      for (double y = ya; y <= yb; y += STEP) {
        point(x, y);
      }
    }
  }

  double[] toArray() {
    return Arrays.copyOf(xy, size);
  }
}
