package org.latentexplorer.train;

import ai.djl.ndarray.NDArray;
import org.latentexplorer.model.Likelihood;

/**
 * The terms of the (beta-)VAE objective, each summed over pixels or latent dimensions and over the
 * batch, so that dividing by the batch size gives nats per image.
 */
public final class Losses {

  private Losses() {}

  /**
   * The reconstruction term -log p(x|z), summed.
   *
   * <p>Bernoulli: binary cross-entropy from logits l, {@code softplus(l) - x * l}, exact and stable
   * for any l. Gaussian: half the squared error between x and sigmoid(l) (unit variance, without
   * the constant).
   */
  public static NDArray reconstruction(Likelihood likelihood, NDArray logits, NDArray x) {
    if (likelihood == Likelihood.BERNOULLI) {
      return logits.getNDArrayInternal().softPlus().sub(logits.mul(x)).sum();
    }
    NDArray diff = logits.getNDArrayInternal().sigmoid().sub(x);
    return diff.mul(diff).sum().mul(0.5f);
  }

  /**
   * KL(N(mu, exp(logVariance)) || N(0, I)) in closed form, summed:
   * {@code -1/2 * sum(1 + logVariance - mu^2 - exp(logVariance))}.
   */
  public static NDArray klToStandardNormal(NDArray mu, NDArray logVariance) {
    return logVariance.add(1f).sub(mu.square()).sub(logVariance.exp()).sum().mul(-0.5f);
  }

  /** The same KL per latent dimension, summed over the batch only: shape (L). */
  public static NDArray klPerDimension(NDArray mu, NDArray logVariance) {
    return logVariance.add(1f).sub(mu.square()).sub(logVariance.exp()).sum(new int[] {0}).mul(-0.5f);
  }
}
