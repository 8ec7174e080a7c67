package org.latentexplorer.latent;

/**
 * Paths between two latent points: linear, z = (1 - a) z1 + a z2, or spherical (slerp), which
 * keeps the norm of points drawn from a Gaussian prior typical along the way (White, "Sampling
 * Generative Networks", 2016).
 */
public final class Interpolation {

  private Interpolation() {}

  /**
   * {@code frames} points from {@code a} to {@code b}, both ends included.
   *
   * @param spherical slerp instead of a straight line
   */
  public static float[][] path(float[] a, float[] b, int frames, boolean spherical) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("the ends have different dimensions");
    }
    if (frames < 2) {
      throw new IllegalArgumentException("a path needs at least 2 frames");
    }
    float[][] out = new float[frames][];
    for (int i = 0; i < frames; i++) {
      double t = (double) i / (frames - 1);
      out[i] = spherical ? slerp(a, b, t) : lerp(a, b, t);
    }
    out[0] = a.clone();
    out[frames - 1] = b.clone();
    return out;
  }

  /** The point a fraction {@code t} of the way along the straight line. */
  public static float[] lerp(float[] a, float[] b, double t) {
    float[] z = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      z[i] = (float) ((1 - t) * a[i] + t * b[i]);
    }
    return z;
  }

  /**
   * Spherical interpolation: the angle between the two vectors is swept at a constant rate, the
   * norm changes smoothly. Falls back to the straight line when the vectors are (anti)parallel or
   * one is zero.
   */
  public static float[] slerp(float[] a, float[] b, double t) {
    double na = norm(a);
    double nb = norm(b);
    if (na < 1e-12 || nb < 1e-12) {
      return lerp(a, b, t);
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * (double) b[i];
    }
    double cos = Math.max(-1, Math.min(1, dot / (na * nb)));
    double omega = Math.acos(cos);
    double sin = Math.sin(omega);
    if (sin < 1e-6) {
      return lerp(a, b, t);
    }
    double wa = Math.sin((1 - t) * omega) / sin;
    double wb = Math.sin(t * omega) / sin;
    float[] z = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      z[i] = (float) (wa * a[i] + wb * b[i]);
    }
    return z;
  }

  static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * (double) x;
    }
    return Math.sqrt(s);
  }
}
