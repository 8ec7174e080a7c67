package org.latentexplorer.analysis.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A chart's legend: a swatch and a name a row, in the corner of the plot that covers no marker's
 * label where a corner can, and then hides the least of what is drawn (points, and lines and bars
 * sampled every few pixels; a preferred corner first when several hide as little), so that it does
 * not cover a cluster of a scatter or the peak of a curve.
 */
final class Legend {

  private Legend() {}

  /**
   * @param frame the plot's left, top, width and height in pixels
   * @param pointsPx what is drawn, in pixels (x, y pairs; see {@link Ink}), or empty
   * @param labels the markers' labels drawn, in pixels, that the legend should not cover
   * @param low prefer the lower corners (curves that rise to the right)
   */
  static void draw(
      Graphics2D g, Font font, double[] frame, double[] pointsPx, List<Rectangle2D> labels, boolean low,
      List<String> names, List<Color> colors, List<Boolean> dashes) {
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    int w = names.stream().mapToInt(fm::stringWidth).max().orElse(0) + 34;
    int h = names.size() * 15 + 8;
    double right = frame[0] + frame[2] - w - 6;
    double left = frame[0] + 6;
    double top = frame[1] + 6;
    double bottom = frame[1] + frame[3] - h - 6;
    double[][] corners =
        low
            ? new double[][] {{right, bottom}, {right, top}, {left, top}, {left, bottom}}
            : new double[][] {{right, top}, {right, bottom}, {left, top}, {left, bottom}};
    double[] best = corners[0];
    long fewest = Long.MAX_VALUE;
    for (double[] c : corners) {
      Rectangle2D box = new Rectangle2D.Double(c[0], c[1], w, h);
      // A covered label weighs more than every point together.
      long hidden = labels.stream().filter(box::intersects).count() * (pointsPx.length + 1L);
      for (int i = 0; i + 1 < pointsPx.length; i += 2) {
        if (pointsPx[i] >= c[0] && pointsPx[i] <= c[0] + w
            && pointsPx[i + 1] >= c[1] && pointsPx[i + 1] <= c[1] + h) {
          hidden++;
        }
      }
      if (hidden < fewest) {
        fewest = hidden;
        best = c;
      }
    }
    double x = best[0];
    double y = best[1];
    g.setColor(new Color(255, 255, 255, 225));
    g.fill(new Rectangle2D.Double(x, y, w, h));
    g.setColor(new Color(190, 190, 190));
    g.draw(new Rectangle2D.Double(x, y, w, h));
    Stroke old = g.getStroke();
    for (int i = 0; i < names.size(); i++) {
      double ly = y + 12 + i * 15;
      g.setColor(colors.get(i));
      g.setStroke(
          dashes.get(i)
              ? new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {5, 3}, 0)
              : new BasicStroke(3));
      g.draw(new Line2D.Double(x + 6, ly - 4, x + 24, ly - 4));
      g.setColor(new Color(40, 40, 40));
      g.drawString(names.get(i), (float) (x + 30), (float) ly);
    }
    g.setStroke(old);
  }
}
