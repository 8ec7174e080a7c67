package org.latentexplorer.analysis;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.latentexplorer.analysis.plot.ColourScale;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.SensitivityRequest;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Sensitivity;

/**
 * The decoder's sensitivity over a window of a plane through the latent space, on a regular grid
 * of cell centres: the heat map that "Latent Space Oddity" (Arvanitidis, Hansen and Hauberg, ICLR
 * 2018) draws under the codes. For a 2-D latent the plane is the latent space itself; above 2-D it
 * is spanned by two directions through a point, and each cell holds the full Jacobian's values at
 * its point.
 *
 * @param window {xMin, xMax, yMin, yMax} in the plane's coordinates
 * @param columns cells across
 * @param rows cells up
 * @param values each cell's sensitivity, row by row from the top
 */
public record SensitivityMap(double[] window, int columns, int rows, Sensitivity values) {

  /** The colour bar's width beside a figure, in pixels. */
  public static final int BAR_WIDTH = 150;

  /** Which value a map shows. */
  public enum Measure {
    /** ||J||_F, linear. */
    FROBENIUS("Frobenius norm of J", "||J||_F"),
    /** log10 sqrt(det(J^T J)). */
    MAGNIFICATION("magnification factor", "log10 sqrt(det JᵀJ)");

    private final String title;
    private final String unit;

    Measure(String title, String unit) {
      this.title = title;
      this.unit = unit;
    }

    public String title() {
      return title;
    }

    public String unit() {
      return unit;
    }

    /** The value drawn for point i. */
    public double of(Sensitivity s, int i) {
      return this == FROBENIUS ? s.frobenius()[i] : s.logMagnification()[i] / Math.log(10);
    }
  }

  /**
   * A plane through the latent space: the point for plane coordinates (x, y) is origin + x u + y v.
   * For a 2-D latent, the origin 0 and the unit vectors.
   */
  public record Plane(float[] origin, float[] u, float[] v) {

    /** The latent plane of a 2-D model. */
    public static Plane latent2d() {
      return new Plane(new float[2], new float[] {1, 0}, new float[] {0, 1});
    }

    /**
     * The plane a projection shows, through the point {@code current} (two latent axes or two
     * principal directions; the other coordinates are current's); null for a projection that
     * cannot be inverted (t-SNE, UMAP).
     */
    public static Plane through(Projection projection, float[] current) {
      float[] origin = projection.latentAt(0, 0, current);
      float[] x = projection.latentAt(1, 0, current);
      float[] y = projection.latentAt(0, 1, current);
      if (origin == null || x == null || y == null) {
        return null;
      }
      float[] u = new float[origin.length];
      float[] v = new float[origin.length];
      for (int k = 0; k < origin.length; k++) {
        u[k] = x[k] - origin[k];
        v[k] = y[k] - origin[k];
      }
      return new Plane(origin, u, v);
    }

    /** Whether another plane is this one, to the last bit. */
    public boolean sameAs(Plane other) {
      return other != null
          && java.util.Arrays.equals(origin, other.origin)
          && java.util.Arrays.equals(u, other.u)
          && java.util.Arrays.equals(v, other.v);
    }

    float[] point(double x, double y, float[] into, int offset) {
      for (int k = 0; k < origin.length; k++) {
        into[offset + k] = (float) (origin[k] + x * u[k] + y * v[k]);
      }
      return into;
    }
  }

  /**
   * Starts the map on the engine thread: {@code n} cells along the window's shorter side, square
   * cells.
   */
  public static CompletableFuture<SensitivityMap> start(
      LatentEngine engine, Plane plane, double[] window, int n, DoubleConsumer progress,
      BooleanSupplier cancelled) {
    double width = window[1] - window[0];
    double height = window[3] - window[2];
    int columns = width >= height ? (int) Math.min(3L * n, Math.round(n * width / height)) : n;
    int rows = height > width ? (int) Math.min(3L * n, Math.round(n * height / width)) : n;
    int d = engine.latentSize();
    float[] z = new float[columns * rows * d];
    for (int r = 0; r < rows; r++) {
      double y = window[3] - (r + 0.5) * height / rows;
      for (int c = 0; c < columns; c++) {
        double x = window[0] + (c + 0.5) * width / columns;
        plane.point(x, y, z, (r * columns + c) * d);
      }
    }
    return SensitivityRequest.start(engine, z, columns * rows, progress, cancelled)
        .thenApply(s -> new SensitivityMap(window.clone(), columns, rows, s));
  }

  /** The values of one measure, row by row from the top. */
  public double[] values(Measure measure) {
    double[] out = new double[columns * rows];
    for (int i = 0; i < out.length; i++) {
      out[i] = measure.of(values, i);
    }
    return out;
  }

  /** The map's cells coloured by a measure over its own range, ARGB, row by row from the top. */
  public int[] argb(Measure measure) {
    return scale(measure).argb(values(measure));
  }

  /** The colour scale of a measure over the map's own range, in the measure's unit. */
  public ColourScale scale(Measure measure) {
    return ColourScale.over(values(measure), measure.unit());
  }

  /** The value at plane coordinates (x, y), or NaN outside the window. */
  public double valueAt(Measure measure, double x, double y) {
    int c = (int) Math.floor((x - window[0]) / (window[1] - window[0]) * columns);
    int r = (int) Math.floor((window[3] - y) / (window[3] - window[2]) * rows);
    if (c < 0 || r < 0 || c >= columns || r >= rows) {
      return Double.NaN;
    }
    return measure.of(values, r * columns + c);
  }

  /**
   * The figure of {@code analyze} and the Analyse tab: the map with the codes on it (light points),
   * {@code width} wide, and a colour bar {@link #BAR_WIDTH} wide to its right.
   *
   * @param xy the codes in the plane's coordinates, flat pairs
   */
  public BufferedImage figure(Measure measure, float[] xy, String xLabel, String yLabel, int width, int height) {
    double[] v = values(measure);
    ColourScale scale = ColourScale.over(v, measure.unit());
    float[] shown = inside(xy);
    int[] argb = new int[shown.length / 2];
    java.util.Arrays.fill(argb, 0x55ffffff);
    BufferedImage chart =
        new Chart("Decoder sensitivity: " + measure.title(), xLabel, yLabel)
            .picture(scale.image(v, columns, rows), window[0], window[1], window[2], window[3])
            .points(toDouble(shown), argb, 1.2)
            .xRange(window[0], window[1])
            .yRange(window[2], window[3])
            .equalAspect()
            .noLegend()
            .render(width, height);
    int barWidth = BAR_WIDTH;
    BufferedImage out = new BufferedImage(width + barWidth, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(chart, 0, 0, null);
      g.drawImage(scale.bar(barWidth, height), width, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** The points that lie in the window (a chart draws every point it is given). */
  private float[] inside(float[] xy) {
    float[] out = new float[xy.length];
    int n = 0;
    for (int i = 0; i + 1 < xy.length; i += 2) {
      if (xy[i] >= window[0] && xy[i] <= window[1] && xy[i + 1] >= window[2] && xy[i + 1] <= window[3]) {
        out[n++] = xy[i];
        out[n++] = xy[i + 1];
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static double[] toDouble(float[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }
}
