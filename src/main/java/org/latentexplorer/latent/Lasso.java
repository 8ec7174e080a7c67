package org.latentexplorer.latent;

import java.util.function.IntPredicate;

/**
 * The points of a plane inside a closed loop drawn around them, by the even-odd rule: a point is
 * inside when a ray from it crosses the loop's edges an odd number of times (the crossing-number
 * test of computational geometry, as in O'Rourke, <i>Computational Geometry in C</i>, 1998, 7.4).
 * The loop closes itself from its last corner back to its first; a loop that crosses itself
 * selects what it encloses an odd number of times.
 */
public final class Lasso {

  private Lasso() {}

  /**
   * The points inside a loop.
   *
   * @param xy the points, {@code n x 2}, row-major
   * @param loop the loop's corners, {@code k x 2}, row-major; fewer than three select nothing
   * @param counted which points may be selected (those drawn)
   * @return the indices of the points inside, ascending
   */
  public static int[] inside(float[] xy, float[] loop, IntPredicate counted) {
    int corners = loop.length / 2;
    if (corners < 3) {
      return new int[0];
    }
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < corners; c++) {
      xMin = Math.min(xMin, loop[2 * c]);
      xMax = Math.max(xMax, loop[2 * c]);
      yMin = Math.min(yMin, loop[2 * c + 1]);
      yMax = Math.max(yMax, loop[2 * c + 1]);
    }
    int[] found = new int[xy.length / 2];
    int count = 0;
    for (int i = 0; i < xy.length / 2; i++) {
      double x = xy[2 * i];
      double y = xy[2 * i + 1];
      if (x >= xMin && x <= xMax && y >= yMin && y <= yMax && counted.test(i) && encloses(loop, corners, x, y)) {
        found[count++] = i;
      }
    }
    return java.util.Arrays.copyOf(found, count);
  }

  /** Whether a horizontal ray to the right of (x, y) crosses the loop's edges an odd number of times. */
  static boolean encloses(float[] loop, int corners, double x, double y) {
    boolean in = false;
    for (int a = 0, b = corners - 1; a < corners; b = a++) {
      double ya = loop[2 * a + 1];
      double yb = loop[2 * b + 1];
      if ((ya > y) != (yb > y)) {
        double xa = loop[2 * a];
        double xb = loop[2 * b];
        double crossX = xa + (y - ya) * (xb - xa) / (yb - ya);
        if (x < crossX) {
          in = !in;
        }
      }
    }
    return in;
  }
}
