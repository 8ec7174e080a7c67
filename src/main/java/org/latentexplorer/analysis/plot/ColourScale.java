package org.latentexplorer.analysis.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * A sequential colour scale from dark blue through green to yellow, perceptually even and readable
 * in grey and by colour-blind viewers (the anchor colours of matplotlib's "viridis"), for heat maps
 * and their colour bars, the same in the window and in the PNG files.
 *
 * @param min the value drawn darkest
 * @param max the value drawn brightest
 * @param unit what the values are, written beside the bar
 */
public record ColourScale(double min, double max, String unit) {

  private static final int[] ANCHORS = {
    0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725
  };

  /** The colour of a value, ARGB, opaque; values outside the range take the end colours. */
  public int argb(double value) {
    double t = max > min ? (value - min) / (max - min) : 0.5;
    if (!(t > 0)) {
      t = 0;
    }
    t = Math.min(1, t) * (ANCHORS.length - 1);
    int i = Math.min(ANCHORS.length - 2, (int) t);
    double f = t - i;
    int a = ANCHORS[i];
    int b = ANCHORS[i + 1];
    int r = mix(a >> 16, b >> 16, f);
    int g = mix(a >> 8, b >> 8, f);
    int bl = mix(a, b, f);
    return 0xff000000 | r << 16 | g << 8 | bl;
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
  }

  /** The scale over the finite values given (a constant map gets a range of its value +- 0.5). */
  public static ColourScale over(double[] values, String unit) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) {
      return new ColourScale(0, 1, unit);
    }
    return hi > lo ? new ColourScale(lo, hi, unit) : new ColourScale(lo - 0.5, hi + 0.5, unit);
  }

  /** The colours of values, ARGB; non-finite values are grey. */
  public int[] argb(double[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.isFinite(values[i]) ? argb(values[i]) : 0xff808080;
    }
    return out;
  }

  /** The image of a grid of values, row 0 at the top; non-finite values are drawn grey. */
  public BufferedImage image(double[] values, int columns, int rows) {
    BufferedImage out = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_ARGB);
    out.setRGB(0, 0, columns, rows, argb(values), 0, columns);
    return out;
  }

  /** A vertical colour bar with the range's ends and middle written beside it, and the unit. */
  public BufferedImage bar(int width, int height) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      int top = 40;
      int bottom = height - 40;
      for (int y = top; y <= bottom; y++) {
        g.setColor(new Color(argb(max - (max - min) * (y - top) / Math.max(1, bottom - top))));
        g.drawLine(8, y, 26, y);
      }
      g.setColor(Color.DARK_GRAY);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      g.drawString(label(max), 30, top + 4);
      g.drawString(label((min + max) / 2), 30, (top + bottom) / 2 + 4);
      g.drawString(label(min), 30, bottom + 4);
      g.drawString(unit, 4, height - 14);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static String label(double v) {
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
