package org.latentexplorer.ui.common.scatter;

/**
 * Where the plot sits inside the view, in pixels, and the conversions between pixels and data
 * units for one window.
 *
 * @param left left edge of the plot area
 * @param top top edge
 * @param width plot width
 * @param height plot height
 * @param window the data window shown
 */
public record PlotArea(double left, double top, double width, double height, ViewWindow window) {

  public double toScreenX(double x) {
    return left + (x - window.xMin()) / window.width() * width;
  }

  public double toScreenY(double y) {
    return top + (window.yMax() - y) / window.height() * height;
  }

  public double toDataX(double sx) {
    return window.xMin() + (sx - left) / width * window.width();
  }

  public double toDataY(double sy) {
    return window.yMax() - (sy - top) / height * window.height();
  }

  public boolean contains(double sx, double sy) {
    return sx >= left && sx <= left + width && sy >= top && sy <= top + height;
  }
}
