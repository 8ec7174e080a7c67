package org.latentexplorer.latent;

/**
 * The chi distribution with k degrees of freedom: the distribution of ||z|| for z ~ N(0, I_k),
 * what the radius of a well-fitted VAE's codes should look like. Its mode is sqrt(k - 1), its mean
 * sqrt(2) Gamma((k + 1) / 2) / Gamma(k / 2), close to sqrt(k - 1/2).
 *
 * @param k the dimension
 */
public record ChiDistribution(int k) {

  public ChiDistribution {
    if (k < 1) {
      throw new IllegalArgumentException("the chi distribution needs k >= 1");
    }
  }

  /** The density at r >= 0. */
  public double pdf(double r) {
    if (r < 0) {
      return 0;
    }
    if (r == 0) {
      return k == 1 ? Math.sqrt(2 / Math.PI) : 0;
    }
    double log =
        (k - 1) * Math.log(r) - r * r / 2 - (k / 2.0 - 1) * Math.log(2)
            - SpecialFunctions.logGamma(k / 2.0);
    return Math.exp(log);
  }

  /** P(||z|| <= r): the chi-squared CDF at r^2. */
  public double cdf(double r) {
    return r <= 0 ? 0 : SpecialFunctions.regularizedGammaP(k / 2.0, r * r / 2);
  }

  /** The radius below which a fraction {@code p} of the mass lies. */
  public double quantile(double p) {
    double lo = 0;
    double hi = Math.sqrt(k) + 20;
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      if (cdf(mid) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** The most likely radius: sqrt(k - 1) (0 for k = 1). */
  public double mode() {
    return Math.sqrt(Math.max(0, k - 1));
  }

  public double mean() {
    return Math.sqrt(2)
        * Math.exp(SpecialFunctions.logGamma((k + 1) / 2.0) - SpecialFunctions.logGamma(k / 2.0));
  }
}
