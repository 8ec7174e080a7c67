package org.latentexplorer.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.latentexplorer.model.ExclusiveGradients;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.Likelihood;
import org.latentexplorer.model.ModelSpec;

/**
 * The network-side work of evaluating a model, on its engine's thread: reconstructions with their
 * losses, the decoder's log-likelihood log p(x|z) of many latent points, and gradient-sign
 * perturbations of the encoder. Callers pass a chunk of images at a time (a thousand or so) and
 * get plain Java arrays back.
 *
 * <p>log p(x|z) is the likelihood the model trains with (docs/metrics.md): Bernoulli, minus the binary
 * cross-entropy of the logits summed over pixels; Gaussian with unit variance, the full density
 * {@code -1/2 ||x - sigmoid(l)||^2 - D/2 log(2 pi)}.
 */
public final class ModelMeasures {

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  /** The size of the random start of {@link #meanShiftAttack}, per pixel. */
  static final float RANDOM_START = 1e-3f;

  private final LatentEngine engine;
  private final Likelihood likelihood;

  public ModelMeasures(LatentEngine engine) {
    this.engine = engine;
    this.likelihood = engine.description().model().likelihood();
  }

  /**
   * Images reconstructed from their encoder means, with each image's reconstruction loss.
   *
   * @param pixels the reconstructions, flat, in [0, 1]
   * @param loss per image: binary cross-entropy in nats (Bernoulli) or the squared error summed
   *     over pixels (Gaussian)
   */
  public record Reconstructions(float[] pixels, double[] loss) {}

  /** The name of {@link Reconstructions#loss} for this model. */
  public String lossName() {
    return likelihood == Likelihood.BERNOULLI ? "binary cross-entropy (nats)" : "squared error";
  }

  public Likelihood likelihood() {
    return likelihood;
  }

  /** Reconstructs {@code count} images through the encoder means. */
  public CompletableFuture<Reconstructions> reconstruct(float[] images, int count) {
    InputShape in = check(images, count);
    return engine.withNetwork(
        (network, m) -> {
          NDArray x = m.create(images, shape(count, in));
          NDArray logits = network.decodeLogits(network.encode(x).get(0));
          NDArray pixels = logits.getNDArrayInternal().sigmoid();
          NDArray perPixel =
              likelihood == Likelihood.BERNOULLI
                  ? logits.getNDArrayInternal().softPlus().sub(logits.mul(x))
                  : pixels.sub(x).square();
          float[] loss = perPixel.reshape(count, -1).sum(new int[] {1}).toFloatArray();
          double[] out = new double[count];
          for (int i = 0; i < count; i++) {
            out[i] = loss[i];
          }
          return new Reconstructions(pixels.toFloatArray(), out);
        });
  }

  /**
   * log p(x|z) for {@code perImage} latent points of each image.
   *
   * @param images {@code count} images, flat
   * @param zs {@code count * perImage} latent points, image by image
   * @return {@code count * perImage} values in nats, in the order of {@code zs}
   */
  public CompletableFuture<float[]> logLikelihoods(
      float[] images, int count, float[] zs, int perImage) {
    InputShape in = check(images, count);
    int latent = engine.latentSize();
    if (zs.length != (long) count * perImage * latent) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException(
              zs.length + " values are not " + perImage + " latent points for each of " + count
                  + " images"));
    }
    int size = in.size();
    int chunk = pointsPerChunk(engine.description().model());
    int total = count * perImage;
    return engine.withNetwork(
        (network, m) -> {
          float[] out = new float[total];
          for (int from = 0; from < total; from += chunk) {
            org.latentexplorer.model.NativeExit.checkNotExiting();
            int n = Math.min(chunk, total - from);
            float[] xs = new float[n * size];
            for (int j = 0; j < n; j++) {
              System.arraycopy(images, ((from + j) / perImage) * size, xs, j * size, size);
            }
            try (NDManager part = m.newSubManager()) {
              NDArray x = part.create(xs, new Shape(n, size));
              NDArray z = part.create(
                  java.util.Arrays.copyOfRange(zs, from * latent, (from + n) * latent),
                  new Shape(n, latent));
              NDArray logits = network.decodeLogits(z).reshape(n, size);
              NDArray sum;
              if (likelihood == Likelihood.BERNOULLI) {
                sum = logits.getNDArrayInternal().softPlus().sub(logits.mul(x)).sum(new int[] {1}).neg();
              } else {
                NDArray d = logits.getNDArrayInternal().sigmoid().sub(x);
                sum = d.square().sum(new int[] {1}).mul(-0.5f).sub((float) (size * HALF_LOG_TWO_PI));
              }
              System.arraycopy(sum.toFloatArray(), 0, out, from, n);
            }
          }
          return out;
        });
  }

  /**
   * How many images one reconstruction or decode call of this model takes: 1,000, or fewer for a
   * decoder whose activations would otherwise grow past {@link #FLOATS_PER_CALL}.
   */
  public int imagesPerCall() {
    return Math.min(1000, pointsPerChunk(engine.description().model()));
  }

  /** How many latent points one decode call of this model takes ({@link #pointsPerChunk}). */
  public int pointsPerCall() {
    return pointsPerChunk(engine.description().model());
  }

  /** The most floats one activation of a decode call may hold (128 MB). */
  static final long FLOATS_PER_CALL = 1L << 25;

  /**
   * How many latent points one decode call takes, so that its largest activation stays near
   * {@link #FLOATS_PER_CALL}: a convolutional decoder's last stage holds about the first stage's
   * filters times the image's pixels a point, an MLP's its widest layer, a TorchScript decoder is
   * taken as 32 values a pixel. At most 8,192.
   */
  static int pointsPerChunk(ModelSpec spec) {
    long pixels = spec.input().size();
    long perPoint;
    if (spec.isTorchScript()) {
      perPoint = 32 * pixels;
    } else if (spec.architecture() == org.latentexplorer.model.Architecture.CONV) {
      List<Integer> f = spec.filters() == null ? ModelSpec.DEFAULT_FILTERS : spec.filters();
      perPoint = Math.max(1, f.get(0)) * pixels;
    } else {
      int widest = spec.hidden() == null ? 0 : spec.hidden().stream().mapToInt(Integer::intValue).max().orElse(0);
      perPoint = Math.max(pixels, widest);
    }
    return (int) Math.max(1, Math.min(8192, FLOATS_PER_CALL / perPoint));
  }

  /**
   * The worst case of a given size for the encoder: each image moved by {@code epsilon} times the
   * sign of the gradient of {@code ||mu(x') - mu(x)||^2}, then clipped to [0, 1] (the fast
   * gradient sign method, Goodfellow et al. 2015). That gradient is zero at x' = x, so it is taken
   * at a small random start x' = x + 1e-3 n, n ~ N(0, I), which turns it towards the directions
   * the encoder is most sensitive to, as in virtual adversarial training (Miyato et al. 2018).
   *
   * <p>Only for networks with input gradients ({@link LatentEngine#hasInputGradients}).
   *
   * @param means the encoder means of the images, (count, L) flat
   * @param seed for the random start
   * @return the perturbed images, flat
   */
  public CompletableFuture<float[]> meanShiftAttack(
      float[] images, int count, float[] means, float epsilon, long seed) {
    InputShape in = check(images, count);
    if (!engine.hasInputGradients()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "this model's encoder gives no gradients with respect to its input (TorchScript)"));
    }
    float[] start = new float[images.length];
    Random random = new Random(seed);
    for (int i = 0; i < start.length; i++) {
      start[i] = images[i] + RANDOM_START * (float) random.nextGaussian();
    }
    return engine.withNetwork(
        (network, m) -> {
          NDArray x = m.create(images, shape(count, in));
          NDArray mu = m.create(means, new Shape(count, engine.latentSize()));
          NDArray moved = m.create(start, shape(count, in));
          moved.setRequiresGradient(true);
          try (GradientCollector collector = ExclusiveGradients.open()) {
            NDList encoded = network.encode(moved);
            collector.backward(encoded.get(0).sub(mu).square().sum());
          }
          NDArray direction = moved.getGradient().sign();
          return x.add(direction.mul(epsilon)).clip(0f, 1f).toFloatArray();
        });
  }

  private InputShape check(float[] images, int count) {
    InputShape in = engine.inputShape();
    if (images.length != (long) count * in.size()) {
      throw new IllegalArgumentException(
          images.length + " values are not " + count + " images of " + in);
    }
    return in;
  }

  private static Shape shape(int count, InputShape in) {
    return new Shape(count, in.channels(), in.height(), in.width());
  }
}
