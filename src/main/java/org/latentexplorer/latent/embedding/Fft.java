package org.latentexplorer.latent.embedding;

/**
 * An in-place complex fast Fourier transform of one power-of-two size (iterative radix-2
 * Cooley-Tukey, decimation in time, with the bit-reversal permutation and the twiddle factors
 * computed once). The forward transform is {@code X_k = sum_n x_n e^{-2 pi i k n / N}}; the
 * inverse omits the 1/N factor. One instance may serve many threads: it holds no mutable state.
 */
public final class Fft {

  private final int size;
  private final int[] reversed;
  private final double[] cos;
  private final double[] sin;

  /** @param size a power of two, at least 2 */
  public Fft(int size) {
    if (size < 2 || Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException("FFT size must be a power of two, not " + size);
    }
    this.size = size;
    int bits = Integer.numberOfTrailingZeros(size);
    reversed = new int[size];
    for (int i = 0; i < size; i++) {
      reversed[i] = Integer.reverse(i) >>> (32 - bits);
    }
    cos = new double[size / 2];
    sin = new double[size / 2];
    for (int k = 0; k < size / 2; k++) {
      double a = -2 * Math.PI * k / size;
      cos[k] = Math.cos(a);
      sin[k] = Math.sin(a);
    }
  }

  public int size() {
    return size;
  }

  /** Transforms {@code size} values starting at {@code offset} of both arrays, in place. */
  public void forward(double[] re, double[] im, int offset) {
    transform(re, im, offset, 1);
  }

  /** The inverse transform, unscaled (multiply by 1 / size to undo {@link #forward}). */
  public void inverse(double[] re, double[] im, int offset) {
    transform(re, im, offset, -1);
  }

  private void transform(double[] re, double[] im, int offset, int sign) {
    for (int i = 0; i < size; i++) {
      int j = reversed[i];
      if (j > i) {
        double t = re[offset + i];
        re[offset + i] = re[offset + j];
        re[offset + j] = t;
        t = im[offset + i];
        im[offset + i] = im[offset + j];
        im[offset + j] = t;
      }
    }
    for (int i = offset; i < offset + size; i += 2) {
      double ar = re[i];
      double ai = im[i];
      re[i] = ar + re[i + 1];
      im[i] = ai + im[i + 1];
      re[i + 1] = ar - re[i + 1];
      im[i + 1] = ai - im[i + 1];
    }
    for (int half = 2; half < size; half *= 2) {
      int step = size / (2 * half);
      for (int k = 0; k < half; k++) {
        double wr = cos[k * step];
        double wi = sign * sin[k * step];
        for (int start = offset + k; start < offset + size; start += 2 * half) {
          int j = start + half;
          double tr = wr * re[j] - wi * im[j];
          double ti = wr * im[j] + wi * re[j];
          re[j] = re[start] - tr;
          im[j] = im[start] - ti;
          re[start] += tr;
          im[start] += ti;
        }
      }
    }
  }
}
