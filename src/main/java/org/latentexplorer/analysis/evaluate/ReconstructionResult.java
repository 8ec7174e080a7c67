package org.latentexplorer.analysis.evaluate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;
import org.latentexplorer.engine.ModelMeasures;
import org.latentexplorer.latent.metrics.Psnr;
import org.latentexplorer.latent.metrics.Ssim;
import org.latentexplorer.model.InputShape;

/**
 * Reconstruction of held-out images through the encoder means: per image the reconstruction loss,
 * SSIM (docs/metrics.md; none for images under 11 pixels a side, as scikit-image) and PSNR.
 *
 * @param lossName what the loss is ("binary cross-entropy (nats)" or "squared error")
 * @param pixels the reconstructions, flat, image by image
 * @param loss per image
 * @param ssim per image, or null when the images are too small for SSIM's window
 * @param psnr per image, in dB (infinite for a perfect reconstruction)
 */
public record ReconstructionResult(
    String lossName, float[] pixels, double[] loss, double[] ssim, double[] psnr) {

  /** Reconstructs and measures {@code count} images. */
  static ReconstructionResult run(
      ModelMeasures measures, float[] images, int count, InputShape shape, Steps steps) {
    int size = shape.size();
    float[] pixels = new float[count * size];
    double[] loss = new double[count];
    int chunk = measures.imagesPerCall();
    for (int from = 0; from < count; from += chunk) {
      int n = Math.min(chunk, count - from);
      steps.at(String.format(Locale.ROOT, "Reconstructing %,d images", count), (double) from / count);
      ModelMeasures.Reconstructions r =
          Steps.await(
              measures.reconstruct(
                  Arrays.copyOfRange(images, from * size, (from + n) * size), n));
      System.arraycopy(r.pixels(), 0, pixels, from * size, n * size);
      System.arraycopy(r.loss(), 0, loss, from, n);
    }
    steps.at("SSIM and PSNR", -1);
    boolean ssimFits = ssimFits(shape);
    double[] ssim = ssimFits ? new double[count] : null;
    double[] psnr = new double[count];
    IntStream.range(0, count)
        .parallel()
        .forEach(
            i -> {
              float[] x = Arrays.copyOfRange(images, i * size, (i + 1) * size);
              float[] y = Arrays.copyOfRange(pixels, i * size, (i + 1) * size);
              if (ssim != null) {
                ssim[i] = Ssim.of(x, y, shape.channels(), shape.height(), shape.width());
              }
              psnr[i] = Psnr.of(x, y);
            });
    return new ReconstructionResult(measures.lossName(), pixels, loss, ssim, psnr);
  }

  /** Whether SSIM's 11 x 11 window fits images of this shape. */
  public static boolean ssimFits(InputShape shape) {
    return shape.height() >= Ssim.WINDOW && shape.width() >= Ssim.WINDOW;
  }

  public int count() {
    return loss.length;
  }

  /** One reconstruction. */
  public float[] reconstruction(int index) {
    int size = pixels.length / loss.length;
    return Arrays.copyOfRange(pixels, index * size, (index + 1) * size);
  }

  /** The {@code n} images with the lowest loss, best first. */
  public int[] best(int n) {
    return ranked(n, false);
  }

  /** The {@code n} images with the highest loss, worst first. */
  public int[] worst(int n) {
    return ranked(n, true);
  }

  private int[] ranked(int n, boolean descending) {
    Comparator<Integer> byLoss = Comparator.comparingDouble(i -> loss[i]);
    return IntStream.range(0, loss.length)
        .boxed()
        .sorted(descending ? byLoss.reversed() : byLoss)
        .limit(n)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
