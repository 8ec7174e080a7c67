package org.latentexplorer.latent;

/** Latent traversals: one dimension swept over a range, the others held at a point. */
public final class Traversal {

  private Traversal() {}

  /** {@code frames} copies of {@code z} with dimension {@code dim} from {@code from} to {@code to}. */
  public static float[][] along(float[] z, int dim, double from, double to, int frames) {
    if (dim < 0 || dim >= z.length) {
      throw new IllegalArgumentException("no dimension " + dim + " in a " + z.length + "-D latent");
    }
    if (frames < 2) {
      throw new IllegalArgumentException("a traversal needs at least 2 frames");
    }
    float[][] out = new float[frames][];
    for (int i = 0; i < frames; i++) {
      out[i] = z.clone();
      out[i][dim] = (float) (from + (to - from) * i / (frames - 1));
    }
    return out;
  }

  /** One traversal a dimension, row after row: {@code dims x frames} points. */
  public static float[][] allDimensions(float[] z, double from, double to, int frames) {
    float[][] out = new float[z.length * frames][];
    for (int d = 0; d < z.length; d++) {
      float[][] row = along(z, d, from, to, frames);
      System.arraycopy(row, 0, out, d * frames, frames);
    }
    return out;
  }
}
