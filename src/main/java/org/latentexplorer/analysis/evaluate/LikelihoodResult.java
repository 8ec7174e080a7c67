package org.latentexplorer.analysis.evaluate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.ModelMeasures;
import org.latentexplorer.latent.metrics.ImportanceSampling;

/**
 * A VAE's likelihood of held-out images (docs/metrics.md): per image the ELBO split into its
 * reconstruction term and KL, and the importance-sampled estimate of log p(x) with K samples of
 * q(z|x) ({@link ImportanceSampling}). All in nats per image.
 *
 * @param samples K
 * @param estimates one per image
 */
public record LikelihoodResult(int samples, ImportanceSampling.Estimate[] estimates) {

  /** Latent points decoded in one engine call, at most. */
  private static final int POINTS_PER_CALL = 8192;

  /** Estimates the likelihood of the first {@code count} images, K samples each. */
  public static LikelihoodResult run(
      ModelMeasures measures, float[] images, Encoding encoding, int count, int k, int imageSize,
      long seed, Steps steps) {
    int latent = encoding.latentSize();
    int perCall = Math.max(1, POINTS_PER_CALL / k);
    Random random = new Random(seed);
    ImportanceSampling.Estimate[] estimates = new ImportanceSampling.Estimate[count];
    float[] mu = encoding.means();
    float[] lv = encoding.logVariances();
    String what = String.format(Locale.ROOT, "log p(x) of %,d images, K = %,d", count, k);
    for (int from = 0; from < count; from += perCall) {
      steps.at(what, (double) from / count);
      int n = Math.min(perCall, count - from);
      float[] z = new float[n * k * latent];
      double[][] noise = new double[n][k * latent];
      for (int i = 0; i < n; i++) {
        ImportanceSampling.sample(
            mu, lv, (from + i) * latent, latent, k, random, noise[i], z, i * k * latent);
      }
      float[] ll =
          Steps.await(
              measures.logLikelihoods(
                  Arrays.copyOfRange(images, from * imageSize, (from + n) * imageSize), n, z, k));
      for (int i = 0; i < n; i++) {
        estimates[from + i] =
            ImportanceSampling.estimate(
                mu, lv, (from + i) * latent, latent, k, ll, i * k, noise[i], z, i * k * latent);
      }
    }
    return new LikelihoodResult(k, estimates);
  }

  /** Mean -ELBO. */
  public double negativeElbo() {
    return Arrays.stream(estimates).mapToDouble(ImportanceSampling.Estimate::negativeElbo).average().orElse(Double.NaN);
  }

  /** Mean reconstruction term of the ELBO. */
  public double reconstruction() {
    return Arrays.stream(estimates).mapToDouble(ImportanceSampling.Estimate::reconstruction).average().orElse(Double.NaN);
  }

  /** Mean KL term of the ELBO. */
  public double kl() {
    return Arrays.stream(estimates).mapToDouble(ImportanceSampling.Estimate::kl).average().orElse(Double.NaN);
  }

  /** Mean -log p(x), importance-sampled. */
  public double negativeLogLikelihood() {
    return -Arrays.stream(estimates).mapToDouble(ImportanceSampling.Estimate::logLikelihood).average().orElse(Double.NaN);
  }

  /**
   * The standard error of {@link #negativeLogLikelihood}, from how the images differ: the sample
   * standard deviation of the per-image values over the square root of their number (NaN for one
   * image). It says how far the mean over these images may lie from the mean over all held-out
   * images.
   */
  public double standardError() {
    int n = estimates.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = -negativeLogLikelihood();
    double ss = 0;
    for (ImportanceSampling.Estimate e : estimates) {
      ss += (e.logLikelihood() - mean) * (e.logLikelihood() - mean);
    }
    return Math.sqrt(ss / (n - 1) / n);
  }

  public int count() {
    return estimates.length;
  }
}
