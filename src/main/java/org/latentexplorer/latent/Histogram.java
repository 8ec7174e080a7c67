package org.latentexplorer.latent;

/**
 * Counts of values in equal-width bins.
 *
 * @param start the left edge of the first bin
 * @param width the width of every bin
 * @param counts how many values fell in each bin
 * @param total how many values were counted (inside the bins)
 */
public record Histogram(double start, double width, long[] counts, long total) {

  /** Bins of the given width covering [from, to); values outside are not counted. */
  public static Histogram of(double[] values, double from, double to, double width) {
    if (!(width > 0) || !(to > from)) {
      throw new IllegalArgumentException("a histogram needs a positive bin width and range");
    }
    int bins = (int) Math.max(1, Math.ceil((to - from) / width - 1e-9));
    long[] counts = new long[bins];
    long total = 0;
    for (double v : values) {
      int b = (int) Math.floor((v - from) / width);
      if (b >= 0 && b < bins) {
        counts[b]++;
        total++;
      }
    }
    return new Histogram(from, width, counts, total);
  }

  public int bins() {
    return counts.length;
  }

  /** The centre of bin {@code b}. */
  public double centre(int b) {
    return start + (b + 0.5) * width;
  }

  /** The bin's count as a density: count / (total x width), comparable with a pdf. */
  public double density(int b) {
    return total == 0 ? 0 : counts[b] / (total * width);
  }

  /** The centre of the fullest bin. */
  public double mode() {
    int best = 0;
    for (int b = 1; b < counts.length; b++) {
      if (counts[b] > counts[best]) {
        best = b;
      }
    }
    return centre(best);
  }
}
