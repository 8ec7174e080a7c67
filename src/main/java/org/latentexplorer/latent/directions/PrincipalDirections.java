package org.latentexplorer.latent.directions;

import org.latentexplorer.latent.Pca;

/**
 * The principal directions of a model's codes as controls (GANSpace, Härkönen et al., 2020): the
 * principal axes of the encoded means, by falling variance, each coordinate measured from the
 * codes' mean in standard deviations of the codes along its axis. Moving one coordinate moves z
 * along that axis only; the other coordinates stay as they were.
 *
 * @param pca the principal axes of the codes
 */
public record PrincipalDirections(Pca pca) {

  public int count() {
    return pca.components().length;
  }

  /** The standard deviation of the codes along axis {@code k} (1 along an axis they do not vary on). */
  public double sd(int k) {
    double v = pca.variances()[k];
    return v > 1e-12 ? Math.sqrt(v) : 1;
  }

  /** The share of the codes' variance along axis {@code k}. */
  public double explained(int k) {
    return pca.explainedRatio()[k];
  }

  /** Where z lies along axis {@code k}, in standard deviations from the codes' mean. */
  public double coordinate(float[] z, int k) {
    return pca.coordinate(z, k) / sd(k);
  }

  /** z moved along axis {@code k} until its coordinate there is {@code coordinate}. */
  public float[] moved(float[] z, int k, double coordinate) {
    double step = (coordinate - coordinate(z, k)) * sd(k);
    double[] u = pca.components()[k];
    float[] out = new float[z.length];
    for (int d = 0; d < z.length; d++) {
      out[d] = (float) (z[d] + step * u[d]);
    }
    return out;
  }
}
