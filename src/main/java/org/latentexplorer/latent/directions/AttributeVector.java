package org.latentexplorer.latent.directions;

import org.latentexplorer.latent.metrics.Roc;

/**
 * An attribute vector between two groups of items: the mean of the second group's codes minus the
 * mean of the first's (Latent Space Cartography, Liu et al., 2019; for a VAE the codes are the
 * encoder's means). Every item projects onto it as {@code t = (z - from) . v / |v|^2}, so the first
 * group's mean lies at t = 0 and the second's at t = 1.
 *
 * @param name what the user calls it, by default "From → To"
 * @param fromName the first group's name
 * @param toName the second group's name
 * @param from the first group's mean code
 * @param vector the second group's mean minus the first's
 * @param fromSize items in the first group
 * @param toSize items in the second group
 */
public record AttributeVector(
    String name, String fromName, String toName, float[] from, float[] vector, int fromSize, int toSize) {

  /**
   * The vector between the mean codes of two groups of items.
   *
   * @param codes row-major codes, {@code dims} a row
   * @param fromItems the first group's rows
   * @param toItems the second group's rows
   * @throws IllegalArgumentException when a group is empty or both have the same mean
   */
  public static AttributeVector between(
      String fromName, int[] fromItems, String toName, int[] toItems, float[] codes, int dims) {
    return between(fromName, rows(codes, dims, fromItems), toName, rows(codes, dims, toItems), dims);
  }

  /**
   * The vector between the mean codes of two groups of codes.
   *
   * @param fromCodes the first group's codes, row-major, {@code dims} a row
   * @param toCodes the second group's codes
   * @throws IllegalArgumentException when a group is empty or both have the same mean
   */
  public static AttributeVector between(String fromName, float[] fromCodes, String toName, float[] toCodes, int dims) {
    if (fromCodes.length == 0 || toCodes.length == 0) {
      throw new IllegalArgumentException((fromCodes.length == 0 ? fromName : toName) + " has no items");
    }
    double[] a = mean(fromCodes, dims, null);
    double[] b = mean(toCodes, dims, null);
    float[] from = new float[dims];
    float[] v = new float[dims];
    double squared = 0;
    for (int d = 0; d < dims; d++) {
      from[d] = (float) a[d];
      v[d] = (float) (b[d] - a[d]);
      squared += (double) v[d] * v[d];
    }
    if (!(squared > 0)) {
      throw new IllegalArgumentException(fromName + " and " + toName + " have the same mean code");
    }
    return new AttributeVector(
        defaultName(fromName, toName), fromName, toName, from, v, fromCodes.length / dims, toCodes.length / dims);
  }

  private static float[] rows(float[] codes, int dims, int[] rows) {
    float[] out = new float[rows.length * dims];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(codes, rows[i] * dims, out, i * dims, dims);
    }
    return out;
  }

  /** The mean of row-major codes. */
  public static float[] meanCode(float[] codes, int dims) {
    return meanCode(codes, dims, null);
  }

  /** The mean of some rows of row-major codes (every row when {@code rows} is null). */
  public static float[] meanCode(float[] codes, int dims, int[] rows) {
    double[] m = mean(codes, dims, rows);
    float[] out = new float[dims];
    for (int d = 0; d < dims; d++) {
      out[d] = (float) m[d];
    }
    return out;
  }

  /** The mean of the listed rows, or of every row when {@code rows} is null. */
  private static double[] mean(float[] codes, int dims, int[] rows) {
    double[] m = new double[dims];
    int n = rows == null ? codes.length / dims : rows.length;
    for (int i = 0; i < n; i++) {
      int r = rows == null ? i : rows[i];
      for (int d = 0; d < dims; d++) {
        m[d] += codes[r * dims + d];
      }
    }
    for (int d = 0; d < dims; d++) {
      m[d] /= n;
    }
    return m;
  }

  /** The name a vector gets when the user names it nothing: "FROM → TO". */
  public static String defaultName(String fromName, String toName) {
    return fromName + " → " + toName;
  }

  /** Whether the vector still has its default name. */
  public boolean hasDefaultName() {
    return name.equals(defaultName(fromName, toName));
  }

  /** The same vector under another name. */
  public AttributeVector named(String newName) {
    return new AttributeVector(newName, fromName, toName, from, vector, fromSize, toSize);
  }

  public int dims() {
    return vector.length;
  }

  /**
   * How the vector's squared length falls on the latent axes, {@code v_d^2 / |v|^2} (summing to
   * 1): a disentangled factor lies along one axis, an entangled one spreads over several.
   */
  public double[] axisShares() {
    double squared = dot(vector, vector);
    double[] share = new double[vector.length];
    for (int d = 0; d < share.length; d++) {
      share[d] = (double) vector[d] * vector[d] / squared;
    }
    return share;
  }

  /** The axis that carries most of the vector and its share, as "z3 (93%)". */
  public String mainAxis() {
    double[] share = axisShares();
    int best = 0;
    for (int d = 1; d < share.length; d++) {
      if (share[d] > share[best]) {
        best = d;
      }
    }
    return String.format(java.util.Locale.ROOT, "z%d (%.0f%%)", best + 1, 100 * share[best]);
  }

  /** The vector's Euclidean length. */
  public double length() {
    return Math.sqrt(dot(vector, vector));
  }

  /** {@code z + amount * v}: a step along the vector, {@code amount} in units of its length. */
  public float[] walk(float[] z, double amount) {
    float[] out = new float[z.length];
    for (int d = 0; d < z.length; d++) {
      out[d] = (float) (z[d] + amount * vector[d]);
    }
    return out;
  }

  /** A point's position along the vector: 0 at the first group's mean, 1 at the second's. */
  public double position(float[] z) {
    double s = 0;
    for (int d = 0; d < vector.length; d++) {
      s += (z[d] - (double) from[d]) * vector[d];
    }
    return s / dot(vector, vector);
  }

  /**
   * The point moved along the vector to a position, everything across it kept: {@code z + (t -
   * position(z)) * v}.
   */
  public float[] movedTo(float[] z, double t) {
    return walk(z, t - position(z));
  }

  /** Each code's position along the vector: 0 at the first group's mean, 1 at the second's. */
  public double[] project(float[] codes) {
    int dims = dims();
    double squared = dot(vector, vector);
    double[] t = new double[codes.length / dims];
    for (int i = 0; i < t.length; i++) {
      double s = 0;
      for (int d = 0; d < dims; d++) {
        s += (codes[i * dims + d] - (double) from[d]) * vector[d];
      }
      t[i] = s / squared;
    }
    return t;
  }

  /**
   * How well the projection tells the two groups apart: the area under the ROC curve with the
   * second group as positives (1 when every item of the second group lies further along than every
   * item of the first, 0.5 for no separation).
   */
  public static double separation(double[] projection, int[] fromItems, int[] toItems) {
    double[] from = new double[fromItems.length];
    double[] to = new double[toItems.length];
    for (int i = 0; i < from.length; i++) {
      from[i] = projection[fromItems[i]];
    }
    for (int i = 0; i < to.length; i++) {
      to[i] = projection[toItems[i]];
    }
    return separation(from, to);
  }

  /** As above, from the two groups' positions along the vector. */
  public static double separation(double[] fromPositions, double[] toPositions) {
    double[] scores = new double[fromPositions.length + toPositions.length];
    boolean[] positive = new boolean[scores.length];
    System.arraycopy(fromPositions, 0, scores, 0, fromPositions.length);
    System.arraycopy(toPositions, 0, scores, fromPositions.length, toPositions.length);
    java.util.Arrays.fill(positive, fromPositions.length, scores.length, true);
    return Roc.auc(scores, positive);
  }

  /** The cosine of the angle between two vectors of the same latent space. */
  public static double cosine(AttributeVector a, AttributeVector b) {
    if (a.dims() != b.dims()) {
      throw new IllegalArgumentException(
          a.name() + " has " + a.dims() + " dimensions, " + b.name() + " has " + b.dims());
    }
    return dot(a.vector, b.vector) / Math.sqrt(dot(a.vector, a.vector) * dot(b.vector, b.vector));
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) {
      s += (double) a[d] * b[d];
    }
    return s;
  }
}
