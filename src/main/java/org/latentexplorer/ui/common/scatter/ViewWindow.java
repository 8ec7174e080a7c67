package org.latentexplorer.ui.common.scatter;

/**
 * The part of the plane the scatter shows, and the mapping between data units and the pixels of
 * the plot area. Immutable: zooming and panning make new windows.
 *
 * @param xMin left edge in data units
 * @param xMax right edge
 * @param yMin bottom edge
 * @param yMax top edge
 */
public record ViewWindow(double xMin, double xMax, double yMin, double yMax) {

  /** A window around points, with a margin, square in data units when {@code square}. */
  public static ViewWindow around(float[] xy, boolean square) {
    double x0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (int i = 0; i + 1 < xy.length; i += 2) {
      if (Float.isFinite(xy[i]) && Float.isFinite(xy[i + 1])) {
        x0 = Math.min(x0, xy[i]);
        x1 = Math.max(x1, xy[i]);
        y0 = Math.min(y0, xy[i + 1]);
        y1 = Math.max(y1, xy[i + 1]);
      }
    }
    if (!(x1 >= x0)) {
      return new ViewWindow(-3, 3, -3, 3);
    }
    double cx = (x0 + x1) / 2;
    double cy = (y0 + y1) / 2;
    double hw = Math.max((x1 - x0) / 2, 1e-3) * 1.08;
    double hh = Math.max((y1 - y0) / 2, 1e-3) * 1.08;
    if (square) {
      hw = hh = Math.max(hw, hh);
    }
    return new ViewWindow(cx - hw, cx + hw, cy - hh, cy + hh);
  }

  /** Zoomed by {@code factor} (above 1 zooms in) around a fixed data point. */
  public ViewWindow zoom(double factor, double cx, double cy) {
    return new ViewWindow(
        cx - (cx - xMin) / factor,
        cx + (xMax - cx) / factor,
        cy - (cy - yMin) / factor,
        cy + (yMax - cy) / factor);
  }

  /** Moved by a distance in data units. */
  public ViewWindow shift(double dx, double dy) {
    return new ViewWindow(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
  }

  public double width() {
    return xMax - xMin;
  }

  public double height() {
    return yMax - yMin;
  }
}
