package org.latentexplorer.ui.common.scatter;

import java.util.Arrays;
import java.util.List;

/**
 * Draws many points as small translucent discs into an ARGB (premultiplied) pixel array: the
 * scatter's fast path, tens of thousands of points in milliseconds, no scene-graph nodes.
 */
final class PointRaster {

  static final int BACKGROUND = 0xffffffff;

  private PointRaster() {}

  /**
   * Draws the visible points.
   *
   * @param pixels the target, {@code width x height}, overwritten
   * @param xy the points, {@code count x 2}, in data units
   * @param labels each point's class (may be negative: unlabelled)
   * @param visible which classes to draw, by label (null: all)
   * @param colors RGB per class, by label
   * @param area the plot area and window
   * @param radius the disc radius in pixels
   * @param alpha the opacity of a disc, 0 to 1
   */
  static void draw(
      int[] pixels,
      int width,
      int height,
      float[] xy,
      int[] labels,
      boolean[] visible,
      int[] colors,
      PlotArea area,
      double radius,
      double alpha,
      List<Underlay> underlays) {
    Arrays.fill(pixels, BACKGROUND);
    for (Underlay u : underlays) {
      paint(pixels, width, height, u, area);
    }
    int r = (int) Math.ceil(radius);
    double r2 = radius * radius;
    int a = (int) Math.round(alpha * 256);
    int left = (int) Math.floor(area.left());
    int top = (int) Math.floor(area.top());
    int right = Math.min(width - 1, (int) Math.ceil(area.left() + area.width()));
    int bottom = Math.min(height - 1, (int) Math.ceil(area.top() + area.height()));
    int count = Math.min(labels.length, xy.length / 2);
    for (int i = 0; i < count; i++) {
      int label = labels[i];
      if (visible != null && label >= 0 && label < visible.length && !visible[label]) {
        continue;
      }
      double sx = area.toScreenX(xy[2 * i]);
      double sy = area.toScreenY(xy[2 * i + 1]);
      int cx = (int) Math.round(sx);
      int cy = (int) Math.round(sy);
      if (cx < left - r || cx > right + r || cy < top - r || cy > bottom + r) {
        continue;
      }
      int color = label >= 0 && label < colors.length ? colors[label] : 0x888888;
      int cr = color >> 16 & 0xff;
      int cg = color >> 8 & 0xff;
      int cb = color & 0xff;
      for (int dy = -r; dy <= r; dy++) {
        int y = cy + dy;
        if (y < top || y > bottom) {
          continue;
        }
        for (int dx = -r; dx <= r; dx++) {
          int x = cx + dx;
          if (x < left || x > right || dx * dx + dy * dy > r2) {
            continue;
          }
          int p = y * width + x;
          int old = pixels[p];
          int or = old >> 16 & 0xff;
          int og = old >> 8 & 0xff;
          int ob = old & 0xff;
          int nr = or + ((cr - or) * a >> 8);
          int ng = og + ((cg - og) * a >> 8);
          int nb = ob + ((cb - ob) * a >> 8);
          pixels[p] = 0xff000000 | nr << 16 | ng << 8 | nb;
        }
      }
    }
  }

  /** Paints a picture over its rectangle of the plane, nearest-neighbour, clipped to the plot. */
  private static void paint(int[] pixels, int width, int height, Underlay u, PlotArea area) {
    int x0 = (int) Math.max(Math.floor(area.left()), Math.round(area.toScreenX(u.x0())));
    int x1 = (int) Math.min(Math.min(width, Math.ceil(area.left() + area.width())), Math.round(area.toScreenX(u.x1())));
    int y0 = (int) Math.max(Math.floor(area.top()), Math.round(area.toScreenY(u.y1())));
    int y1 = (int) Math.min(Math.min(height, Math.ceil(area.top() + area.height())), Math.round(area.toScreenY(u.y0())));
    double sx = area.toScreenX(u.x0());
    double sw = area.toScreenX(u.x1()) - sx;
    double sy = area.toScreenY(u.y1());
    double sh = area.toScreenY(u.y0()) - sy;
    if (sw <= 0 || sh <= 0) {
      return;
    }
    for (int y = Math.max(0, y0); y < y1; y++) {
      int v = (int) ((y + 0.5 - sy) / sh * u.height());
      if (v < 0 || v >= u.height()) {
        continue;
      }
      for (int x = Math.max(0, x0); x < x1; x++) {
        int h = (int) ((x + 0.5 - sx) / sw * u.width());
        if (h >= 0 && h < u.width()) {
          pixels[y * width + x] = u.argb()[v * u.width() + h];
        }
      }
    }
  }
}
