package org.latentexplorer.latent.metrics;

/**
 * How smooth a decoded path is: the SSIM ({@link Ssim}, docs/metrics.md) of each pair of consecutive
 * frames, their mean, and the largest jump (the lowest SSIM, and where it is). A path through
 * well-populated latent space changes a little at every step; a jump shows where the decoder
 * switches abruptly (an AE's holes, a class boundary).
 *
 * @param steps SSIM of frames i and i + 1, for i = 0 to n - 2
 * @param mean their mean
 * @param lowest the lowest of them: the largest jump
 * @param lowestAt the step where it is (frames lowestAt and lowestAt + 1)
 */
public record PathSmoothness(double[] steps, double mean, double lowest, int lowestAt) {

  /** Measures frames of one shape; fewer than two frames give an empty result (mean NaN). */
  public static PathSmoothness of(float[][] frames, int channels, int height, int width) {
    int n = Math.max(0, frames.length - 1);
    double[] steps = new double[n];
    double sum = 0;
    double lowest = Double.NaN;
    int at = -1;
    for (int i = 0; i < n; i++) {
      steps[i] = Ssim.of(frames[i], frames[i + 1], channels, height, width);
      sum += steps[i];
      if (at < 0 || steps[i] < lowest) {
        lowest = steps[i];
        at = i;
      }
    }
    return new PathSmoothness(steps, n == 0 ? Double.NaN : sum / n, lowest, at);
  }
}
