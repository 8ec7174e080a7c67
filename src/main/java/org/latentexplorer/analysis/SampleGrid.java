package org.latentexplorer.analysis;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.latentexplorer.analysis.plot.Raster;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.latent.Sampling;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.Likelihood;

/**
 * A grid of decodes of z ~ N(0, I), as in the classic VAE report: the decoder's mean image, or a
 * draw from the decoder's distribution (a Bernoulli pixel is 1 with probability p).
 */
public final class SampleGrid {

  private SampleGrid() {}

  /** Decodes {@code count} prior samples; blocks on the engine. */
  public static List<float[]> run(
      LatentEngine engine, int count, long seed, boolean drawPixels) throws Exception {
    Random random = new Random(seed);
    float[][] z = new float[count][];
    for (int i = 0; i < count; i++) {
      z[i] = Sampling.prior(random, engine.latentSize());
    }
    float[][] means = engine.decodeAll(z).get();
    if (!drawPixels) {
      return List.of(means);
    }
    Likelihood likelihood = engine.description().model().likelihood();
    List<float[]> drawn = new ArrayList<>();
    for (float[] image : means) {
      float[] d = new float[image.length];
      for (int p = 0; p < d.length; p++) {
        d[p] =
            likelihood == Likelihood.BERNOULLI
                ? (random.nextDouble() < image[p] ? 1f : 0f)
                : (float) Math.max(0, Math.min(1, image[p] + random.nextGaussian()));
      }
      drawn.add(d);
    }
    return drawn;
  }

  /** The images as a square-ish grid. */
  public static BufferedImage figure(List<float[]> images, InputShape shape) {
    int columns = (int) Math.ceil(Math.sqrt(images.size()));
    List<List<float[]>> rows = new ArrayList<>();
    for (int i = 0; i < images.size(); i += columns) {
      rows.add(images.subList(i, Math.min(images.size(), i + columns)));
    }
    int side = Math.max(shape.width(), shape.height());
    return Raster.grid(rows, null, shape, Math.max(2, 56 / side));
  }
}
