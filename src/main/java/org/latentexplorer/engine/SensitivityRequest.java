package org.latentexplorer.engine;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.latentexplorer.latent.Sensitivity;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.DecoderJacobian;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.ModelSpec;

/**
 * The decoder's sensitivity ({@link Sensitivity}) at many latent points, on a model's engine
 * thread, in chunks small enough that the d tangents of one chunk through the decoder's widest
 * layer stay within about 64 MB a tensor.
 */
public final class SensitivityRequest {

  /** Jacobian values (points x d x pixels) one chunk may hold. */
  static final long CHUNK_VALUES = 1L << 24;

  private SensitivityRequest() {}

  /**
   * Starts the work.
   *
   * @param z the points, (count, d) flat
   * @param progress told the fraction done after each chunk (on the engine thread), or null
   * @param cancelled asked between chunks; the future fails with {@link CancellationException}
   */
  public static CompletableFuture<Sensitivity> start(
      LatentEngine engine, float[] z, int count, DoubleConsumer progress, BooleanSupplier cancelled) {
    int d = engine.latentSize();
    if (z.length != (long) count * d) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException(z.length + " values are not " + count + " points of " + d));
    }
    int chunk = chunkSize(d, widestLayer(engine.description().model()));
    return engine.withNetwork(
        (network, m) -> {
          float[] gram = new float[count * d * d];
          for (int from = 0; from < count; from += chunk) {
            if (cancelled != null && cancelled.getAsBoolean()) {
              throw new CancellationException("sensitivity cancelled");
            }
            int n = Math.min(chunk, count - from);
            float[] part = new float[n * d];
            System.arraycopy(z, from * d, part, 0, n * d);
            try (var sub = m.newSubManager()) {
              float[] g = DecoderJacobian.gram(network, sub, part, n, d);
              System.arraycopy(g, 0, gram, from * d * d, g.length);
            }
            if (progress != null) {
              progress.accept((double) (from + n) / count);
            }
          }
          return Sensitivity.fromGram(gram, count, d);
        });
  }

  /**
   * The sensitivity at one point that follows a live control (the current z): a newer call
   * supersedes this one while it waits, and its future is then cancelled.
   */
  public static CompletableFuture<Sensitivity> latest(LatentEngine engine, float[] z) {
    int d = engine.latentSize();
    if (z.length != d) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("z has " + z.length + " values; the latent has " + d));
    }
    float[] copy = z.clone();
    return engine.withNetworkLatest(
        (network, m) -> Sensitivity.fromGram(DecoderJacobian.gram(network, m, copy, 1, d), 1, d));
  }

  /**
   * Whether {@code count} points cost little enough to measure with every change of a live view
   * (a strip while its ends are dragged): at most about 2^22 values through the decoder's widest
   * layer, a few milliseconds on the CPU; for TorchScript, whose Jacobian takes a backward pass
   * per pixel, at most 2^16 points times pixels.
   */
  public static boolean cheap(LatentEngine engine, int count) {
    ModelSpec spec = engine.description().model();
    if (spec.isTorchScript()) {
      return (long) count * spec.input().size() <= 1L << 16;
    }
    return (long) count * spec.latentSize() * widestLayer(spec) <= 1L << 22;
  }

  static int chunkSize(int latent, long valuesPerTangent) {
    return (int) Math.max(1, Math.min(1024, CHUNK_VALUES / (latent * valuesPerTangent)));
  }

  /**
   * The values of the decoder's widest layer for one point: for a convolutional decoder, the
   * upsampled input of its last convolution; for TorchScript, four times the image, unknown.
   */
  static long widestLayer(ModelSpec spec) {
    InputShape in = spec.input();
    if (spec.isTorchScript()) {
      return 4L * in.size();
    }
    long widest = in.size();
    for (int h : spec.hidden()) {
      widest = Math.max(widest, h);
    }
    if (spec.architecture() == Architecture.CONV) {
      widest = Math.max(widest, (long) spec.convFilters().get(0) * in.height() * in.width());
    }
    return widest;
  }
}
