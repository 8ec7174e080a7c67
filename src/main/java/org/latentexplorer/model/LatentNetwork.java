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

  /** Frees what the network holds outside its manager (nothing for most). */
  @Override
  default void close() {}
}
