package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;

/**
 * For tests elsewhere: the decoder's Jacobian by libtorch's reverse mode ({@link DecoderRows}, one
 * backward pass per pixel), whatever the network, as an exact reference for {@link
 * DecoderTangents}' forward mode.
 */
public final class ReverseModeJacobian {

  private ReverseModeJacobian() {}

  /** (N, d, pixels) for (N, d) points, of the pixel probabilities. */
  public static NDArray columns(LatentNetwork network, NDArray z) {
    return DecoderRows.columns(network::decode, z);
  }
}
