package org.latentexplorer.latent;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.latentexplorer.latent.neighbours.VpTree;

/**
 * Where samples of the prior N(0, I) land relative to the encoded data: each sample's distance to
 * its nearest encoded point, measured against the typical nearest-neighbour distance among the
 * encoded points in the region the prior covers (within the radius that holds 99% of its mass).
 * A sample is in the populated region when it is no farther from the data than 95% of those
 * points are from their own nearest neighbour; the fraction of such samples is the coverage.
 * Taking the typical spacing where the prior puts its samples keeps a far, sparse tail of data
 * (an autoencoder's codes often reach tens of units out) from passing its wide spacing off as
 * the norm. Where samples look like encoded points, about 95% are inside and the median distance
 * ratio is near 1; holes push the fraction down and the ratio up.
 *
 * @param sampleDistances each sample's distance to its nearest data point
 * @param dataDistances each data point's distance to its nearest other data point
 * @param threshold the 95th percentile of {@code dataDistances}
 * @param inside whether each sample is within the threshold
 * @param fractionInside the share of samples inside
 * @param medianRatio median sample distance over median data distance (1 when samples look like
 *     data points, much larger for holes)
 * @param priorRadius the radius holding 99% of the prior's mass
 * @param dataWithinPrior the share of encoded points within that radius (how much of the data the
 *     prior's samples can reach)
 */
public record PriorCoverage(
    double[] sampleDistances,
    double[] dataDistances,
    double threshold,
    boolean[] inside,
    double fractionInside,
    double medianRatio,
    double priorRadius,
    double dataWithinPrior) {

  /** The percentile of the nearest-neighbour distances that bounds the populated region. */
  public static final double PERCENTILE = 0.95;

  /**
   * Measures samples against data.
   *
   * @param data encoded points, {@code count x dims}
   * @param samples prior samples, {@code count x dims}
   */
  public static PriorCoverage measure(float[] data, float[] samples, int dims) {
    int n = data.length / dims;
    int m = samples.length / dims;
    VpTree tree = VpTree.build(data, dims, 7);
    double[] dataDistances = new double[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              int[] nb = new int[1];
              double[] d = new double[1];
              tree.nearest(data, i * dims, 1, i, nb, d, 0);
              dataDistances[i] = d[0];
            });
    double[] sampleDistances = new double[m];
    IntStream.range(0, m)
        .parallel()
        .forEach(
            i -> {
              int[] nb = new int[1];
              double[] d = new double[1];
              tree.nearest(samples, i * dims, 1, -1, nb, d, 0);
              sampleDistances[i] = d[0];
            });
    double priorRadius = new ChiDistribution(dims).quantile(0.99);
    double[] within = new double[n];
    int inside99 = 0;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int d = 0; d < dims; d++) {
        s += (double) data[i * dims + d] * data[i * dims + d];
      }
      if (Math.sqrt(s) <= priorRadius) {
        within[inside99++] = dataDistances[i];
      }
    }
    double threshold =
        quantile(inside99 >= 20 ? Arrays.copyOf(within, inside99) : dataDistances, PERCENTILE);
    boolean[] inside = new boolean[m];
    int count = 0;
    for (int i = 0; i < m; i++) {
      inside[i] = sampleDistances[i] <= threshold;
      count += inside[i] ? 1 : 0;
    }
    double ratio = quantile(sampleDistances, 0.5) / Math.max(1e-12, quantile(dataDistances, 0.5));
    return new PriorCoverage(
        sampleDistances, dataDistances, threshold, inside, (double) count / m, ratio, priorRadius,
        (double) inside99 / n);
  }

  /** The q-quantile of values (linear interpolation between order statistics). */
  public static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
