package org.latentexplorer.latent;

import java.util.Random;

/** Drawing latent points: from the prior N(0, I), and from a VAE's posterior q(z|x). */
public final class Sampling {

  private Sampling() {}

  /** A point from the standard normal prior. */
  public static float[] prior(Random random, int dims) {
    float[] z = new float[dims];
    for (int d = 0; d < dims; d++) {
      z[d] = (float) random.nextGaussian();
    }
    return z;
  }

  /** A point from N(mean, exp(logVariance)): the reparameterisation z = mu + sigma * eps. */
  public static float[] posterior(Random random, float[] mean, float[] logVariance) {
    float[] z = new float[mean.length];
    for (int d = 0; d < z.length; d++) {
      z[d] = (float) (mean[d] + Math.exp(0.5 * logVariance[d]) * random.nextGaussian());
    }
    return z;
  }
}
