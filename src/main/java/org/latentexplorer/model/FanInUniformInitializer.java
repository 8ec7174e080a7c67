package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;

/**
 * PyTorch's default initialisation for linear and convolution layers: weights and biases uniform
 * on [-1/sqrt(fanIn), 1/sqrt(fanIn)], where fanIn is the number of inputs of one output unit
 * ({@code torch.nn.Linear.reset_parameters}). As DJL's initialiser sees only a parameter's own
 * shape, weights are drawn by this initialiser and biases afterwards by {@link #initializeBiases}.
 * With DJL's default Xavier weights a VAE's log-variance can overflow early in training; with
 * zero biases a convolutional VAE on sparse images (sprites: white shapes on black) never leaves
 * the mean image (its KL stays at 0; PyTorch's own net does the same with zeroed biases).
 */
public final class FanInUniformInitializer implements Initializer {

  private final java.util.Random random;

  /** Draws from the engine's process-wide generator. */
  public FanInUniformInitializer() {
    this(null);
  }

  /**
   * Draws from a generator of its own, so that a seeded training run starts from the same weights
   * whatever else the process draws meanwhile.
   */
  public FanInUniformInitializer(java.util.Random random) {
    this.random = random;
  }

  @Override
  public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
    long fanIn = shape.dimension() > 1 ? shape.size() / shape.get(0) : shape.size();
    float bound = (float) (1.0 / Math.sqrt(Math.max(1, fanIn)));
    if (random == null) {
      return manager.randomUniform(-bound, bound, shape, dataType);
    }
    float[] values = new float[Math.toIntExact(shape.size())];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
    }
    return manager.create(values, shape).toType(dataType, false);
  }

  /**
   * Draws every bias of an initialised block uniformly on +/- 1/sqrt(fanIn) of its layer's weight,
   * in the order of the block's parameters.
   */
  public static void initializeBiases(ai.djl.nn.Block block, java.util.Random random) {
    ai.djl.util.PairList<String, ai.djl.nn.Parameter> params = block.getParameters();
    java.util.Map<String, ai.djl.nn.Parameter> byName = new java.util.HashMap<>();
    for (var p : params) {
      byName.put(p.getKey(), p.getValue());
    }
    for (var p : params) {
      String name = p.getKey();
      if (!name.endsWith("bias")) {
        continue;
      }
      ai.djl.nn.Parameter weight = byName.get(name.substring(0, name.length() - 4) + "weight");
      if (weight == null) {
        continue;
      }
      Shape w = weight.getArray().getShape();
      long fanIn = w.dimension() > 1 ? w.size() / w.get(0) : w.size();
      double bound = 1.0 / Math.sqrt(Math.max(1, fanIn));
      NDArray bias = p.getValue().getArray();
      float[] values = new float[Math.toIntExact(bias.size())];
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
      }
      bias.set(java.nio.FloatBuffer.wrap(values));
    }
  }
}
