package org.latentexplorer.latent;

/**
 * How latent points are placed on the 2-D scatter: two latent axes, or a projection such as PCA
 * or t-SNE. Clicking the scatter decodes a true latent point, so a projection says whether a
 * place on the plane can be turned back into one.
 */
public interface Projection {

  /** A short name for the chooser, such as "z1 / z2" or "PCA 1 / 2". */
  String name();

  /** The horizontal axis label. */
  String xLabel();

  /** The vertical axis label. */
  String yLabel();

  /** Where the data points lie: {@code count x 2}, row-major. */
  float[] coordinates();

  /**
   * Where a latent point lies on the plane, or null when the projection cannot place new points
   * (t-SNE).
   */
  double[] place(float[] z);

  /**
   * The latent point at a place on the plane, completing the dimensions the plane does not show
   * from {@code current}; null when the projection cannot be inverted (t-SNE), in which case the
   * caller decodes the nearest data point instead.
   */
  float[] latentAt(double x, double y, float[] current);

  /** Whether the axes are in latent units, so that the prior's rings can be drawn. */
  default boolean inLatentUnits() {
    return false;
  }
}
