package org.latentexplorer.latent.metrics;

import java.util.Random;

/**
 * The importance-sampled log-likelihood of a VAE, as docs/metrics.md fixes it (the bound of Burda et
 * al. 2016, "Importance Weighted Autoencoders"): with z_k = mu + sigma eps_k, eps_k ~ N(0, I),
 *
 * <pre>log p(x) ~= logsumexp_k [log p(x|z_k) + log p(z_k) - log q(z_k|x)] - log K</pre>
 *
 * per image in double precision. It is a lower bound that tightens as K grows; with K = 1 its
 * expectation is the ELBO, E_q[log p(x|z)] - KL(q(z|x) || N(0, I)), whose KL is taken here in
 * closed form and whose first term is the mean of the same K values of log p(x|z).
 */
public final class ImportanceSampling {

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  private ImportanceSampling() {}

  /**
   * One image's figures, in nats.
   *
   * @param logLikelihood the importance-sampled estimate of log p(x)
   * @param reconstruction the ELBO's reconstruction term, -E_q[log p(x|z)], as the mean over the K
   *     samples
   * @param kl KL(q(z|x) || N(0, I)) in closed form
   */
  public record Estimate(double logLikelihood, double reconstruction, double kl) {

    /** -ELBO = reconstruction + KL. */
    public double negativeElbo() {
      return reconstruction + kl;
    }
  }

  /**
   * Draws K latent points of q(z|x) for one image.
   *
   * @param noise receives the K x L standard normal draws
   * @param z receives the K x L latent points, from {@code zOffset}
   */
  public static void sample(
      float[] mu, float[] logVariance, int offset, int latent, int k, Random random,
      double[] noise, float[] z, int zOffset) {
    for (int s = 0; s < k; s++) {
      for (int d = 0; d < latent; d++) {
        double e = random.nextGaussian();
        noise[s * latent + d] = e;
        z[zOffset + s * latent + d] =
            (float) (mu[offset + d] + Math.exp(0.5 * logVariance[offset + d]) * e);
      }
    }
  }

  /**
   * Combines the decoder's log p(x|z_k) of one image's K samples into the estimate.
   *
   * @param logLikelihoods log p(x|z_k), from {@code llOffset}
   * @param noise the draws that made z_k ({@link #sample})
   * @param z the latent points, from {@code zOffset}
   */
  public static Estimate estimate(
      float[] mu, float[] logVariance, int offset, int latent, int k,
      float[] logLikelihoods, int llOffset, double[] noise, float[] z, int zOffset) {
    double[] logWeights = new double[k];
    double sumLl = 0;
    double logSdSum = 0;
    for (int d = 0; d < latent; d++) {
      logSdSum += 0.5 * logVariance[offset + d];
    }
    for (int s = 0; s < k; s++) {
      double logPrior = 0;
      double logPosterior = 0;
      for (int d = 0; d < latent; d++) {
        double zd = z[zOffset + s * latent + d];
        double e = noise[s * latent + d];
        logPrior -= HALF_LOG_TWO_PI + 0.5 * zd * zd;
        logPosterior -= HALF_LOG_TWO_PI + 0.5 * e * e;
      }
      logPosterior -= logSdSum;
      double ll = logLikelihoods[llOffset + s];
      sumLl += ll;
      logWeights[s] = ll + logPrior - logPosterior;
    }
    return new Estimate(
        logMeanExp(logWeights), -sumLl / k, klToStandardNormal(mu, logVariance, offset, latent));
  }

  /** log((1/n) sum exp(v_i)), without overflow. */
  public static double logMeanExp(double[] v) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      max = Math.max(max, x);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double x : v) {
      sum += Math.exp(x - max);
    }
    return max + Math.log(sum / v.length);
  }

  /** KL(N(mu, diag(exp(logVariance))) || N(0, I)) = -1/2 sum(1 + lv - mu^2 - exp(lv)). */
  public static double klToStandardNormal(float[] mu, float[] logVariance, int offset, int latent) {
    double sum = 0;
    for (int d = 0; d < latent; d++) {
      double m = mu[offset + d];
      double lv = logVariance[offset + d];
      sum += 1 + lv - m * m - Math.exp(lv);
    }
    return -0.5 * sum;
  }
}
