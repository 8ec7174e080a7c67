package org.latentexplorer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.Random;
import org.latentexplorer.model.ExclusiveGradients;
import org.latentexplorer.model.AutoencoderBlock;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.ModelSpec;

/**
 * The tensor work of training an AE or VAE, each piece in a sub-manager of its own: one
 * optimisation step on a batch, the held-out losses, and a snapshot of what the model makes of
 * fixed inputs. {@link TrainingRun} keeps the books around it.
 */
final class BatchArithmetic {

  private static final int EVAL_BATCH = 1000;

  private final NDManager base;
  private final AutoencoderBlock block;
  private final ParameterStore store;

  BatchArithmetic(NDManager base, AutoencoderBlock block, ParameterStore store) {
    this.base = base;
    this.block = block;
    this.store = store;
  }

  /**
   * One step of Adam on the images {@code order[from..to)} of {@code trainX}; returns the batch's
   * summed reconstruction and KL terms. A convolutional network's batch whose gradients are not
   * finite is computed again ({@link AdamOptimizer#stepIfFinite()}), up to {@link AdamOptimizer#ATTEMPTS} times; then the terms are
   * NaN and the run stops as for any loss that is not finite.
   */
  float[] train(
      AdamOptimizer adam, NDArray trainX, int[] order, int from, int to, float beta, Random noise) {
    for (int attempt = 1; attempt <= AdamOptimizer.ATTEMPTS; attempt++) {
      float[] terms;
      if (block.spec().architecture() == Architecture.CONV && !trainX.getDevice().isGpu()) {
        float[][] out = new float[1][];
        Engines.singleThreaded(() -> out[0] = step(adam, trainX, order, from, to, beta, noise));
        terms = out[0];
      } else {
        terms = step(adam, trainX, order, from, to, beta, noise);
      }
      if (terms != null) {
        return terms;
      }
    }
    return new float[] {Float.NaN, Float.NaN};
  }

  private float[] step(
      AdamOptimizer adam, NDArray trainX, int[] order, int from, int to, float beta, Random noise) {
    try (NDManager sub = base.newSubManager()) {
      NDArray x = trainX.get(sub.create(Arrays.copyOfRange(order, from, to)));
      x.attach(sub);
      NDArray recon;
      NDArray kl = null;
      try (GradientCollector collector = ExclusiveGradients.open()) {
        NDList encoded = block.encode(store, x, true);
        NDArray z = encoded.get(0);
        if (encoded.size() > 1) {
          z = sample(sub, encoded, noise);
          kl = Losses.klToStandardNormal(encoded.get(0), encoded.get(1));
        }
        NDArray logits = block.decode(store, z, true);
        recon = Losses.reconstruction(block.spec().likelihood(), logits, x);
        NDArray loss = kl == null ? recon : recon.add(kl.mul(Losses.constant(kl, beta)));
        collector.backward(loss.div(Losses.constant(loss, (float) (to - from))));
      }
      if (block.spec().architecture() == Architecture.CONV) {
        if (!adam.stepIfFinite()) {
          return null;
        }
      } else {
        adam.step();
      }
      return new float[] {recon.getFloat(), kl == null ? 0f : kl.getFloat()};
    }
  }

  /** Mean reconstruction and KL per held-out image; a VAE decodes a sample, as the ELBO does. */
  double[] evaluate(NDArray images, int n, Random noise) {
    double recon = 0;
    double kl = 0;
    for (int from = 0; from < n; from += EVAL_BATCH) {
      int to = Math.min(n, from + EVAL_BATCH);
      try (NDManager sub = base.newSubManager()) {
        NDArray x = images.get(new NDIndex("{}:{}", from, to));
        x.attach(sub);
        NDList encoded = block.encode(store, x, false);
        NDArray z = encoded.get(0);
        if (encoded.size() > 1) {
          z = sample(sub, encoded, noise);
          kl += Losses.klToStandardNormal(encoded.get(0), encoded.get(1)).getFloat();
        }
        NDArray logits = block.decode(store, z, false);
        recon += Losses.reconstruction(block.spec().likelihood(), logits, x).getFloat();
      }
    }
    return new double[] {recon / n, kl / n};
  }

  /** z = mu + exp(logVariance / 2) eps, eps drawn from the run's own generator. */
  private static NDArray sample(NDManager sub, NDList encoded, Random noise) {
    NDArray mu = encoded.get(0);
    NDArray logVariance = encoded.get(1);
    NDArray eps = Noise.standardNormal(sub, noise, mu.getShape());
    return mu.add(logVariance.mul(Losses.constant(logVariance, 0.5f)).exp().mul(eps));
  }

  /**
   * What the model makes of fixed inputs now (no gradients, inference mode).
   *
   * @param images images to encode, flat
   * @param count how many
   * @param latents latent points to decode, flat ({@code L} values each)
   * @param reconstructed how many of the images, from the first, to reconstruct
   */
  TrainingSnapshot snapshot(
      long step, int epoch, float[] images, int count, float[] latents, int reconstructed) {
    ModelSpec spec = block.spec();
    int latent = spec.latentSize();
    try (NDManager sub = base.newSubManager()) {
      NDArray mu = block.encode(store, sub.create(images, batchShape(spec, count)), false).get(0);
      int points = latents.length / latent;
      float[] decodes =
          points == 0 ? new float[0] : pixels(sub.create(latents, new Shape(points, latent)));
      int r = Math.min(reconstructed, count);
      float[] recon = r == 0 ? new float[0] : pixels(mu.get(new NDIndex("0:{}", r)));
      return new TrainingSnapshot(step, epoch, latent, mu.toFloatArray(), decodes, recon);
    }
  }

  private float[] pixels(NDArray z) {
    return block.decode(store, z, false).getNDArrayInternal().sigmoid().toFloatArray();
  }

  static Shape batchShape(ModelSpec spec, int count) {
    InputShape in = spec.input();
    return new Shape(count, in.channels(), in.height(), in.width());
  }
}
