package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * An encoder and a decoder ready to run, whatever they were made with: the program's own trained
 * {@link AutoencoderBlock}, or TorchScript files exported from PyTorch ({@link
 * TorchScriptNetwork}). Images are float32 (N, C, H, W) with pixels in [0, 1].
 */
public interface LatentNetwork extends AutoCloseable {

  /** {@code [mu]} for an AE, {@code [mu, logVariance]} for a VAE, each (N, L). */
  NDList encode(NDArray images);

  /** Pixel values in [0, 1], (N, C, H, W), of latent points (N, L). */
  NDArray decode(NDArray z);

  /**
   * The decoder's logits, (N, C, H, W), whose sigmoid is {@link #decode}: what the likelihood
   * p(x|z) is computed from. A decoder that returns probabilities gives their logit, with the
   * probabilities kept within [1e-7, 1 - 1e-7].
   */
  NDArray decodeLogits(NDArray z);

  /**
   * The decoder's Jacobian at latent points (N, d): the derivatives of the pixel probabilities
   * that {@link #decode} returns, as (N, d, pixels), where [n][k] is the image's change per unit
   * step of z_k at point n.
   */
  NDArray decoderJacobian(NDArray z);

  /**
   * Whether gradients with respect to the input flow through {@link #encode} (the program's own
   * networks); DJL runs a TorchScript module for inference without them.
   */
  default boolean hasInputGradients() {
    return true;
  }

  /** Frees what the network holds outside its manager (nothing for most). */
  @Override
  default void close() {}
}
