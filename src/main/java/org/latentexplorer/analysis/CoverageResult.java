package org.latentexplorer.analysis;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.analysis.plot.Raster;
import org.latentexplorer.analysis.plot.ScatterFigure;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.latent.Histogram;
import org.latentexplorer.latent.PriorCoverage;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Sampling;
import org.latentexplorer.latent.Whitening;
import org.latentexplorer.model.InputShape;

/**
 * Where samples of the prior land relative to the encoded data ({@link PriorCoverage}), with the
 * decodes of samples that fell outside the populated region. For a VAE the encoded data are one
 * draw of q(z|x) an item, the points the decoder was trained on (the encoded means crowd nearer
 * the centre than the prior, markedly so in many dimensions); for an AE, the codes.
 *
 * @param encoded the encoded points the samples are measured against, {@code items x dims}
 * @param samples the prior samples, {@code count x dims}
 * @param dims the latent dimension
 * @param coverage the distances and the fraction inside
 * @param outside indices of the outside samples whose decodes are kept
 * @param outsideDecodes their decodes
 */
public record CoverageResult(
    float[] encoded,
    float[] samples,
    int dims,
    PriorCoverage coverage,
    int[] outside,
    List<float[]> outsideDecodes) {

  /** How many outside samples are decoded and shown. */
  public static final int SHOWN = 24;

  /**
   * Near-black for samples inside the populated region, magenta for those outside (ARGB): colours
   * no class of the scatter's palette uses, so that a sample never passes for a data point.
   */
  public static final int INSIDE = 0xf0141414;

  public static final int OUTSIDE = 0xf0e600c8;

  /**
   * Draws {@code count} prior samples, measures them and decodes some of the outside ones.
   * Blocks on the engine; call it off the UI thread.
   */
  public static CoverageResult run(LatentEngine engine, Encoding data, int count, long seed)
      throws Exception {
    CoverageResult measured = measure(data, count, seed, null);
    float[][] points = new float[measured.outside.length][];
    for (int k = 0; k < points.length; k++) {
      points[k] = measured.sample(measured.outside[k]);
    }
    List<float[]> decodes =
        points.length == 0 ? List.of() : List.of(engine.decodeAll(points).get());
    return new CoverageResult(
        measured.encoded, measured.samples, measured.dims, measured.coverage, measured.outside,
        decodes);
  }

  /**
   * Draws {@code count} prior samples and measures them, decoding nothing (codes without a model).
   * With a whitening, the samples are drawn and measured in the whitened space and kept mapped
   * back into the codes' space, so that the figures show them beside the codes.
   *
   * @param whitening the codes' whitening, or null to measure the codes as they are
   */
  public static CoverageResult measure(Encoding data, int count, long seed, Whitening whitening) {
    int dims = data.latentSize();
    int space = whitening == null ? dims : whitening.rank();
    Random random = new Random(seed);
    float[] samples = new float[count * space];
    for (int i = 0; i < count; i++) {
      System.arraycopy(Sampling.prior(random, space), 0, samples, i * space, space);
    }
    float[] encoded = data.means();
    if (data.logVariances() != null) {
      Random draws = new Random(seed + 1);
      encoded = new float[data.means().length];
      for (int i = 0; i < data.count(); i++) {
        System.arraycopy(
            Sampling.posterior(draws, data.mean(i), data.logVariance(i)), 0, encoded, i * dims, dims);
      }
    }
    PriorCoverage coverage =
        whitening == null
            ? PriorCoverage.measure(encoded, samples, dims)
            : PriorCoverage.measure(whitening.apply(encoded), samples, space);
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < count && chosen.size() < SHOWN; i++) {
      if (!coverage.inside()[i]) {
        chosen.add(i);
      }
    }
    return new CoverageResult(
        encoded, whitening == null ? samples : whitening.invert(samples), dims, coverage,
        chosen.stream().mapToInt(Integer::intValue).toArray(), List.of());
  }

  public int count() {
    return samples.length / dims;
  }

  /** Sample {@code i}'s latent point. */
  public float[] sample(int i) {
    float[] z = new float[dims];
    System.arraycopy(samples, i * dims, z, 0, dims);
    return z;
  }

  /** Where the samples lie on a projection's plane ({@code count x 2}), or null if it cannot place them. */
  public float[] placed(Projection projection) {
    float[] xy = new float[count() * 2];
    for (int i = 0; i < count(); i++) {
      double[] p = projection.place(sample(i));
      if (p == null) {
        return null;
      }
      xy[2 * i] = (float) p[0];
      xy[2 * i + 1] = (float) p[1];
    }
    return xy;
  }

  private float[] place(Projection projection, float[] points) {
    int n = points.length / dims;
    float[] xy = new float[2 * n];
    float[] z = new float[dims];
    for (int i = 0; i < n; i++) {
      System.arraycopy(points, i * dims, z, 0, dims);
      double[] p = projection.place(z);
      if (p == null) {
        return null;
      }
      xy[2 * i] = (float) p[0];
      xy[2 * i + 1] = (float) p[1];
    }
    return xy;
  }

  /** Each sample's colour: near-black inside, magenta outside. */
  public int[] colours() {
    int[] c = new int[count()];
    for (int i = 0; i < c.length; i++) {
      c[i] = coverage.inside()[i] ? INSIDE : OUTSIDE;
    }
    return c;
  }

  /** The numbers in a few lines. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%.1f%% of %,d prior samples land in the populated region: their nearest encoded point is"
            + " no farther than %.3g, the 95th percentile of the encoded points' own"
            + " nearest-neighbour distances inside the prior's 99%% radius (%.2f).%n"
            + "Median distance to the data: %.2f x the data's own spacing."
            + " %.1f%% of the encoded points lie within the prior's 99%% radius.",
        100 * coverage.fractionInside(),
        count(),
        coverage.threshold(),
        coverage.priorRadius(),
        coverage.medianRatio(),
        100 * coverage.dataWithinPrior());
  }

  /** The encoded points in grey and the samples, near-black inside and magenta outside, on a plane. */
  public BufferedImage mapFigure(Projection projection, int width, int height) {
    return mapFigure(projection, width, height, "");
  }

  /**
   * As {@link #mapFigure(Projection, int, int)}, the title ending in a note (" · codes whitened"),
   * its numbers said more briefly to make room.
   */
  public BufferedImage mapFigure(Projection projection, int width, int height, String note) {
    float[] sampleXy = placed(projection);
    float[] dataXy = place(projection, encoded);
    if (dataXy == null) {
      dataXy = projection.coordinates();
    }
    int[] grey = new int[dataXy.length / 2];
    java.util.Arrays.fill(grey, 0x50909090);
    double[] data = new double[dataXy.length];
    for (int i = 0; i < data.length; i++) {
      data[i] = dataXy[i];
    }
    Chart chart =
        new Chart(
                String.format(
                    Locale.ROOT,
                    note.isEmpty()
                        ? "Prior samples %.1f%% inside the populated region · data within prior %.0f%%"
                        : "Prior samples %.1f%% inside · data within prior %.0f%%",
                    100 * coverage.fractionInside(), 100 * coverage.dataWithinPrior())
                    + note,
                projection.xLabel(), projection.yLabel())
            .points(data, grey, 1.3)
            .equalAspect();
    if (sampleXy != null) {
      double[] s = new double[sampleXy.length];
      for (int i = 0; i < s.length; i++) {
        s[i] = sampleXy[i];
      }
      chart.points(s, colours(), 2.2);
    }
    chart.line(
        "encoded data", new double[0], new double[0],
        new Color(0x909090), false);
    chart.line("sample inside", new double[0], new double[0], new Color(INSIDE & 0xffffff), false);
    chart.line("sample outside", new double[0], new double[0], new Color(OUTSIDE & 0xffffff), false);
    if (projection.inLatentUnits()) {
      ScatterFigure.priorRings(chart);
    }
    return chart.render(width, height);
  }

  /** Histograms of log10 nearest-neighbour distances: data to data, and samples to data. */
  public BufferedImage distanceFigure(int width, int height) {
    double[] data = log10(coverage.dataDistances());
    double[] samples = log10(coverage.sampleDistances());
    double lo = Math.min(min(data), min(samples));
    double hi = Math.max(max(data), max(samples));
    double bin = Math.max((hi - lo) / 50, 1e-3);
    Histogram hd = Histogram.of(data, lo, hi + bin, bin);
    Histogram hs = Histogram.of(samples, lo, hi + bin, bin);
    double[] x = new double[hd.bins()];
    double[] yd = new double[hd.bins()];
    double[] ys = new double[hd.bins()];
    for (int b = 0; b < hd.bins(); b++) {
      x[b] = hd.centre(b);
      yd[b] = hd.density(b);
      ys[b] = hs.density(b);
    }
    return new Chart("Distance to the nearest encoded point", "log10 distance", "density")
        .bars("data to data", x, yd, bin, new Color(144, 144, 144, 160))
        .bars("prior sample to data", x, ys, bin * 0.55, new Color(0xe15759))
        .marker(Math.log10(coverage.threshold()), "95th percentile of data", new Color(20, 120, 50))
        .render(width, height);
  }

  /** The decodes of the outside samples, enlarged. */
  public BufferedImage outsideFigure(InputShape shape) {
    if (outsideDecodes.isEmpty()) {
      return Raster.grid(List.of(), null, shape, 2);
    }
    List<List<float[]>> rows = new ArrayList<>();
    for (int i = 0; i < outsideDecodes.size(); i += 8) {
      rows.add(outsideDecodes.subList(i, Math.min(outsideDecodes.size(), i + 8)));
    }
    int side = Math.max(shape.width(), shape.height());
    return Raster.grid(rows, null, shape, Math.max(2, 64 / side));
  }

  private static double[] log10(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Math.log10(Math.max(v[i], 1e-12));
    }
    return out;
  }

  private static double min(double[] v) {
    return java.util.Arrays.stream(v).min().orElse(0);
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).max().orElse(1);
  }
}
