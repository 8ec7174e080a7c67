package org.latentexplorer.latent;

/**
 * A plane for codes that change while a model trains, which does not jump between updates: the
 * two latent axes for a 2-D latent; above that, the first two principal axes of the codes, fitted
 * once and refitted only when asked (at an epoch's end), each new axis turned to point the way the
 * old one did (a principal axis is fixed only up to its sign).
 */
public final class SteadyProjection {

  private Pca pca;
  private boolean refit = true;

  /** The next projection fits the axes anew. */
  public void refitNext() {
    refit = true;
  }

  /** The codes ({@code count x dims}) on the plane, {@code count x 2}. */
  public float[] project(float[] codes, int dims) {
    int count = codes.length / dims;
    if (dims <= 2) {
      float[] xy = new float[count * 2];
      for (int i = 0; i < count; i++) {
        xy[2 * i] = codes[i * dims];
        xy[2 * i + 1] = dims == 2 ? codes[i * dims + 1] : 0f;
      }
      return xy;
    }
    if (refit || pca == null || pca.dims() != dims) {
      Pca fresh = Pca.fit(codes, dims);
      pca = pca == null || pca.dims() != dims ? fresh : aligned(fresh, pca);
      refit = false;
    }
    return pca.project(codes, 2);
  }

  /** {@code fresh} with each of its first two axes flipped where it points against the old one. */
  static Pca aligned(Pca fresh, Pca old) {
    double[][] axes = fresh.components().clone();
    for (int k = 0; k < Math.min(2, axes.length); k++) {
      double dot = 0;
      for (int d = 0; d < axes[k].length; d++) {
        dot += axes[k][d] * old.components()[k][d];
      }
      if (dot < 0) {
        double[] flipped = axes[k].clone();
        for (int d = 0; d < flipped.length; d++) {
          flipped[d] = -flipped[d];
        }
        axes[k] = flipped;
      }
    }
    return new Pca(fresh.mean(), axes, fresh.variances());
  }

  /** Axis names for the plane. */
  public static String[] axisNames(int dims) {
    return dims <= 2 ? new String[] {"z1", dims == 2 ? "z2" : ""} : new String[] {"PC 1", "PC 2"};
  }
}
