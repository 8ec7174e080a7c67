package org.latentexplorer.analysis.plot;

import org.latentexplorer.model.InputShape;

/** Model pixels (floats in [0, 1], channel-major) as opaque ARGB. */
public final class Pixels {

  private Pixels() {}

  /** Opaque ARGB pixels, row by row; grey images give grey pixels. */
  public static int[] toArgb(float[] pixels, InputShape shape) {
    int plane = shape.width() * shape.height();
    int[] argb = new int[plane];
    for (int p = 0; p < plane; p++) {
      int r;
      int g;
      int b;
      if (shape.channels() == 1) {
        r = g = b = byteOf(pixels[p]);
      } else {
        r = byteOf(pixels[p]);
        g = byteOf(pixels[plane + p]);
        b = byteOf(pixels[2 * plane + p]);
      }
      argb[p] = 0xff000000 | (r << 16) | (g << 8) | b;
    }
    return argb;
  }

  private static int byteOf(float v) {
    return Math.max(0, Math.min(255, Math.round(v * 255f)));
  }
}
