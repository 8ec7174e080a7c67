package org.latentexplorer.analysis.plot;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/** A chart's plot area in pixels and the data ranges it shows, with the mapping between them. */
record PlotFrame(double left, double top, double width, double height, double[] xr, double[] yr) {

  double sx(double x) {
    return left + (x - xr[0]) / (xr[1] - xr[0]) * width;
  }

  double sy(double y) {
    return top + (yr[1] - y) / (yr[1] - yr[0]) * height;
  }

  /** Clips drawing to this frame until the clip is restored. */
  Clip clip(Graphics2D g) {
    return new Clip(g, g.getClip());
  }

  /** A clip to the frame, and the clip it replaced. */
  final class Clip {
    private final Graphics2D g;
    private final Shape old;

    private Clip(Graphics2D g, Shape old) {
      this.g = g;
      this.old = old;
      g.clip(new Rectangle2D.Double(left, top, width, height));
    }

    void restore() {
      g.setClip(old);
    }
  }
}
