package org.latentexplorer.latent.metrics.disentanglement;

import java.util.Arrays;

/**
 * L2-regularised logistic regression solved to its optimum, as scikit-learn's {@code
 * LogisticRegression(C=1.0)} defines it (version 1.2): with two classes one weight vector and the
 * logistic loss, with more the multinomial (softmax) loss with one weight vector a class; the
 * objective is {@code 1/2 ||W||^2 + C * sum of the losses}, intercepts unpenalised. Solved by
 * truncated Newton with conjugate gradients on Hessian-vector products (Nocedal and Wright,
 * algorithm 7.1; scikit-learn's "newton-cg") with a backtracking Armijo line search, until the
 * gradient's largest component is below 1e-10 of the objective's scale, or a step lowers the
 * objective by less than its rounding (1e-14 relative): on nearly separable data the objective is
 * flat and quasi-Newton methods stop far from the optimum.
 */
public final class LogisticRegression {

  private final int classes;
  private final int features;
  /** The label of each class, sorted (as scikit-learn's classes_). */
  private final int[] labels;
  /** Binary: one row; multinomial: one row a class; each row the weights then the intercept. */
  private final double[][] w;

  private LogisticRegression(int[] labels, int features, double[][] w) {
    this.labels = labels;
    this.classes = labels.length;
    this.features = features;
    this.w = w;
  }

  /**
   * Fits the classes the labels hold (at least two).
   *
   * @param x n rows of {@code features} values
   * @param labels n labels, any integers
   */
  public static LogisticRegression fit(double[][] x, int[] labels, double c) {
    int[] classLabels = java.util.stream.IntStream.of(labels).distinct().sorted().toArray();
    int classes = classLabels.length;
    if (classes < 2) {
      throw new IllegalArgumentException("logistic regression needs two classes or more");
    }
    int[] y = new int[labels.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = Arrays.binarySearch(classLabels, labels[i]);
    }
    int d = x[0].length;
    int rows = classes == 2 ? 1 : classes;
    int p = rows * (d + 1);
    double[] theta = new double[p];
    Objective f = new Objective(x, y, classes, d, c);
    f.minimise(theta, 1e-10, 200);
    double[][] w = new double[rows][];
    for (int r = 0; r < rows; r++) {
      w[r] = Arrays.copyOfRange(theta, r * (d + 1), (r + 1) * (d + 1));
    }
    return new LogisticRegression(classLabels, d, w);
  }

  /** The label of the most probable class (the first of equals). */
  public int predict(double[] x) {
    return labels[predictIndex(x)];
  }

  private int predictIndex(double[] x) {
    if (classes == 2) {
      return score(0, x) > 0 ? 1 : 0;
    }
    int best = 0;
    double top = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < classes; k++) {
      double s = score(k, x);
      if (s > top) {
        top = s;
        best = k;
      }
    }
    return best;
  }

  /** The fraction of rows predicted right. */
  public double accuracy(double[][] x, int[] y) {
    int right = 0;
    for (int i = 0; i < x.length; i++) {
      right += predict(x[i]) == y[i] ? 1 : 0;
    }
    return (double) right / x.length;
  }

  /**
   * Each feature's weight magnitude: binary |w_j|; multinomial the mean over classes of |w_kj| (as
   * {@code np.abs(coef_).mean(axis=0)}).
   */
  public double[] importance() {
    double[] out = new double[features];
    for (double[] row : w) {
      for (int j = 0; j < features; j++) {
        out[j] += Math.abs(row[j]) / w.length;
      }
    }
    return out;
  }

  private double score(int row, double[] x) {
    double[] r = w[row];
    double s = r[features];
    for (int j = 0; j < features; j++) {
      s += r[j] * x[j];
    }
    return s;
  }

  /** The objective, its gradient and its Hessian times a vector. */
  private static final class Objective {
    private final double[][] x;
    private final int[] y;
    private final int classes;
    private final int d;
    private final double c;
    private final int rows;
    /** Per item: the softmax probabilities (multinomial) or p(1-p) (binary) at the last point. */
    private final double[][] p;

    Objective(double[][] x, int[] y, int classes, int d, double c) {
      this.x = x;
      this.y = y;
      this.classes = classes;
      this.d = d;
      this.c = c;
      this.rows = classes == 2 ? 1 : classes;
      this.p = new double[x.length][rows];
    }

    void minimise(double[] theta, double tolerance, int maxIterations) {
      int n = theta.length;
      double[] g = new double[n];
      double[] gNew = new double[n];
      double[] step = new double[n];
      double[] trial = new double[n];
      double fx = value(theta, g);
      for (int iteration = 0; iteration < maxIterations; iteration++) {
        double gMax = 0;
        double gNorm = 0;
        for (double v : g) {
          gMax = Math.max(gMax, Math.abs(v));
          gNorm += v * v;
        }
        gNorm = Math.sqrt(gNorm);
        if (gMax <= tolerance * Math.max(1, Math.abs(fx))) {
          return;
        }
        conjugateGradient(g, Math.min(0.5, Math.sqrt(gNorm)) * gNorm, step);
        double slope = 0;
        for (int i = 0; i < n; i++) {
          slope += g[i] * step[i];
        }
        double t = 1;
        double fNew;
        while (true) {
          for (int i = 0; i < n; i++) {
            trial[i] = theta[i] + t * step[i];
          }
          fNew = value(trial, gNew);
          if (fNew <= fx + 1e-4 * t * slope) {
            break;
          }
          t *= 0.5;
          if (t < 1e-12) {
            value(theta, g);
            return; // no decrease left to find in double precision
          }
        }
        System.arraycopy(trial, 0, theta, 0, n);
        System.arraycopy(gNew, 0, g, 0, n);
        boolean stalled = fx - fNew <= 1e-14 * Math.abs(fx);
        fx = fNew;
        if (stalled) {
          return; // at the rounding floor of the objective's sum: the optimum in double precision
        }
      }
    }

    /**
     * Solves H s = -g approximately (residual below {@code tolerance}) by conjugate gradients
     * preconditioned with H's diagonal; H at the last point.
     */
    private void conjugateGradient(double[] g, double tolerance, double[] s) {
      int n = g.length;
      java.util.Arrays.fill(s, 0);
      double[] diagonal = diagonal();
      double[] r = new double[n];
      double[] zr = new double[n];
      double[] dir = new double[n];
      double[] hd = new double[n];
      for (int i = 0; i < n; i++) {
        r[i] = -g[i];
        zr[i] = r[i] / diagonal[i];
        dir[i] = zr[i];
      }
      double rz = dot(r, zr);
      double rr = dot(r, r);
      for (int k = 0; k < Math.max(200, 2 * n) && Math.sqrt(rr) > tolerance; k++) {
        hessianTimes(dir, hd);
        double curvature = dot(dir, hd);
        if (curvature <= 0) {
          break;
        }
        double a = rz / curvature;
        for (int i = 0; i < n; i++) {
          s[i] += a * dir[i];
          r[i] -= a * hd[i];
          zr[i] = r[i] / diagonal[i];
        }
        double rzNew = dot(r, zr);
        double b = rzNew / rz;
        for (int i = 0; i < n; i++) {
          dir[i] = zr[i] + b * dir[i];
        }
        rz = rzNew;
        rr = dot(r, r);
      }
      if (dot(s, s) == 0) {
        for (int i = 0; i < n; i++) {
          s[i] = -g[i];
        }
      }
    }

    /** H's diagonal at the last point (1 where a parameter is pinned). */
    private double[] diagonal() {
      int stride = d + 1;
      double[] out = new double[rows * stride];
      for (int i = 0; i < x.length; i++) {
        double[] xi = x[i];
        for (int r = 0; r < rows; r++) {
          double w = classes == 2 ? p[i][0] : p[i][r] * (1 - p[i][r]);
          for (int j = 0; j < d; j++) {
            out[r * stride + j] += c * w * xi[j] * xi[j];
          }
          out[r * stride + d] += c * w;
        }
      }
      for (int r = 0; r < rows; r++) {
        for (int j = 0; j < d; j++) {
          out[r * stride + j] += 1;
        }
      }
      for (int q = 0; q < out.length; q++) {
        if (!(out[q] > 1e-12)) {
          out[q] = 1;
        }
      }
      if (pinned() >= 0) {
        out[pinned()] = 1;
      }
      return out;
    }

    private static double dot(double[] a, double[] b) {
      double s = 0;
      for (int i = 0; i < a.length; i++) {
        s += a[i] * b[i];
      }
      return s;
    }

    /**
     * The multinomial loss does not change when every intercept moves by the same amount, so the
     * last class's intercept stays at 0: the weights' optimum is unchanged and the Hessian becomes
     * positive definite, which conjugate gradients need.
     */
    private int pinned() {
      return classes == 2 ? -1 : (rows - 1) * (d + 1) + d;
    }

    /** out = H v, with H the Hessian at the point of the last {@link #value} call. */
    private void hessianTimes(double[] vIn, double[] out) {
      int stride = d + 1;
      double[] v = vIn;
      if (pinned() >= 0 && v[pinned()] != 0) {
        v = vIn.clone();
        v[pinned()] = 0;
      }
      java.util.Arrays.fill(out, 0);
      double[] u = new double[rows];
      for (int i = 0; i < x.length; i++) {
        double[] xi = x[i];
        for (int r = 0; r < rows; r++) {
          double s = v[r * stride + d];
          for (int j = 0; j < d; j++) {
            s += v[r * stride + j] * xi[j];
          }
          u[r] = s;
        }
        if (classes == 2) {
          double h = c * p[i][0] * u[0];
          for (int j = 0; j < d; j++) {
            out[j] += h * xi[j];
          }
          out[d] += h;
        } else {
          double mean = 0;
          for (int r = 0; r < rows; r++) {
            mean += p[i][r] * u[r];
          }
          for (int r = 0; r < rows; r++) {
            double h = c * p[i][r] * (u[r] - mean);
            for (int j = 0; j < d; j++) {
              out[r * stride + j] += h * xi[j];
            }
            out[r * stride + d] += h;
          }
        }
      }
      for (int r = 0; r < rows; r++) {
        for (int j = 0; j < d; j++) {
          out[r * stride + j] += v[r * stride + j];
        }
      }
      if (pinned() >= 0) {
        out[pinned()] = 0;
      }
    }

    double value(double[] theta, double[] gradient) {
      int stride = d + 1;
      java.util.Arrays.fill(gradient, 0);
      double loss = 0;
      double[] z = new double[rows];
      for (int i = 0; i < x.length; i++) {
        double[] xi = x[i];
        for (int r = 0; r < rows; r++) {
          double s = theta[r * stride + d];
          for (int j = 0; j < d; j++) {
            s += theta[r * stride + j] * xi[j];
          }
          z[r] = s;
        }
        if (classes == 2) {
          double sign = y[i] == 1 ? 1 : -1;
          double m = sign * z[0];
          loss += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
          double sigma = 1 / (1 + Math.exp(-z[0]));
          p[i][0] = sigma * (1 - sigma);
          double g = -sign / (1 + Math.exp(m));
          for (int j = 0; j < d; j++) {
            gradient[j] += c * g * xi[j];
          }
          gradient[d] += c * g;
        } else {
          double max = Double.NEGATIVE_INFINITY;
          for (double v : z) {
            max = Math.max(max, v);
          }
          double sum = 0;
          for (int r = 0; r < rows; r++) {
            p[i][r] = Math.exp(z[r] - max);
            sum += p[i][r];
          }
          loss += Math.log(sum) + max - z[y[i]];
          for (int r = 0; r < rows; r++) {
            p[i][r] /= sum;
            double g = p[i][r] - (r == y[i] ? 1 : 0);
            for (int j = 0; j < d; j++) {
              gradient[r * stride + j] += c * g * xi[j];
            }
            gradient[r * stride + d] += c * g;
          }
        }
      }
      double value = c * loss;
      for (int r = 0; r < rows; r++) {
        for (int j = 0; j < d; j++) {
          double t = theta[r * stride + j];
          value += 0.5 * t * t;
          gradient[r * stride + j] += t;
        }
      }
      if (pinned() >= 0) {
        gradient[pinned()] = 0;
      }
      return value;
    }
  }
}
