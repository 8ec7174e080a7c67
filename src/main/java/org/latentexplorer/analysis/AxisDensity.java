package org.latentexplorer.analysis;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.analysis.plot.ClassColors;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.latent.ChiDistribution;
import org.latentexplorer.latent.DimensionStatistics;
import org.latentexplorer.latent.Histogram;

/**
 * Number density of the encoded data: along each latent axis (one histogram an axis, with each
 * axis's centre and width and the axes that stray from the prior singled out), and against the
 * radius ||z||, beside the chi distribution a standard normal of the same dimension would give.
 *
 * @param binWidth the width of the axis histograms' bins, latent units
 * @param axes one histogram a latent axis
 * @param statistics each axis's centre (mean) and width (sd)
 * @param notes for each axis, what sets it apart from N(0, 1) ("off-centre", "wide", "narrow"), or
 *     an empty string
 * @param radius the histogram of ||z||
 * @param chi the chi distribution for the latent's dimension
 * @param medianRadius the median of ||z||
 */
public record AxisDensity(
    double binWidth,
    List<Histogram> axes,
    DimensionStatistics statistics,
    List<String> notes,
    Histogram radius,
    ChiDistribution chi,
    double medianRadius) {

  /** An axis whose centre is farther than this from 0 is off-centre. */
  public static final double OFF_CENTRE = 0.5;

  /** An axis wider than this (sd) is wide; narrower than {@link #NARROW} is narrow. */
  public static final double WIDE = 1.5;

  public static final double NARROW = 0.5;

  /** Computes the histograms. */
  public static AxisDensity of(Encoding encoding, double binWidth) {
    int dims = encoding.latentSize();
    int n = encoding.count();
    float[] means = encoding.means();
    DimensionStatistics stats = encoding.statistics();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (float v : means) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double from = Math.floor(lo / binWidth) * binWidth;
    double to = Math.ceil(hi / binWidth) * binWidth + binWidth;
    List<Histogram> axes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    double[] column = new double[n];
    for (int d = 0; d < dims; d++) {
      for (int i = 0; i < n; i++) {
        column[i] = means[i * dims + d];
      }
      axes.add(Histogram.of(column, from, to, binWidth));
      notes.add(note(stats.mean()[d], stats.sd()[d]));
    }
    double[] radii = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int d = 0; d < dims; d++) {
        s += (double) means[i * dims + d] * means[i * dims + d];
      }
      radii[i] = Math.sqrt(s);
    }
    double[] sorted = radii.clone();
    java.util.Arrays.sort(sorted);
    ChiDistribution chi = new ChiDistribution(dims);
    double rMax = Math.max(sorted[n - 1], chi.mode() + 4);
    double rWidth = Math.max(rMax / 60, 1e-3);
    Histogram radius = Histogram.of(radii, 0, rMax + rWidth, rWidth);
    return new AxisDensity(
        binWidth, axes, stats, notes, radius, chi, sorted[n / 2]);
  }

  /** What sets an axis apart from the prior N(0, 1), or "". */
  static String note(double mean, double sd) {
    List<String> parts = new ArrayList<>();
    if (Math.abs(mean) > OFF_CENTRE) {
      parts.add("off-centre");
    }
    if (sd > WIDE) {
      parts.add("wide");
    } else if (sd < NARROW) {
      parts.add("narrow");
    }
    return String.join(", ", parts);
  }

  /** One density curve an axis, overlaid, with N(0, 1) dashed. */
  public BufferedImage axesFigure(int width, int height) {
    Chart chart =
        new Chart(
            String.format(
                Locale.ROOT, "Density along each latent axis (bins of %.2g)%s", binWidth,
                narrowAxes() > 0 ? "; narrow axes' peaks cut off" : ""),
            "z", "density");
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int d = 0; d < axes.size(); d++) {
      Histogram h = axes.get(d);
      double[] x = new double[h.bins()];
      double[] y = new double[h.bins()];
      for (int b = 0; b < h.bins(); b++) {
        x[b] = h.centre(b);
        y[b] = h.density(b);
        if (h.counts()[b] > 0) {
          lo = Math.min(lo, x[b]);
          hi = Math.max(hi, x[b]);
        }
      }
      Color c = ClassColors.color(d);
      if (axes.size() <= 12) {
        chart.line("z" + (d + 1), x, y, c, false);
      } else {
        chart.thinLine(d < 12 ? "z" + (d + 1) : null, x, y, c);
      }
    }
    double[] peaks = new double[axes.size()];
    for (int d = 0; d < axes.size(); d++) {
      Histogram h = axes.get(d);
      for (int b = 0; b < h.bins(); b++) {
        peaks[d] = Math.max(peaks[d], h.density(b));
      }
    }
    double[] sortedPeaks = peaks.clone();
    java.util.Arrays.sort(sortedPeaks);
    double top = Math.max(0.6, 1.5 * sortedPeaks[sortedPeaks.length / 2]);
    boolean cut = sortedPeaks[sortedPeaks.length - 1] > top;
    chart.yRange(0, cut ? top : sortedPeaks[sortedPeaks.length - 1] * 1.08);
    double span = Math.max(4, Math.max(Math.abs(lo), Math.abs(hi)));
    double[] gx = new double[201];
    double[] gy = new double[201];
    for (int i = 0; i <= 200; i++) {
      gx[i] = -span + 2 * span * i / 200;
      gy[i] = Math.exp(-gx[i] * gx[i] / 2) / Math.sqrt(2 * Math.PI);
    }
    chart.line("N(0, 1)", gx, gy, new Color(30, 30, 30), true);
    return chart.xRange(Math.min(lo, -3) - binWidth, Math.max(hi, 3) + binWidth).render(width, height);
  }

  private long narrowAxes() {
    return notes.stream().filter(n -> n.contains("narrow")).count();
  }

  /** The histogram of ||z|| with the chi density of the same dimension over it. */
  public BufferedImage radiusFigure(int width, int height) {
    int bins = radius.bins();
    double[] x = new double[bins];
    double[] y = new double[bins];
    for (int b = 0; b < bins; b++) {
      x[b] = radius.centre(b);
      y[b] = radius.density(b);
    }
    double[] cx = new double[300];
    double[] cy = new double[300];
    double top = radius.start() + bins * radius.width();
    for (int i = 0; i < 300; i++) {
      cx[i] = top * i / 299;
      cy[i] = chi.pdf(cx[i]);
    }
    int k = chi.k();
    return new Chart(
            String.format(
                Locale.ROOT,
                "Radius ||z||: median %.2f; a standard normal in %d-D peaks at sqrt(%d) = %.2f",
                medianRadius, k, k - 1, chi.mode()),
            "||z||", "density")
        .bars("encoded means", x, y, radius.width(), new Color(0x76b7b2))
        .line("chi, k = " + k + " (N(0, I))", cx, cy, new Color(0xe15759), true)
        .marker(chi.mode(), "sqrt(k-1)", new Color(0xe15759))
        .render(width, height);
  }
}
