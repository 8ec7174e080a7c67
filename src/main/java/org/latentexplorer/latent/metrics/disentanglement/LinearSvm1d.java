package org.latentexplorer.latent.metrics.disentanglement;

/**
 * A linear support vector classifier on one feature, as scikit-learn's {@code LinearSVC(C=0.01,
 * class_weight="balanced")} defines it (liblinear: squared hinge loss, the intercept a weight on a
 * constant feature and regularised with the others). Each class c gets a line w_c x + b_c
 * minimising {@code 1/2 (w^2 + b^2) + sum_i C_i max(0, 1 - y_i (w x_i + b))^2}, one against the
 * rest; with "balanced" weights n / (classes * n_c), liblinear weights the positives of each
 * one-against-rest problem by their class's weight and leaves the negatives at C (with two
 * classes: one problem, both sides weighted). Prediction: the class of the largest w_c x + b_c.
 * Each problem has two unknowns and is solved exactly by Newton's method (the loss is
 * piecewise quadratic).
 */
public final class LinearSvm1d {

  private final int classes;
  private final int[] labels;
  private final double[] w;
  private final double[] b;

  private LinearSvm1d(int[] labels, double[] w, double[] b) {
    this.labels = labels;
    this.classes = labels.length;
    this.w = w;
    this.b = b;
  }

  /** Fits the classes the labels hold, as scikit-learn does (sorted labels; a single class always predicted). */
  public static LinearSvm1d fit(double[] x, int[] labels, double c) {
    int[] classLabels = java.util.stream.IntStream.of(labels).distinct().sorted().toArray();
    int classes = classLabels.length;
    if (classes < 2) {
      return new LinearSvm1d(classLabels, new double[] {0}, new double[] {0});
    }
    int[] y = new int[labels.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = java.util.Arrays.binarySearch(classLabels, labels[i]);
    }
    int n = x.length;
    int[] count = new int[classes];
    for (int label : y) {
      count[label]++;
    }
    double[] weight = new double[classes];
    for (int k = 0; k < classes; k++) {
      weight[k] = count[k] == 0 ? 0 : (double) n / (classes * count[k]);
    }
    if (classes == 2) {
      // liblinear's positive class is the first label it meets
      int first = y[0];
      double[] wb = solve(x, y, first, c * weight[first], c * weight[1 - first]);
      double sign = first == 1 ? 1 : -1;
      return new LinearSvm1d(classLabels, new double[] {sign * wb[0]}, new double[] {sign * wb[1]});
    }
    double[] w = new double[classes];
    double[] b = new double[classes];
    for (int k = 0; k < classes; k++) {
      double[] wb = solve(x, y, k, c * weight[k], c);
      w[k] = wb[0];
      b[k] = wb[1];
    }
    return new LinearSvm1d(classLabels, w, b);
  }

  /** Minimises over (w, b) with class {@code positive} as +1; returns {w, b}. */
  private static double[] solve(double[] x, int[] y, int positive, double cPositive, double cNegative) {
    double w = 0;
    double b = 0;
    for (int iteration = 0; iteration < 200; iteration++) {
      double gw = w;
      double gb = b;
      double hww = 1;
      double hwb = 0;
      double hbb = 1;
      double f = objective(x, y, positive, cPositive, cNegative, w, b);
      for (int i = 0; i < x.length; i++) {
        double yi = y[i] == positive ? 1 : -1;
        double ci = y[i] == positive ? cPositive : cNegative;
        double margin = 1 - yi * (w * x[i] + b);
        if (margin > 0) {
          gw += -2 * ci * margin * yi * x[i];
          gb += -2 * ci * margin * yi;
          hww += 2 * ci * x[i] * x[i];
          hwb += 2 * ci * x[i];
          hbb += 2 * ci;
        }
      }
      double det = hww * hbb - hwb * hwb;
      double dw = -(hbb * gw - hwb * gb) / det;
      double db = -(-hwb * gw + hww * gb) / det;
      double step = 1;
      double fNew;
      do {
        fNew = objective(x, y, positive, cPositive, cNegative, w + step * dw, b + step * db);
        if (fNew <= f + 1e-4 * step * (gw * dw + gb * db)) {
          break;
        }
        step *= 0.5;
      } while (step > 1e-16);
      w += step * dw;
      b += step * db;
      if (Math.abs(step * dw) <= 1e-15 * Math.max(1, Math.abs(w))
          && Math.abs(step * db) <= 1e-15 * Math.max(1, Math.abs(b))) {
        break;
      }
    }
    return new double[] {w, b};
  }

  private static double objective(
      double[] x, int[] y, int positive, double cPositive, double cNegative, double w, double b) {
    double f = 0.5 * (w * w + b * b);
    for (int i = 0; i < x.length; i++) {
      double yi = y[i] == positive ? 1 : -1;
      double margin = 1 - yi * (w * x[i] + b);
      if (margin > 0) {
        f += (y[i] == positive ? cPositive : cNegative) * margin * margin;
      }
    }
    return f;
  }

  /** The label of the class with the largest score. */
  public int predict(double x) {
    return labels[predictIndex(x)];
  }

  private int predictIndex(double x) {
    if (classes == 1) {
      return 0;
    }
    if (classes == 2) {
      return w[0] * x + b[0] > 0 ? 1 : 0;
    }
    int best = 0;
    double top = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < classes; k++) {
      double s = w[k] * x + b[k];
      if (s > top) {
        top = s;
        best = k;
      }
    }
    return best;
  }

  public double accuracy(double[] x, int[] y) {
    int right = 0;
    for (int i = 0; i < x.length; i++) {
      right += predict(x[i]) == y[i] ? 1 : 0;
    }
    return (double) right / x.length;
  }
}
