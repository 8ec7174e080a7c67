package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;

/**
 * PyTorch's default weight initialisation for linear and convolution layers: uniform on
 * [-1/sqrt(fanIn), 1/sqrt(fanIn)], where fanIn is the number of inputs of one output unit. With
 * DJL's default Xavier weights a VAE's log-variance can overflow early in training; these do not.
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
}
