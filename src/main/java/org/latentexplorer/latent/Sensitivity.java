package org.latentexplorer.latent;

/**
 * How much the decoded image changes per unit step in z, at each of a set of latent points: the
 * Frobenius norm of the decoder's Jacobian J (pixel probabilities per unit of z) and the
 * magnification factor sqrt(det(J^T J)) of Arvanitidis, Hansen and Hauberg ("Latent Space
 * Oddity: on the Curvature of Deep Generative Models", ICLR 2018): how much a small patch of the
 * latent space is stretched in image space. The factor is kept as its logarithm, which stays finite
 * where the determinant underflows; it is -infinity where J^T J is singular.
 *
 * @param count the points
 * @param latentSize d
 * @param frobenius ||J||_F of each point
 * @param logMagnification log sqrt(det(J^T J)) of each point
 */
public record Sensitivity(int count, int latentSize, double[] frobenius, double[] logMagnification) {

  /**
   * The values from the Gram matrices G = J^T J, (count, d, d) flat; the determinant by a Cholesky
   * factorisation in double precision.
   */
  public static Sensitivity fromGram(float[] gram, int count, int latentSize) {
    int d = latentSize;
    if (gram.length != (long) count * d * d) {
      throw new IllegalArgumentException(gram.length + " values are not " + count + " " + d + "x" + d + " matrices");
    }
    double[] frobenius = new double[count];
    double[] logMagnification = new double[count];
    double[] a = new double[d * d];
    for (int i = 0; i < count; i++) {
      double trace = 0;
      for (int k = 0; k < d * d; k++) {
        a[k] = gram[i * d * d + k];
      }
      for (int k = 0; k < d; k++) {
        trace += a[k * d + k];
      }
      frobenius[i] = Math.sqrt(Math.max(0, trace));
      logMagnification[i] = halfLogDeterminant(a, d);
    }
    return new Sensitivity(count, d, frobenius, logMagnification);
  }

  /** sqrt(det(J^T J)) of point i (0 where it underflows or J^T J is singular). */
  public double magnification(int i) {
    return Math.exp(logMagnification[i]);
  }

  /** 0.5 log det(a) by Cholesky, overwriting {@code a}; -infinity unless positive definite. */
  static double halfLogDeterminant(double[] a, int d) {
    double sum = 0;
    for (int j = 0; j < d; j++) {
      double pivot = a[j * d + j];
      for (int k = 0; k < j; k++) {
        pivot -= a[j * d + k] * a[j * d + k];
      }
      if (!(pivot > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      double l = Math.sqrt(pivot);
      a[j * d + j] = l;
      sum += Math.log(l);
      for (int r = j + 1; r < d; r++) {
        double v = a[r * d + j];
        for (int k = 0; k < j; k++) {
          v -= a[r * d + k] * a[j * d + k];
        }
        a[r * d + j] = v / l;
      }
    }
    return sum;
  }
}
