package org.latentexplorer.ui.common;

import java.util.Locale;

/** A latent point in words: its coordinates when there are few, else its length. */
public final class LatentText {

  private LatentText() {}

  /** "(0.12, -1.30)" up to {@code maxDims} dimensions, else "|z| 1.42". */
  public static String of(float[] z, int maxDims) {
    if (z.length <= maxDims) {
      StringBuilder b = new StringBuilder("(");
      for (int i = 0; i < z.length; i++) {
        b.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.2f", z[i]));
      }
      return b.append(')').toString();
    }
    return String.format(Locale.ROOT, "|z| %.2f", length(z));
  }

  /** The Euclidean length of z. */
  public static double length(float[] z) {
    double sum = 0;
    for (float v : z) {
      sum += v * v;
    }
    return Math.sqrt(sum);
  }
}
