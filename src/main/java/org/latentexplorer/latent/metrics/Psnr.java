package org.latentexplorer.latent.metrics;

/**
 * Peak signal-to-noise ratio for pixels in [0, 1]: 10 log10(1 / MSE), in decibels, with the MSE
 * over every value of the image in double precision (scikit-image's {@code
 * peak_signal_noise_ratio(x, y, data_range=1)}). Identical images give positive infinity.
 */
public final class Psnr {

  private Psnr() {}

  public static double of(float[] x, float[] y) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("PSNR needs two images of the same size");
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double d = (double) x[i] - y[i];
      sum += d * d;
    }
    double mse = sum / x.length;
    return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(1 / mse);
  }
}
