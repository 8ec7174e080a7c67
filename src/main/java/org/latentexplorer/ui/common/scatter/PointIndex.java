package org.latentexplorer.ui.common.scatter;

import java.util.Arrays;

/**
 * Finds the data point nearest a pixel: points are bucketed by screen cell after each draw, so
 * hovering over 70,000 points looks at a handful.
 */
final class PointIndex {

  private static final int CELL = 8;

  private final int columns;
  private final int rows;
  private final int[] start;
  private final int[] members;
  private final float[] screen;

  private PointIndex(int columns, int rows, int[] start, int[] members, float[] screen) {
    this.columns = columns;
    this.rows = rows;
    this.start = start;
    this.members = members;
    this.screen = screen;
  }

  static PointIndex build(
      float[] xy, int[] labels, boolean[] visible, PlotArea area, int width, int height) {
    int columns = Math.max(1, width / CELL + 1);
    int rows = Math.max(1, height / CELL + 1);
    int count = Math.min(labels.length, xy.length / 2);
    float[] screen = new float[count * 2];
    int[] cellOf = new int[count];
    int[] counts = new int[columns * rows + 1];
    for (int i = 0; i < count; i++) {
      int label = labels[i];
      double sx = area.toScreenX(xy[2 * i]);
      double sy = area.toScreenY(xy[2 * i + 1]);
      screen[2 * i] = (float) sx;
      screen[2 * i + 1] = (float) sy;
      boolean shown = visible == null || label < 0 || label >= visible.length || visible[label];
      int cx = (int) Math.floor(sx / CELL);
      int cy = (int) Math.floor(sy / CELL);
      if (!shown || !area.contains(sx, sy) || cx < 0 || cy < 0 || cx >= columns || cy >= rows) {
        cellOf[i] = -1;
        continue;
      }
      int c = cx + columns * cy;
      cellOf[i] = c;
      counts[c + 1]++;
    }
    for (int c = 0; c < columns * rows; c++) {
      counts[c + 1] += counts[c];
    }
    int[] start = counts.clone();
    int[] fill = Arrays.copyOf(counts, counts.length);
    int[] members = new int[counts[columns * rows]];
    for (int i = 0; i < count; i++) {
      if (cellOf[i] >= 0) {
        members[fill[cellOf[i]]++] = i;
      }
    }
    return new PointIndex(columns, rows, start, members, screen);
  }

  /** The nearest visible point within {@code maxDistance} pixels, or -1. */
  int nearest(double sx, double sy, double maxDistance) {
    int reach = (int) Math.ceil(maxDistance / CELL);
    int cx = (int) (sx / CELL);
    int cy = (int) (sy / CELL);
    int best = -1;
    double bestD = maxDistance * maxDistance;
    for (int y = Math.max(0, cy - reach); y <= Math.min(rows - 1, cy + reach); y++) {
      for (int x = Math.max(0, cx - reach); x <= Math.min(columns - 1, cx + reach); x++) {
        int c = x + columns * y;
        for (int k = start[c]; k < start[c + 1]; k++) {
          int i = members[k];
          double dx = screen[2 * i] - sx;
          double dy = screen[2 * i + 1] - sy;
          double d = dx * dx + dy * dy;
          if (d <= bestD) {
            bestD = d;
            best = i;
          }
        }
      }
    }
    return best;
  }

  /** Where point {@code i} was drawn, {x, y} in pixels. */
  double[] screenOf(int i) {
    return new double[] {screen[2 * i], screen[2 * i + 1]};
  }
}
