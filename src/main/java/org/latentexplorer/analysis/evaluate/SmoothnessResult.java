package org.latentexplorer.analysis.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.latent.Interpolation;
import org.latentexplorer.latent.metrics.PathSmoothness;
import org.latentexplorer.model.InputShape;

/**
 * Smoothness of a fixed set of interpolations: straight lines between the encoder means of pairs
 * of held-out images drawn with the seed, each decoded into frames and measured by {@link
 * PathSmoothness} (SSIM of consecutive frames). Empty when the images are too small for SSIM.
 *
 * @param pairs the two held-out images of each path
 * @param frames each path's decoded frames
 * @param paths each path's smoothness
 */
public record SmoothnessResult(int[][] pairs, List<float[][]> frames, List<PathSmoothness> paths) {

  static SmoothnessResult run(
      LatentEngine engine, Encoding encoding, int count, int pathCount, int frameCount, long seed,
      Steps steps) {
    InputShape shape = engine.inputShape();
    if (!ReconstructionResult.ssimFits(shape) || count < 2) {
      return new SmoothnessResult(new int[0][], List.of(), List.of());
    }
    steps.at("Smoothness of interpolations", -1);
    Random random = new Random(seed);
    int[][] pairs = new int[pathCount][];
    List<float[][]> frames = new ArrayList<>();
    List<PathSmoothness> paths = new ArrayList<>();
    for (int p = 0; p < pathCount; p++) {
      int a = random.nextInt(count);
      int b = random.nextInt(count - 1);
      b = b >= a ? b + 1 : b;
      pairs[p] = new int[] {a, b};
      float[][] zs = Interpolation.path(encoding.mean(a), encoding.mean(b), frameCount, false);
      float[][] images = Steps.await(engine.decodeAll(zs));
      frames.add(images);
      paths.add(PathSmoothness.of(images, shape.channels(), shape.height(), shape.width()));
    }
    return new SmoothnessResult(pairs, frames, paths);
  }

  /** The mean SSIM of consecutive frames over all paths. */
  public double meanSsim() {
    return paths.stream().flatMapToDouble(p -> Arrays.stream(p.steps())).average().orElse(Double.NaN);
  }

  /** The lowest SSIM of consecutive frames over all paths: the largest jump. */
  public double lowestSsim() {
    return paths.stream().mapToDouble(PathSmoothness::lowest).min().orElse(Double.NaN);
  }
}
