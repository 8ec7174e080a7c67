package org.latentexplorer.train;

import ai.djl.ndarray.NDArray;
import org.latentexplorer.model.Likelihood;

/**
 * The terms of the (beta-)VAE objective, each summed over pixels or latent dimensions and over the
 * batch, so that dividing by the batch size gives nats per image.
 *
 * <p>Constants enter the graph as tensors of the operands' manager ({@link #constant}), never as
 * Java numbers: DJL turns a number into a tensor over a direct buffer and closes it right after
 * the operation, but autograd keeps that tensor for the backward pass, whose memory the garbage
 * collector may then free: the gradients were multiplied by whatever lay there (training in the
 * window, with its steady garbage, diverged).
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
    return diff.mul(diff).sum().mul(constant(diff, 0.5f));
  }

  /**
   * KL(N(mu, exp(logVariance)) || N(0, I)) in closed form, summed:
   * {@code -1/2 * sum(1 + logVariance - mu^2 - exp(logVariance))}.
   */
  public static NDArray klToStandardNormal(NDArray mu, NDArray logVariance) {
    return logVariance
        .add(constant(logVariance, 1f))
        .sub(mu.square())
        .sub(logVariance.exp())
        .sum()
        .mul(constant(logVariance, -0.5f));
  }

  /** The same KL per latent dimension, summed over the batch only: shape (L). */
  public static NDArray klPerDimension(NDArray mu, NDArray logVariance) {
    return logVariance
        .add(constant(logVariance, 1f))
        .sub(mu.square())
        .sub(logVariance.exp())
        .sum(new int[] {0})
        .mul(constant(logVariance, -0.5f));
  }

  /**
   * A float32 scalar owned by the manager of {@code like}, so that it lives as long as the
   * operations (and the backward pass) that use it.
   */
  public static NDArray constant(NDArray like, float value) {
    return like.getManager().create(value);
  }
}
