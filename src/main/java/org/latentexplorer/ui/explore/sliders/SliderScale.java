package org.latentexplorer.ui.explore.sliders;

import java.util.Locale;
import org.latentexplorer.latent.DimensionStatistics;
import org.latentexplorer.latent.directions.PrincipalDirections;

/**
 * What each slider row stands for: a latent axis over mean +/- 3 sd of the codes on it, or, when
 * chosen, a principal direction of the codes over -3 to 3 sd along it. Gives each row's name,
 * range and value for a latent point, and the point a row's new value leads to.
 */
final class SliderScale {

  private double[] min = new double[0];
  private double[] max = new double[0];
  private PrincipalDirections principal;
  private boolean chosen;

  /** The axes' ranges of a new model; its principal directions are not known yet. */
  void setAxes(DimensionStatistics stats) {
    int dims = stats.dims();
    min = new double[dims];
    max = new double[dims];
    for (int d = 0; d < dims; d++) {
      double sd = stats.sd()[d] > 1e-6 ? stats.sd()[d] : 1;
      min[d] = stats.mean()[d] - 3 * sd;
      max[d] = stats.mean()[d] + 3 * sd;
    }
    principal = null;
    chosen = false;
  }

  /**
   * The principal directions, when they fit the axes and there are more than two (in a plane they
   * only turn the two axes, and the sliders keep their room; null: none to offer).
   */
  void offer(PrincipalDirections directions) {
    principal = directions != null && directions.count() == min.length && min.length > 2 ? directions : null;
    chosen &= principal != null;
  }

  boolean offered() {
    return principal != null;
  }

  void choosePrincipal(boolean on) {
    chosen = on && principal != null;
  }

  /** Whether the rows are principal directions. */
  boolean principal() {
    return chosen;
  }

  /** A row's name: z1, z2, ... or pc1, pc2, ... */
  String name(int d) {
    return (chosen ? "pc" : "z") + (d + 1);
  }

  /** What row {@code d} shows for z: its value on axis d, or its coordinate along direction d. */
  float value(float[] z, int d) {
    return chosen ? (float) principal.coordinate(z, d) : z[d];
  }

  double low(int d) {
    return chosen ? -3 : min[d];
  }

  double high(int d) {
    return chosen ? 3 : max[d];
  }

  /**
   * Whether row {@code d}'s value lies outside its slider, compared in single precision: a knob
   * dragged to the slider's end gives the end rounded to a float, which is not outside.
   */
  boolean outside(float[] z, int d) {
    float v = value(z, d);
    return v < (float) low(d) || v > (float) high(d);
  }

  /** The point z becomes when row {@code d} is set to {@code value}. */
  float[] moved(float[] z, int d, float value) {
    if (chosen) {
      return principal.moved(z, d, value);
    }
    float[] out = z.clone();
    out[d] = value;
    return out;
  }

  /** What row {@code d}'s slider spans, for its tooltips. */
  String spans(int d) {
    return chosen
        ? String.format(Locale.ROOT, "%.1f%% of the codes' variance lies along it; the slider spans -3 to 3 sd"
            + " of the codes along it", 100 * principal.explained(d))
        : String.format(Locale.ROOT, "the slider spans %.2f to %.2f (mean +/- 3 sd of the codes)", min[d], max[d]);
  }
}
