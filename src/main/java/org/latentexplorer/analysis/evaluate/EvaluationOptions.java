package org.latentexplorer.analysis.evaluate;

/**
 * What an evaluation measures, and on how much.
 *
 * @param items held-out images for reconstruction, generation and robustness (0: all)
 * @param likelihoodItems held-out images for the importance-sampled log-likelihood (VAE); 0 to
 *     size it to this machine ({@link EvaluationBudget})
 * @param likelihoodSamples K, the samples of q(z|x) an image; 0 for 1,000, lowered (not below
 *     100) when even 100 images would not fit the budget
 * @param robustnessItems held-out images for the robustness sweep (each sigma encodes, decodes
 *     and differentiates them twice over); 0 to size it to this machine
 * @param sigmas the noise levels of the robustness sweep, in pixel units
 * @param paths interpolations for the smoothness figures
 * @param frames frames of each interpolation
 * @param exported held-out images whose originals and reconstructions are exported
 * @param seed for every random draw (prior samples, noise, q(z|x) samples, paths)
 */
public record EvaluationOptions(
    int items,
    int likelihoodItems,
    int likelihoodSamples,
    int robustnessItems,
    double[] sigmas,
    int paths,
    int frames,
    int exported,
    long seed) {

  /**
   * The defaults: all held-out images, sigma 0 to 0.5, and the sizes of log p(x) and of the
   * robustness sweep chosen for this machine and model (up to K = 1000 on 1,000 images, and 2,000
   * images).
   */
  public static EvaluationOptions defaults() {
    return new EvaluationOptions(0, 0, 0, 0, sigmaSweep(0.5, 10), 10, 12, 100, 1);
  }

  /** Whether some size is left for the program to choose ({@link EvaluationBudget}). */
  public boolean leavesSizesToTheProgram() {
    return likelihoodItems <= 0 || likelihoodSamples <= 0 || robustnessItems <= 0;
  }

  /** 0, max/steps, ..., max. */
  public static double[] sigmaSweep(double max, int steps) {
    double[] s = new double[steps + 1];
    for (int i = 0; i <= steps; i++) {
      s[i] = Math.round(max * i / steps * 1e6) / 1e6;
    }
    return s;
  }

  /** The same options with other likelihood settings. */
  public EvaluationOptions withLikelihood(int images, int samples) {
    return new EvaluationOptions(
        items, images, samples, robustnessItems, sigmas, paths, frames, exported, seed);
  }

  /** The same options on at most {@code n} held-out images. */
  public EvaluationOptions withItems(int n) {
    return new EvaluationOptions(
        n, likelihoodItems, likelihoodSamples, robustnessItems, sigmas, paths, frames, exported, seed);
  }
}
