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

  @Override
  public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
    long fanIn = shape.dimension() > 1 ? shape.size() / shape.get(0) : shape.size();
    float bound = (float) (1.0 / Math.sqrt(Math.max(1, fanIn)));
    return manager.randomUniform(-bound, bound, shape, dataType);
  }
}
