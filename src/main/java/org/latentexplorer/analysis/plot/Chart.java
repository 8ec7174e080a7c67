package org.latentexplorer.analysis.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A small chart drawn with Java2D, the same in the window and in {@code analyze}'s PNG files:
 * lines, bars, points and images placed in data units, with nice ticks, a grid and a legend.
 */
public final class Chart {

  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private record Line(String name, double[] x, double[] y, Color color, boolean dashed, float width) {}

  private record Bars(String name, double[] x, double[] height, double width, Color color) {}

  private record Points(double[] xy, int[] argb, double radius) {}

  private record Picture(BufferedImage image, double x0, double x1, double y0, double y1) {}

  private record Marker(double x, String label, Color color) {}

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Line> lines = new ArrayList<>();
  private final List<Bars> bars = new ArrayList<>();
  private final List<Points> points = new ArrayList<>();
  private final List<Picture> pictures = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private String[] categories;
  private double[] xRange;
  private double[] yRange;
  private boolean equalAspect;
  private boolean legend = true;
  private boolean legendLow;

  public Chart(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  public Chart line(String name, double[] x, double[] y, Color color, boolean dashed) {
    lines.add(new Line(name, x, y, color, dashed, 2f));
    return this;
  }

  /** A thin line (for many overlaid series). */
  public Chart thinLine(String name, double[] x, double[] y, Color color) {
    lines.add(new Line(name, x, y, color, false, 1.2f));
    return this;
  }

  public Chart bars(String name, double[] x, double[] height, double width, Color color) {
    bars.add(new Bars(name, x, height, width, color));
    return this;
  }

  /** Points at {@code xy} pairs, each with its own ARGB colour. */
  public Chart points(double[] xy, int[] argb, double radius) {
    points.add(new Points(xy, argb, radius));
    return this;
  }

  /** An image stretched over a rectangle in data units (drawn first, under everything). */
  public Chart picture(BufferedImage image, double x0, double x1, double y0, double y1) {
    pictures.add(new Picture(image, x0, x1, y0, y1));
    return this;
  }

  /**
   * A labelled vertical line. One beyond the x range stands at the frame's nearer edge, its label
   * with an arrow pointing the way it lies.
   */
  public Chart marker(double x, String label, Color color) {
    markers.add(new Marker(x, label, color));
    return this;
  }

  /** Names for the integer x positions 0, 1, 2, ... (a bar chart of categories). */
  public Chart categories(String... names) {
    categories = names.clone();
    return this;
  }

  public Chart xRange(double min, double max) {
    xRange = new double[] {min, max};
    return this;
  }

  public Chart yRange(double min, double max) {
    yRange = new double[] {min, max};
    return this;
  }

  /** One unit as long across as up (a latent plane). */
  public Chart equalAspect() {
    equalAspect = true;
    return this;
  }

  /** The legend in the lower right corner (for curves that rise to the right). */
  public Chart legendLow() {
    legendLow = true;
    return this;
  }

  public Chart noLegend() {
    legend = false;
    return this;
  }

  /** Draws the chart. */
  public BufferedImage render(int width, int height) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      double left = 62;
      double right = 14;
      double top = title.isEmpty() ? 12 : 30;
      double bottom = 46;
      double pw = width - left - right;
      double ph = height - top - bottom;
      double[] xr = xRange != null ? xRange : range(true);
      double[] yr = yRange != null ? yRange : range(false);
      if (equalAspect) {
        double perPixel = Math.max((xr[1] - xr[0]) / pw, (yr[1] - yr[0]) / ph);
        double cx = (xr[0] + xr[1]) / 2;
        double cy = (yr[0] + yr[1]) / 2;
        xr = new double[] {cx - perPixel * pw / 2, cx + perPixel * pw / 2};
        yr = new double[] {cy - perPixel * ph / 2, cy + perPixel * ph / 2};
      }
      PlotFrame f = new PlotFrame(left, top, pw, ph, xr, yr);
      g.setFont(TITLE);
      g.setColor(new Color(30, 30, 30));
      g.drawString(title, (float) left, 20f);
      drawGrid(g, f);
      PlotFrame.Clip clip = f.clip(g);
      for (Picture p : pictures) {
        int x0 = (int) Math.round(f.sx(p.x0));
        int x1 = (int) Math.round(f.sx(p.x1));
        int y0 = (int) Math.round(f.sy(p.y1));
        int y1 = (int) Math.round(f.sy(p.y0));
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(p.image, x0, y0, x1 - x0, y1 - y0, null);
      }
      for (Bars b : bars) {
        g.setColor(b.color);
        for (int i = 0; i < b.x.length; i++) {
          double x0 = f.sx(b.x[i] - b.width / 2);
          double x1 = f.sx(b.x[i] + b.width / 2);
          double y0 = f.sy(Math.max(0, Math.min(yr[1], b.height[i])));
          double base = f.sy(Math.max(yr[0], 0));
          g.fill(new Rectangle2D.Double(x0, Math.min(y0, base), Math.max(1, x1 - x0 - 1), Math.abs(base - y0)));
        }
      }
      for (Line l : lines) {
        g.setColor(l.color);
        g.setStroke(
            l.dashed
                ? new BasicStroke(l.width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {6, 4}, 0)
                : new BasicStroke(l.width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double path = new Path2D.Double();
        boolean started = false;
        for (int i = 0; i < l.x.length; i++) {
          if (!Double.isFinite(l.y[i])) {
            started = false;
            continue;
          }
          if (!started) {
            path.moveTo(f.sx(l.x[i]), f.sy(l.y[i]));
            started = true;
          } else {
            path.lineTo(f.sx(l.x[i]), f.sy(l.y[i]));
          }
        }
        g.draw(path);
      }
      g.setStroke(new BasicStroke(1));
      for (Points p : points) {
        for (int i = 0; i + 1 < p.xy.length; i += 2) {
          int c = p.argb[i / 2];
          g.setColor(new Color(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff, c >>> 24));
          g.fill(
              new Ellipse2D.Double(
                  f.sx(p.xy[i]) - p.radius, f.sy(p.xy[i + 1]) - p.radius, 2 * p.radius, 2 * p.radius));
        }
      }
      List<Rectangle2D> labels = new ArrayList<>();
      for (Marker m : markers) {
        g.setColor(m.color);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {4, 3}, 0));
        double sx = f.sx(m.x);
        boolean beyondRight = sx > f.left() + f.width();
        boolean beyondLeft = sx < f.left();
        sx = beyondRight ? f.left() + f.width() - 1 : beyondLeft ? f.left() + 1 : sx;
        String label = m.label.isEmpty() ? ""
            : beyondRight ? m.label + " \u2192" : beyondLeft ? "\u2190 " + m.label : m.label;
        g.draw(new Line2D.Double(sx, f.top(), sx, f.top() + f.height()));
        g.setFont(SMALL);
        FontMetrics fm = g.getFontMetrics();
        double at = beyondRight ? sx - 4 - fm.stringWidth(label) : sx + 4;
        g.drawString(label, (float) at, (float) f.top() + 14);
        if (!label.isEmpty()) {
          labels.add(new Rectangle2D.Double(at, f.top() + 14 - fm.getAscent(), fm.stringWidth(label), fm.getHeight()));
        }
      }
      clip.restore();
      drawAxes(g, f);
      if (legend) {
        drawLegend(g, f, labels);
      }
    } finally {
      g.dispose();
    }
    return out;
  }

  private double[] range(boolean x) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Line l : lines) {
      for (double v : x ? l.x : l.y) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    for (Bars b : bars) {
      for (int i = 0; i < b.x.length; i++) {
        if (x) {
          lo = Math.min(lo, b.x[i] - b.width / 2);
          hi = Math.max(hi, b.x[i] + b.width / 2);
        } else {
          lo = Math.min(lo, Math.min(0, b.height[i]));
          hi = Math.max(hi, b.height[i]);
        }
      }
    }
    for (Points p : points) {
      for (int i = x ? 0 : 1; i < p.xy.length; i += 2) {
        lo = Math.min(lo, p.xy[i]);
        hi = Math.max(hi, p.xy[i]);
      }
    }
    for (Picture p : pictures) {
      lo = Math.min(lo, x ? p.x0 : p.y0);
      hi = Math.max(hi, x ? p.x1 : p.y1);
    }
    if (!(hi >= lo)) {
      return new double[] {0, 1};
    }
    double pad = (hi - lo) * (x ? 0.02 : 0.06);
    if (pad == 0) {
      pad = Math.max(1e-3, Math.abs(hi) * 0.1);
    }
    double min = lo - pad;
    if (!x && lo >= 0 && points.isEmpty() && pictures.isEmpty()) {
      min = 0;
    }
    return new double[] {min, hi + pad};
  }

  private void drawGrid(Graphics2D g, PlotFrame f) {
    g.setColor(new Color(236, 236, 236));
    g.setStroke(new BasicStroke(1));
    if (categories == null) {
      for (double v : Ticks.between(f.xr()[0], f.xr()[1], (int) Math.max(2, f.width() / 90))) {
        g.draw(new Line2D.Double(f.sx(v), f.top(), f.sx(v), f.top() + f.height()));
      }
    }
    for (double v : Ticks.between(f.yr()[0], f.yr()[1], (int) Math.max(2, f.height() / 55))) {
      g.draw(new Line2D.Double(f.left(), f.sy(v), f.left() + f.width(), f.sy(v)));
    }
  }

  private void drawAxes(Graphics2D g, PlotFrame f) {
    g.setColor(new Color(70, 70, 70));
    g.setStroke(new BasicStroke(1));
    g.draw(new Rectangle2D.Double(f.left(), f.top(), f.width(), f.height()));
    g.setFont(SMALL);
    FontMetrics fm = g.getFontMetrics();
    if (categories != null) {
      int every = Math.max(1, (int) Math.ceil(categories.length * 34.0 / f.width()));
      for (int i = 0; i < categories.length; i += every) {
        double sx = f.sx(i);
        String s = categories[i];
        g.drawString(s, (float) (sx - fm.stringWidth(s) / 2.0), (float) (f.top() + f.height() + 15));
      }
    } else {
      int target = (int) Math.max(2, f.width() / 90);
      double step = Ticks.step(f.xr()[1] - f.xr()[0], target);
      for (double v : Ticks.between(f.xr()[0], f.xr()[1], target)) {
        double sx = f.sx(v);
        g.draw(new Line2D.Double(sx, f.top() + f.height(), sx, f.top() + f.height() + 4));
        String s = Ticks.label(v, step);
        g.drawString(s, (float) (sx - fm.stringWidth(s) / 2.0), (float) (f.top() + f.height() + 16));
      }
    }
    int target = (int) Math.max(2, f.height() / 55);
    double step = Ticks.step(f.yr()[1] - f.yr()[0], target);
    for (double v : Ticks.between(f.yr()[0], f.yr()[1], target)) {
      double sy = f.sy(v);
      g.draw(new Line2D.Double(f.left() - 4, sy, f.left(), sy));
      String s = Ticks.label(v, step);
      g.drawString(s, (float) (f.left() - 6 - fm.stringWidth(s)), (float) (sy + 4));
    }
    g.setFont(LABEL);
    fm = g.getFontMetrics();
    g.drawString(xLabel, (float) (f.left() + f.width() / 2 - fm.stringWidth(xLabel) / 2.0), (float) (f.top() + f.height() + 36));
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    g.drawString(yLabel, (float) (-(f.top() + f.height() / 2) - fm.stringWidth(yLabel) / 2.0), 16f);
    g.setTransform(saved);
  }

  private void drawLegend(Graphics2D g, PlotFrame f, List<Rectangle2D> labels) {
    List<String> names = new ArrayList<>();
    List<Color> colors = new ArrayList<>();
    List<Boolean> dashes = new ArrayList<>();
    for (Bars b : bars) {
      if (b.name != null && !b.name.isEmpty()) {
        names.add(b.name);
        colors.add(b.color);
        dashes.add(false);
      }
    }
    for (Line l : lines) {
      if (l.name != null && !l.name.isEmpty()) {
        names.add(l.name);
        colors.add(l.color);
        dashes.add(l.dashed);
      }
    }
    if (names.isEmpty() || names.size() > 16) {
      return;
    }
    Ink ink = new Ink(f.left(), f.top(), f.width(), f.height());
    for (Points p : points) {
      for (int i = 0; i + 1 < p.xy.length; i += 2) {
        ink.point(f.sx(p.xy[i]), f.sy(p.xy[i + 1]));
      }
    }
    for (Line l : lines) {
      for (int i = 0; i + 1 < l.x.length; i++) {
        ink.segment(f.sx(l.x[i]), f.sy(l.y[i]), f.sx(l.x[i + 1]), f.sy(l.y[i + 1]));
      }
    }
    for (Bars b : bars) {
      for (int i = 0; i < b.x.length; i++) {
        ink.rect(f.sx(b.x[i] - b.width / 2), f.sy(Math.max(0, b.height[i])),
            f.sx(b.x[i] + b.width / 2), f.sy(Math.min(0, b.height[i])));
      }
    }
    Legend.draw(
        g, SMALL, new double[] {f.left(), f.top(), f.width(), f.height()}, ink.toArray(), labels, legendLow,
        names, colors, dashes);
  }
}