package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * An AE or VAE as one DJL block with two named children, {@code encoder} and {@code decoder}, so
 * that encoding and decoding can each run alone.
 *
 * <p>{@link #forward} maps images (N, C, H, W) to {@code [logits, mu]} for an AE and {@code
 * [logits, mu, logVariance]} for a VAE, decoding the mean (no sampling). Training code calls
 * {@link #encode} and {@link #decode} itself so it can draw the noise.
 */
public final class AutoencoderBlock extends AbstractBlock {

  private static final byte VERSION = 1;

  private final ModelSpec spec;
  private final Block encoder;
  private final Block decoder;

  /** Builds the (uninitialised) networks for a spec. */
  public AutoencoderBlock(ModelSpec spec) {
    super(VERSION);
    this.spec = spec;
    this.encoder = addChildBlock("encoder", Networks.encoder(spec));
    this.decoder = addChildBlock("decoder", Networks.decoder(spec));
    setInitializer(new FanInUniformInitializer(), Parameter.Type.WEIGHT);
  }

  public ModelSpec spec() {
    return spec;
  }

  /** Initialises the parameters for the spec's input shape. */
  public void initialize(NDManager manager) {
    InputShape in = spec.input();
    initialize(manager, DataType.FLOAT32, new Shape(1, in.channels(), in.height(), in.width()));
  }

  /**
   * Encodes images.
   *
   * @return {@code [mu]} for an AE, {@code [mu, logVariance]} for a VAE, each (N, L)
   */
  public NDList encode(ParameterStore store, NDArray images, boolean training) {
    NDArray h = encoder.forward(store, new NDList(images), training).singletonOrThrow();
    if (spec.kind() == ModelKind.AE) {
      return new NDList(h);
    }
    return h.split(2, 1);
  }

  /** Decodes latent points (N, L) into logits (N, C, H, W); sigmoid gives the pixels. */
  public NDArray decode(ParameterStore store, NDArray z, boolean training) {
    return decoder.forward(store, new NDList(z), training).singletonOrThrow();
  }

  /** The decoder network alone, z (N, L) to logits (N, C, H, W). */
  Block decoderBlock() {
    return decoder;
  }

  /** Number of scalar parameters. */
  public long parameterCount() {
    long count = 0;
    for (var pair : getParameters()) {
      count += pair.getValue().getArray().getShape().size();
    }
    return count;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList encoded = encode(store, inputs.singletonOrThrow(), training);
    NDArray logits = decode(store, encoded.get(0), training);
    NDList out = new NDList(logits);
    out.addAll(encoded);
    return out;
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long n = inputShapes[0].get(0);
    InputShape in = spec.input();
    Shape images = new Shape(n, in.channels(), in.height(), in.width());
    Shape latent = new Shape(n, spec.latentSize());
    return spec.kind() == ModelKind.VAE
        ? new Shape[] {images, latent, latent}
        : new Shape[] {images, latent};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    encoder.initialize(manager, dataType, inputShapes[0]);
    decoder.initialize(manager, dataType, new Shape(inputShapes[0].get(0), spec.latentSize()));
  }
}
