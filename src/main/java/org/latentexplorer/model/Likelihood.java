package org.latentexplorer.model;

/** The decoder's output distribution, which fixes the reconstruction term of the loss. */
public enum Likelihood {
  /**
   * Bernoulli per pixel: binary cross-entropy on the decoder's logits, in nats per image. Suits
   * pixels in [0, 1] that are mostly near 0 or 1 (digits, clothes, sprites).
   */
  BERNOULLI,
  /** Gaussian with unit variance per pixel: half the squared error of sigmoid(logits). */
  GAUSSIAN
}
