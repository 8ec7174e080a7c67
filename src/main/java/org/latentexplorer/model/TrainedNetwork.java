package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

/** The program's own network, for inference: decodes are the sigmoid of the decoder's logits. */
final class TrainedNetwork implements LatentNetwork {

  private final AutoencoderBlock block;
  private final ParameterStore store;

  TrainedNetwork(AutoencoderBlock block, NDManager manager) {
    this.block = block;
    this.store = new ParameterStore(manager, false);
    // Inference never changes the weights: without their gradients, a backward pass (an attack
    // on the encoder) reaches only its input.
    block.getParameters().forEach(p -> p.getValue().getArray().setRequiresGradient(false));
  }

  @Override
  public NDList encode(NDArray images) {
    return block.encode(store, images, false);
  }

  @Override
  public NDArray decode(NDArray z) {
    return decodeLogits(z).getNDArrayInternal().sigmoid();
  }

  @Override
  public NDArray decoderJacobian(NDArray z) {
    return DecoderTangents.columns(block.decoderBlock(), store, z);
  }

  @Override
  public NDArray decodeLogits(NDArray z) {
    return block.decode(store, z, false);
  }
}
