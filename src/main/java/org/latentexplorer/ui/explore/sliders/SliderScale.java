package org.latentexplorer.ui.explore.sliders;

import java.util.List;
import java.util.Locale;
import org.latentexplorer.latent.DimensionStatistics;
import org.latentexplorer.latent.directions.AttributeVector;
import org.latentexplorer.latent.directions.PrincipalDirections;

/**
 * What each slider row stands for: a latent axis over mean +/- 3 sd of the codes on it; when
 * chosen, a principal direction of the codes over -3 to 3 sd along it; or an attribute vector found
 * in the Directions card, over positions -1 to 2 along it (0 at its first group's mean, 1 at its
 * second's). Gives the rows' count, each row's name, range and value for a latent point, and the
 * point a row's new value leads to.
 */
final class SliderScale {

  /** What the rows are. */
  enum Basis {
    AXES,
    PRINCIPAL,
    VECTORS
  }

  private static final double VECTOR_LOW = -1;
  private static final double VECTOR_HIGH = 2;

  private double[] min = new double[0];
  private double[] max = new double[0];
  private PrincipalDirections principal;
  private List<AttributeVector> vectors = List.of();
  private Basis chosen = Basis.AXES;

  /** The axes' ranges of a new model; its principal directions and vectors are not known yet. */
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
    vectors = List.of();
    chosen = Basis.AXES;
  }

  /**
   * The principal directions, when they fit the axes and there are more than two (in a plane they
   * only turn the two axes, and the sliders keep their room; null: none to offer).
   */
  void offer(PrincipalDirections directions) {
    principal = directions != null && directions.count() == min.length && min.length > 2 ? directions : null;
    if (principal == null && chosen == Basis.PRINCIPAL) {
      chosen = Basis.AXES;
    }
  }

  /** The attribute vectors found for the model (those of its latent size); none: not offered. */
  void offerVectors(List<AttributeVector> found) {
    vectors = found.stream().filter(v -> v.dims() == min.length).toList();
    if (vectors.isEmpty() && chosen == Basis.VECTORS) {
      chosen = Basis.AXES;
    }
  }

  boolean offered() {
    return principal != null;
  }

  boolean vectorsOffered() {
    return !vectors.isEmpty();
  }

  void choose(Basis basis) {
    chosen = basis == Basis.PRINCIPAL && principal == null || basis == Basis.VECTORS && vectors.isEmpty()
        ? Basis.AXES : basis;
  }

  /** What the rows are now. */
  Basis basis() {
    return chosen;
  }

  /** How many rows there are for a latent size: one an axis or direction, or one a vector. */
  int rows(int dims) {
    return chosen == Basis.VECTORS ? vectors.size() : dims;
  }

  /** A row's name: z1, z2, ..., pc1, pc2, ... or v1, v2, ... */
  String name(int d) {
    return switch (chosen) {
      case AXES -> "z";
      case PRINCIPAL -> "pc";
      case VECTORS -> "v";
    } + (d + 1);
  }

  /** What row {@code d} shows for z: its value on axis d, or its coordinate along direction d. */
  float value(float[] z, int d) {
    return switch (chosen) {
      case AXES -> z[d];
      case PRINCIPAL -> (float) principal.coordinate(z, d);
      case VECTORS -> (float) vectors.get(d).position(z);
    };
  }

  double low(int d) {
    return switch (chosen) {
      case AXES -> min[d];
      case PRINCIPAL -> -3;
      case VECTORS -> VECTOR_LOW;
    };
  }

  double high(int d) {
    return switch (chosen) {
      case AXES -> max[d];
      case PRINCIPAL -> 3;
      case VECTORS -> VECTOR_HIGH;
    };
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
    return switch (chosen) {
      case AXES -> {
        float[] out = z.clone();
        out[d] = value;
        yield out;
      }
      case PRINCIPAL -> principal.moved(z, d, value);
      case VECTORS -> vectors.get(d).movedTo(z, value);
    };
  }

  /** Whether moving one row changes what the others show. */
  boolean coupled() {
    return chosen != Basis.AXES;
  }

  /** What row {@code d}'s slider spans, for its tooltips. */
  String spans(int d) {
    return switch (chosen) {
      case AXES -> String.format(
          Locale.ROOT, "the slider spans %.2f to %.2f (mean +/- 3 sd of the codes)", min[d], max[d]);
      case PRINCIPAL -> String.format(Locale.ROOT, "%.1f%% of the codes' variance lies along it; the slider spans -3"
          + " to 3 sd of the codes along it", 100 * principal.explained(d));
      case VECTORS -> String.format(Locale.ROOT, "%s: the position along it, 0 at the mean of %s and 1 at the mean of"
          + " %s (length %.3g); the slider spans %.0f to %.0f", vectors.get(d).name(), vectors.get(d).fromName(),
          vectors.get(d).toName(), vectors.get(d).length(), VECTOR_LOW, VECTOR_HIGH);
    };
  }
}
