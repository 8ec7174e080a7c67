package org.latentexplorer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/**
 * The reparameterisation noise of a VAE (z = mu + sigma eps, eps ~ N(0, I)), drawn from a
 * generator the training run owns rather than the engine's process-wide one: whatever else the
 * process does meanwhile (load a model, train another), a run with a seed draws the same noise,
 * and a resumed run continues exactly.
 */
final class Noise {

  private Noise() {}

  static NDArray standardNormal(NDManager manager, Random random, Shape shape) {
    float[] values = new float[Math.toIntExact(shape.size())];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return manager.create(values, shape);
  }
}
