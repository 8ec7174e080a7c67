package org.latentexplorer.analysis;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.analysis.plot.Raster;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.latent.SpecialFunctions;
import org.latentexplorer.model.InputShape;

/**
 * The decoded manifold of a 2-D latent space: decodes on a regular grid over a window of the
 * plane (as in Keras' VAE example), or at the prior's quantiles (inverse normal CDF spacing), each
 * tile placed where its latent point lies so it can be drawn at the scatter's scale.
 *
 * @param tiles the decoded tiles, row by row from the top
 * @param columns tiles across
 * @param rows tiles up
 * @param quantiles whether the spacing follows the prior's quantiles
 * @param shape the image shape
 */
public record ManifoldGrid(
    List<Tile> tiles, int columns, int rows, boolean quantiles, InputShape shape) {

  /**
   * One decode and the rectangle of the plane it stands for.
   *
   * @param x the latent x
   * @param y the latent y
   * @param x0 left edge of its cell
   * @param x1 right edge
   * @param y0 bottom edge
   * @param y1 top edge
   * @param pixels the decode
   */
  public record Tile(double x, double y, double x0, double x1, double y0, double y1, float[] pixels) {}

  /**
   * Decodes the grid; blocks on the engine. With regular spacing the cells are square: {@code n}
   * tiles along the window's shorter side and proportionally more along the longer one.
   *
   * @param window {xMin, xMax, yMin, yMax} for regular spacing (ignored for quantiles)
   * @param n tiles along the shorter side (along both sides for quantiles)
   * @param quantiles spacing by the inverse normal CDF over (0.05, 0.95)
   */
  public static ManifoldGrid run(LatentEngine engine, double[] window, int n, boolean quantiles)
      throws Exception {
    if (engine.latentSize() != 2) {
      throw new IllegalArgumentException("a manifold grid needs a 2-D latent");
    }
    double width = window[1] - window[0];
    double height = window[3] - window[2];
    int columns = n;
    int rows = n;
    if (!quantiles && width > height) {
      columns = (int) Math.min(3L * n, Math.round(n * width / height));
    } else if (!quantiles && height > width) {
      rows = (int) Math.min(3L * n, Math.round(n * height / width));
    }
    double[][] xs = positions(window[0], window[1], columns, quantiles);
    double[][] ys = positions(window[2], window[3], rows, quantiles);
    float[][] z = new float[rows * columns][];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        z[r * columns + c] = new float[] {(float) xs[0][c], (float) ys[0][rows - 1 - r]};
      }
    }
    float[][] images = engine.decodeAll(z).get();
    List<Tile> tiles = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int yi = rows - 1 - r;
        tiles.add(
            new Tile(
                xs[0][c], ys[0][yi], xs[1][c], xs[2][c], ys[1][yi], ys[2][yi],
                images[r * columns + c]));
      }
    }
    return new ManifoldGrid(tiles, columns, rows, quantiles, engine.inputShape());
  }

  /** Centres, lower and upper cell edges along one axis. */
  static double[][] positions(double from, double to, int n, boolean quantiles) {
    double[] centre = new double[n];
    for (int i = 0; i < n; i++) {
      centre[i] =
          quantiles
              ? SpecialFunctions.normalQuantile(n == 1 ? 0.5 : 0.05 + 0.9 * i / (n - 1))
              : from + (i + 0.5) * (to - from) / n;
    }
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      double left = i > 0 ? centre[i - 1] : 2 * centre[0] - (n > 1 ? centre[1] : centre[0] + 1);
      double right =
          i < n - 1 ? centre[i + 1] : 2 * centre[n - 1] - (n > 1 ? centre[n - 2] : centre[0] - 1);
      lo[i] = (left + centre[i]) / 2;
      hi[i] = (centre[i] + right) / 2;
    }
    return new double[][] {centre, lo, hi};
  }

  /** The tiles at their places on the latent plane, with axes. */
  public BufferedImage figure(int width, int height) {
    Chart chart =
        new Chart(
                String.format(
                    Locale.ROOT, "Decoded manifold, %d x %d, %s", columns, rows,
                    quantiles ? "spaced by the prior's quantiles" : "regular spacing"),
                "z1", "z2")
            .equalAspect()
            .noLegend();
    for (Tile t : tiles) {
      chart.picture(Raster.enlarged(t.pixels(), shape, 1), t.x0(), t.x1(), t.y0(), t.y1());
    }
    return chart.render(width, height);
  }

  /** The tiles side by side, as one picture (the Keras layout). */
  public BufferedImage mosaic() {
    List<List<float[]>> lines = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<float[]> line = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        line.add(tiles.get(r * columns + c).pixels());
      }
      lines.add(line);
    }
    return Raster.grid(lines, null, shape, 2);
  }
}
