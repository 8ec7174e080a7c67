package org.latentexplorer.analysis;

import java.util.Arrays;
import java.util.Random;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.SensitivityRequest;
import org.latentexplorer.latent.PriorCoverage;
import org.latentexplorer.latent.RandomOrder;
import org.latentexplorer.latent.Sensitivity;

/**
 * The decoder's sensitivity at the items' codes (their encoder means), as {@code analysis.json}
 * reports it: the mean and the 10th, 50th and 90th percentiles of the Frobenius norm and of the
 * log magnification factor over at most {@link #MAX_ITEMS} items drawn by the seed.
 *
 * @param items how many items' codes were measured
 * @param frobeniusMean the mean Frobenius norm of J
 * @param frobeniusQuantiles its 10th, 50th and 90th percentiles
 * @param logMagnificationQuantiles the same of log sqrt(det(J^T J)), over the items where J^T J is
 *     not singular
 * @param singular items where J^T J is singular (the magnification is 0)
 * @param map the 2-D model's map over the codes' extent, null above 2-D
 */
public record SensitivitySummary(
    int items,
    double frobeniusMean,
    double[] frobeniusQuantiles,
    double[] logMagnificationQuantiles,
    int singular,
    AnalysisReport.Manifold map) {

  /** Items measured at most (the Jacobian costs about d + 1 decodes an item). */
  public static final int MAX_ITEMS = 2_000;

  private static final double[] LEVELS = {0.1, 0.5, 0.9};

  /** Measures at the codes of at most {@link #MAX_ITEMS} items drawn by the seed; blocks. */
  public static Sensitivity atCodes(LatentEngine engine, Encoding codes, long seed) throws Exception {
    int d = codes.latentSize();
    int n = Math.min(MAX_ITEMS, codes.count());
    int[] order = RandomOrder.of(codes.count(), new Random(seed));
    float[] z = new float[n * d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(codes.means(), order[i] * d, z, i * d, d);
    }
    return SensitivityRequest.start(engine, z, n, null, null).get();
  }

  /** The summary of values measured at items' codes. */
  public static SensitivitySummary of(Sensitivity s, AnalysisReport.Manifold map) {
    double mean = Arrays.stream(s.frobenius()).average().orElse(Double.NaN);
    double[] finite = Arrays.stream(s.logMagnification()).filter(Double::isFinite).toArray();
    return new SensitivitySummary(
        s.count(), mean, quantiles(s.frobenius()), finite.length == 0 ? null : quantiles(finite),
        s.count() - finite.length, map);
  }

  private static double[] quantiles(double[] values) {
    double[] out = new double[LEVELS.length];
    for (int i = 0; i < LEVELS.length; i++) {
      out[i] = PriorCoverage.quantile(values, LEVELS[i]);
    }
    return out;
  }
}
