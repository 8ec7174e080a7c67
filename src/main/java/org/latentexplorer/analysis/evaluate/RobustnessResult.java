package org.latentexplorer.analysis.evaluate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelMeasures;

/**
 * How stable the codes and reconstructions are when held-out images are disturbed. For each
 * sigma: Gaussian noise of standard deviation sigma (one noise pattern an image, scaled, so the
 * curves are smooth; pixels clipped to [0, 1]), and the worst case of the same size, a gradient-sign
 * step of sigma per pixel against the encoder mean ({@link ModelMeasures#meanShiftAttack}).
 * Latent stability is the mean of ||mu(x) - mu(x')||^2, reconstruction stability the mean of
 * ||x^ - x'^||^2 over pixels, where x^ decodes mu(x).
 *
 * @param sigma the noise levels
 * @param latentStability noise: mean squared latent displacement a sigma
 * @param reconstructionStability noise: mean squared change of the reconstruction a sigma
 * @param attackLatentStability gradient sign: the same; null when the encoder gives no input
 *     gradients (TorchScript)
 * @param attackReconstructionStability gradient sign: the same, or null
 * @param items how many images
 * @param codeSpread the mean squared distance of their codes from the codes' mean: the scale the
 *     latent figures are read against (an AE's codes may spread over tens of units, a VAE's over
 *     a few)
 */
public record RobustnessResult(
    double[] sigma,
    double[] latentStability,
    double[] reconstructionStability,
    double[] attackLatentStability,
    double[] attackReconstructionStability,
    int items,
    double codeSpread) {

  static RobustnessResult run(
      LatentEngine engine, ModelMeasures measures, float[] images, int count, Encoding clean,
      float[] reconstructions, double[] sigmas, long seed, Steps steps) {
    int size = engine.inputShape().size();
    float[] noise = new float[count * size];
    Random random = new Random(seed);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (float) random.nextGaussian();
    }
    int s = sigmas.length;
    double[] latent = new double[s];
    double[] recon = new double[s];
    boolean attack = engine.hasInputGradients();
    double[] attackLatent = attack ? new double[s] : null;
    double[] attackRecon = attack ? new double[s] : null;
    for (int j = 0; j < s; j++) {
      float sigma = (float) sigmas[j];
      if (sigma == 0) {
        continue;
      }
      int chunk = measures.imagesPerCall();
      for (int from = 0; from < count; from += chunk) {
        int n = Math.min(chunk, count - from);
        steps.at(
            String.format(Locale.ROOT, "Robustness, sigma %.2f", sigma),
            (j + (double) from / count) / s);
        float[] x = Arrays.copyOfRange(images, from * size, (from + n) * size);
        float[] noisy = new float[x.length];
        for (int p = 0; p < x.length; p++) {
          noisy[p] = Math.min(1f, Math.max(0f, x[p] + sigma * noise[from * size + p]));
        }
        double[] d = displacement(engine, noisy, n, clean, reconstructions, from, size);
        latent[j] += d[0];
        recon[j] += d[1];
        if (attack) {
          float[] means =
              Arrays.copyOfRange(
                  clean.means(), from * clean.latentSize(), (from + n) * clean.latentSize());
          float[] attacked =
              Steps.await(measures.meanShiftAttack(x, n, means, sigma, seed + 7919L * j + from));
          double[] a = displacement(engine, attacked, n, clean, reconstructions, from, size);
          attackLatent[j] += a[0];
          attackRecon[j] += a[1];
        }
      }
      latent[j] /= count;
      recon[j] /= count;
      if (attack) {
        attackLatent[j] /= count;
        attackRecon[j] /= count;
      }
    }
    return new RobustnessResult(
        sigmas.clone(), latent, recon, attackLatent, attackRecon, count, spread(clean, count));
  }

  /** Mean squared distance of the first {@code count} codes from their mean. */
  static double spread(Encoding e, int count) {
    int latent = e.latentSize();
    double[] mean = new double[latent];
    for (int i = 0; i < count; i++) {
      for (int d = 0; d < latent; d++) {
        mean[d] += e.means()[i * latent + d];
      }
    }
    double sum = 0;
    for (int i = 0; i < count; i++) {
      for (int d = 0; d < latent; d++) {
        double diff = e.means()[i * latent + d] - mean[d] / count;
        sum += diff * diff;
      }
    }
    return sum / count;
  }

  /** Summed squared latent and reconstruction displacements of {@code n} disturbed images. */
  private static double[] displacement(
      LatentEngine engine, float[] disturbed, int n, Encoding clean, float[] reconstructions,
      int from, int size) {
    Encoding e = Steps.await(engine.encode(disturbed, n, null));
    int latent = e.latentSize();
    float[][] zs = new float[n][];
    double sumLatent = 0;
    for (int i = 0; i < n; i++) {
      zs[i] = e.mean(i);
      for (int d = 0; d < latent; d++) {
        double diff = zs[i][d] - clean.means()[(from + i) * latent + d];
        sumLatent += diff * diff;
      }
    }
    float[][] decoded = Steps.await(engine.decodeAll(zs));
    double sumRecon = 0;
    for (int i = 0; i < n; i++) {
      int base = (from + i) * size;
      for (int p = 0; p < size; p++) {
        double diff = decoded[i][p] - reconstructions[base + p];
        sumRecon += diff * diff;
      }
    }
    return new double[] {sumLatent, sumRecon};
  }
}
