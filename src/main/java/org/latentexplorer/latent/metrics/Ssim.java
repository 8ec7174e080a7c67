package org.latentexplorer.latent.metrics;

/**
 * Structural similarity of two images (Wang, Bovik, Sheikh and Simoncelli 2004, "Image quality
 * assessment: from error visibility to structural similarity"), computed as scikit-image's
 * {@code structural_similarity(x, y, gaussian_weights=True, sigma=1.5,
 * use_sample_covariance=False, data_range=1.0)} does, so a figure can be checked in Python:
 *
 * <ul>
 *   <li>a Gaussian window of sigma 1.5 truncated at 3.5 sigma: 11 taps, normalised to sum 1,
 *       applied along rows and then columns;
 *   <li>K1 = 0.01, K2 = 0.03, pixels in [0, 1]: C1 = 0.01^2, C2 = 0.03^2;
 *   <li>population (biased) local variances and covariance;
 *   <li>the SSIM map where the window fits (5 pixels cropped from every edge), then its mean;
 *   <li>colour: the mean over channels.
 * </ul>
 *
 * Everything is computed in double precision. Images are channel-major (C, H, W), each side at
 * least 11 pixels.
 */
public final class Ssim {

  /** The Gaussian window's standard deviation. */
  public static final double SIGMA = 1.5;

  /** The window's radius: int(3.5 sigma + 0.5), as scipy.ndimage computes it. */
  public static final int RADIUS = (int) (3.5 * SIGMA + 0.5);

  /** The window's side, 11: the smallest image side SSIM is defined for here. */
  public static final int WINDOW = 2 * RADIUS + 1;

  private static final double C1 = 0.01 * 0.01;
  private static final double C2 = 0.03 * 0.03;
  private static final double[] WEIGHTS = weights();

  private Ssim() {}

  private static double[] weights() {
    double[] w = new double[WINDOW];
    double sum = 0;
    for (int i = 0; i < WINDOW; i++) {
      int x = i - RADIUS;
      w[i] = Math.exp(-0.5 * x * x / (SIGMA * SIGMA));
      sum += w[i];
    }
    for (int i = 0; i < WINDOW; i++) {
      w[i] /= sum;
    }
    return w;
  }

  /**
   * The mean SSIM of two images of the same shape.
   *
   * @throws IllegalArgumentException when a side is under {@link #WINDOW} pixels
   */
  public static double of(float[] x, float[] y, int channels, int height, int width) {
    if (x.length != y.length || x.length != channels * height * width) {
      throw new IllegalArgumentException("the two images must both be " + channels + "x" + height + "x" + width);
    }
    if (height < WINDOW || width < WINDOW) {
      throw new IllegalArgumentException(
          "SSIM needs images of at least " + WINDOW + "x" + WINDOW + " pixels, not " + height + "x" + width);
    }
    double total = 0;
    int plane = height * width;
    for (int c = 0; c < channels; c++) {
      total += channel(x, y, c * plane, height, width);
    }
    return total / channels;
  }

  private static double channel(float[] xs, float[] ys, int offset, int h, int w) {
    int n = h * w;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] xx = new double[n];
    double[] yy = new double[n];
    double[] xy = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = xs[offset + i];
      y[i] = ys[offset + i];
      xx[i] = x[i] * x[i];
      yy[i] = y[i] * y[i];
      xy[i] = x[i] * y[i];
    }
    double[] ux = blur(x, h, w);
    double[] uy = blur(y, h, w);
    double[] uxx = blur(xx, h, w);
    double[] uyy = blur(yy, h, w);
    double[] uxy = blur(xy, h, w);
    double sum = 0;
    int count = 0;
    for (int r = RADIUS; r < h - RADIUS; r++) {
      for (int c = RADIUS; c < w - RADIUS; c++) {
        int i = r * w + c;
        double vx = uxx[i] - ux[i] * ux[i];
        double vy = uyy[i] - uy[i] * uy[i];
        double vxy = uxy[i] - ux[i] * uy[i];
        double a1 = 2 * ux[i] * uy[i] + C1;
        double a2 = 2 * vxy + C2;
        double b1 = ux[i] * ux[i] + uy[i] * uy[i] + C1;
        double b2 = vx + vy + C2;
        sum += a1 * a2 / (b1 * b2);
        count++;
      }
    }
    return sum / count;
  }

  /**
   * The Gaussian filter along rows, then along columns. Only values where the window fits are
   * used afterwards, so the edge mode does not matter; scipy's "reflect" is used all the same.
   */
  private static double[] blur(double[] image, int h, int w) {
    double[] rows = new double[image.length];
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        double s = 0;
        for (int k = -RADIUS; k <= RADIUS; k++) {
          s += WEIGHTS[k + RADIUS] * image[r * w + reflect(c + k, w)];
        }
        rows[r * w + c] = s;
      }
    }
    double[] out = new double[image.length];
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        double s = 0;
        for (int k = -RADIUS; k <= RADIUS; k++) {
          s += WEIGHTS[k + RADIUS] * rows[reflect(r + k, h) * w + c];
        }
        out[r * w + c] = s;
      }
    }
    return out;
  }

  /** scipy.ndimage's "reflect" (d c b a | a b c d | d c b a). */
  private static int reflect(int i, int n) {
    while (i < 0 || i >= n) {
      i = i < 0 ? -i - 1 : 2 * n - i - 1;
    }
    return i;
  }
}
