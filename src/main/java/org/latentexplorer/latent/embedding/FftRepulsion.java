package org.latentexplorer.latent.embedding;

import java.util.stream.IntStream;

/**
 * The repulsive forces of 2-D t-SNE by interpolation onto an equispaced grid and convolution with
 * the FFT: FIt-SNE (Linderman, Rachh, Hoskins, Steinerberger and Kluger 2019, "Fast
 * interpolation-based t-SNE for improved visualization of single-cell RNA-seq data", Nature
 * Methods 16), as openTSNE computes it. With the kernel {@code K(r) = 1 / (1 + r^2)^2} and the
 * charges 1, x_j, y_j and |y_j|^2, the potentials phi give every point's repulsion
 * {@code sum_j K_ij (y_i - y_j) = y_i phi_0 - (phi_1, phi_2)} and its share of the normalisation
 * {@code sum_j 1 / (1 + |y_i - y_j|^2) = (1 + |y_i|^2) phi_0 - 2 y_i . (phi_1, phi_2) + phi_3}.
 *
 * <p>The charges reach the grid by Lagrange interpolation on a centred stencil of {@value
 * #STENCIL} x {@value #STENCIL} nodes around each point (as particle-mesh methods do; FIt-SNE
 * instead uses three nodes in a fixed box, which extrapolates near the box edges and was about
 * five times less accurate on a formed map of 10,000 points), the node-to-node sums are one
 * circulant convolution (two complex FFTs carry the four real charges, and only the non-zero
 * quarter of each padded grid is transformed first and kept last), and the potentials return
 * to the points by the same interpolation. The grid has a power of two nodes a side, the
 * fewest that keep the node spacing at most {@code maxSpacing}; its spacing is rounded up to a
 * ladder of 2% steps so that the kernel's transform is reused while the map grows.
 */
final class FftRepulsion {

  static final int STENCIL = 4;
  private static final int MIN_SIZE = 64;
  private static final int MAX_SIZE = 4096;
  private static final int LADDER_STEPS_PER_OCTAVE = 32;

  private final double maxSpacing;
  private final int stencil;
  private int size;
  private int ladder = Integer.MIN_VALUE;
  private double[] kernelSpectrum;
  private double[] aRe;
  private double[] aIm;
  private double[] bRe;
  private double[] bIm;
  private Fft fft;
  private int[] boxX = new int[0];
  private int[] boxY = new int[0];
  private double[] weightX = new double[0];
  private double[] weightY = new double[0];

  /** @param maxSpacing the widest distance between grid nodes, in embedding units */
  FftRepulsion(double maxSpacing) {
    this(maxSpacing, STENCIL);
  }

  FftRepulsion(double maxSpacing, int stencil) {
    if (stencil < 2 || stencil % 2 != 0) {
      throw new IllegalArgumentException("the stencil needs an even number of nodes");
    }
    this.maxSpacing = maxSpacing;
    this.stencil = stencil;
  }

  /** The side of the last grid, in nodes of the circulant embedding (for benchmarks). */
  int gridSize() {
    return size;
  }

  /**
   * Writes {@code sum_j (y_i - y_j) / (1 + |y_i - y_j|^2)^2} into {@code force[2i], force[2i+1]}
   * for every point and returns {@code Z = sum_{i != j} 1 / (1 + |y_i - y_j|^2)}.
   */
  double repulsion(double[] y, int n, double[] force) {
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      xMin = Math.min(xMin, y[2 * i]);
      xMax = Math.max(xMax, y[2 * i]);
      yMin = Math.min(yMin, y[2 * i + 1]);
      yMax = Math.max(yMax, y[2 * i + 1]);
    }
    double range = Math.max(Math.max(xMax - xMin, yMax - yMin), 1e-9) * (1 + 1e-9);
    int l = MIN_SIZE;
    while (l < MAX_SIZE && range / usable(l) > maxSpacing) {
      l *= 2;
    }
    double needed = range / usable(l);
    int step = (int) Math.floor(-LADDER_STEPS_PER_OCTAVE * Math.log(needed / maxSpacing) / Math.log(2));
    double spacing = maxSpacing * Math.pow(2, -(double) step / LADDER_STEPS_PER_OCTAVE);
    if (spacing < needed) {
      step--;
      spacing = maxSpacing * Math.pow(2, -(double) step / LADDER_STEPS_PER_OCTAVE);
    }
    prepare(l, step, spacing, n);
    int nodes = l / 2;
    double x0 = xMin - (stencil / 2 - 0.5) * spacing;
    double y0 = yMin - (stencil / 2 - 0.5) * spacing;
    double cx = x0 + nodes * spacing / 2;
    double cy = y0 + nodes * spacing / 2;
    locate(y, n, x0, y0, spacing);
    spread(y, n, cx, cy);
    convolve(nodes);
    return gather(y, n, cx, cy, force);
  }

  /** How many node spacings the points may span on a grid whose circulant side is {@code l}. */
  private int usable(int l) {
    return l / 2 - stencil - 1;
  }

  private void prepare(int l, int step, double spacing, int n) {
    if (l != size) {
      size = l;
      fft = new Fft(l);
      aRe = new double[l * l];
      aIm = new double[l * l];
      bRe = new double[l * l];
      bIm = new double[l * l];
      ladder = Integer.MIN_VALUE;
    }
    if (step != ladder) {
      ladder = step;
      kernelSpectrum = kernelSpectrum(l, spacing);
    }
    if (boxX.length < n) {
      boxX = new int[n];
      boxY = new int[n];
      weightX = new double[n * stencil];
      weightY = new double[n * stencil];
    }
  }

  /** The transform of the squared Cauchy kernel at every node offset, wrapped circulantly. */
  private double[] kernelSpectrum(int l, double spacing) {
    double[] re = new double[l * l];
    double[] im = new double[l * l];
    for (int a = 0; a < l; a++) {
      double dy = (a < l / 2 ? a : a - l) * spacing;
      for (int b = 0; b < l; b++) {
        double dx = (b < l / 2 ? b : b - l) * spacing;
        double q = 1 / (1 + dx * dx + dy * dy);
        re[a * l + b] = q * q;
      }
    }
    forward2d(re, im, l);
    return re;
  }

  private void locate(double[] y, int n, double x0, double y0, double spacing) {
    IntStream.range(0, chunks(n))
        .parallel()
        .forEach(
            c -> {
              for (int i = from(n, c); i < from(n, c + 1); i++) {
                boxX[i] = place((y[2 * i] - x0) / spacing, weightX, i);
                boxY[i] = place((y[2 * i + 1] - y0) / spacing, weightY, i);
              }
            });
  }

  /**
   * The first node of the point's stencil along one axis (u in node units); writes the Lagrange
   * weights of the stencil's nodes, which lie at offsets 1 - p/2 .. p/2 from floor(u).
   */
  private int place(double u, double[] weights, int i) {
    int cell = (int) Math.floor(u);
    double t = u - cell;
    int half = stencil / 2;
    for (int k = 0; k < stencil; k++) {
      double w = 1;
      double at = k - half + 1;
      for (int m = 0; m < stencil; m++) {
        if (m != k) {
          double other = m - half + 1;
          w *= (t - other) / (at - other);
        }
      }
      weights[i * stencil + k] = w;
    }
    return cell - half + 1;
  }

  /** Interpolates the four charges onto the nodes: 1 + i x into grid a, y + i |y|^2 into grid b. */
  private void spread(double[] y, int n, double cx, double cy) {
    java.util.Arrays.fill(aRe, 0);
    java.util.Arrays.fill(aIm, 0);
    java.util.Arrays.fill(bRe, 0);
    java.util.Arrays.fill(bIm, 0);
    int l = size;
    for (int i = 0; i < n; i++) {
      double x = y[2 * i] - cx;
      double v = y[2 * i + 1] - cy;
      double r2 = x * x + v * v;
      for (int ky = 0; ky < stencil; ky++) {
        double wy = weightY[i * stencil + ky];
        int row = (boxY[i] + ky) * l + boxX[i];
        for (int kx = 0; kx < stencil; kx++) {
          double w = wy * weightX[i * stencil + kx];
          int node = row + kx;
          aRe[node] += w;
          aIm[node] += w * x;
          bRe[node] += w * v;
          bIm[node] += w * r2;
        }
      }
    }
  }

  /** Node potentials: both grids convolved with the kernel, only the first rows transformed. */
  private void convolve(int nodes) {
    int l = size;
    transformRows(aRe, aIm, bRe, bIm, nodes, true);
    transpose(aRe, aIm, bRe, bIm, l);
    transformRows(aRe, aIm, bRe, bIm, l, true);
    double scale = 1.0 / ((double) l * l);
    IntStream.range(0, chunks(l * l))
        .parallel()
        .forEach(
            c -> {
              for (int i = from(l * l, c); i < from(l * l, c + 1); i++) {
                double k = kernelSpectrum[i] * scale;
                aRe[i] *= k;
                aIm[i] *= k;
                bRe[i] *= k;
                bIm[i] *= k;
              }
            });
    transformRows(aRe, aIm, bRe, bIm, l, false);
    transpose(aRe, aIm, bRe, bIm, l);
    transformRows(aRe, aIm, bRe, bIm, nodes, false);
  }

  private double gather(double[] y, int n, double cx, double cy, double[] force) {
    int l = size;
    double[] partial = new double[chunks(n)];
    IntStream.range(0, chunks(n))
        .parallel()
        .forEach(
            c -> {
              double z = 0;
              for (int i = from(n, c); i < from(n, c + 1); i++) {
                double p0 = 0;
                double p1 = 0;
                double p2 = 0;
                double p3 = 0;
                for (int ky = 0; ky < stencil; ky++) {
                  double wy = weightY[i * stencil + ky];
                  int row = (boxY[i] + ky) * l + boxX[i];
                  for (int kx = 0; kx < stencil; kx++) {
                    double w = wy * weightX[i * stencil + kx];
                    int node = row + kx;
                    p0 += w * aRe[node];
                    p1 += w * aIm[node];
                    p2 += w * bRe[node];
                    p3 += w * bIm[node];
                  }
                }
                double x = y[2 * i] - cx;
                double v = y[2 * i + 1] - cy;
                force[2 * i] = x * p0 - p1;
                force[2 * i + 1] = v * p0 - p2;
                z += (1 + x * x + v * v) * p0 - 2 * (x * p1 + v * p2) + p3;
              }
              partial[c] = z;
            });
    double z = 0;
    for (double p : partial) {
      z += p;
    }
    return z - n;
  }

  private void forward2d(double[] re, double[] im, int l) {
    transformRows(re, im, null, null, l, true);
    transpose(re, im, null, null, l);
    transformRows(re, im, null, null, l, true);
  }

  private void transformRows(
      double[] re, double[] im, double[] re2, double[] im2, int rows, boolean forward) {
    int l = size;
    IntStream.range(0, rows)
        .parallel()
        .forEach(
            r -> {
              if (forward) {
                fft.forward(re, im, r * l);
                if (re2 != null) {
                  fft.forward(re2, im2, r * l);
                }
              } else {
                fft.inverse(re, im, r * l);
                if (re2 != null) {
                  fft.inverse(re2, im2, r * l);
                }
              }
            });
  }

  private static void transpose(double[] re, double[] im, double[] re2, double[] im2, int l) {
    int block = 32;
    int blocks = (l + block - 1) / block;
    IntStream.range(0, blocks)
        .parallel()
        .forEach(
            bi -> {
              for (int bj = bi; bj < blocks; bj++) {
                for (int i = bi * block; i < Math.min(l, (bi + 1) * block); i++) {
                  int jStart = bj == bi ? i + 1 : bj * block;
                  for (int j = jStart; j < Math.min(l, (bj + 1) * block); j++) {
                    swap(re, i * l + j, j * l + i);
                    swap(im, i * l + j, j * l + i);
                    if (re2 != null) {
                      swap(re2, i * l + j, j * l + i);
                      swap(im2, i * l + j, j * l + i);
                    }
                  }
                }
              }
            });
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  private static int chunks(int n) {
    return Math.max(1, Math.min(n / 1024, Runtime.getRuntime().availableProcessors() * 4));
  }

  private static int from(int n, int c) {
    return (int) ((long) n * c / chunks(n));
  }
}
