package org.latentexplorer.latent;

/**
 * PCA whitening of codes (Kessy, Lewin and Strimmer, 2018, "Optimal whitening and
 * decorrelation"): {@code w = diag(1 / sqrt(lambda)) U^T (z - mu)}, so that the whitened codes have
 * mean 0 and identity covariance and can be set against N(0, I) whatever scale the codes came in.
 * Directions that carry no variance (eigenvalues below 1e-9 of the largest) are left out, so the
 * whitened codes have {@link #rank()} dimensions.
 *
 * @param pca the codes' principal axes
 * @param rank how many of them carry variance
 */
public record Whitening(Pca pca, int rank) {

  private static final double FLAT = 1e-9;

  /** Fits the whitening of {@code rows.length / dims} codes. */
  public static Whitening fit(float[] rows, int dims) {
    return of(Pca.fit(rows, dims));
  }

  /** The whitening of codes whose principal axes are known. */
  public static Whitening of(Pca pca) {
    double top = pca.variances()[0];
    int rank = 0;
    while (rank < pca.dims() && pca.variances()[rank] > FLAT * top) {
      rank++;
    }
    if (rank == 0) {
      throw new IllegalArgumentException("the codes are all one point; there is nothing to whiten");
    }
    return new Whitening(pca, rank);
  }

  /** The whitened points, row-major {@code n x rank}. */
  public float[] apply(float[] rows) {
    float[] w = pca.project(rows, rank);
    for (int i = 0; i < w.length; i++) {
      w[i] /= (float) Math.sqrt(pca.variances()[i % rank]);
    }
    return w;
  }

  /** Whitened points back in the codes' space, row-major {@code n x dims}. */
  public float[] invert(float[] whitened) {
    int dims = pca.dims();
    int n = whitened.length / rank;
    float[] z = new float[n * dims];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < dims; d++) {
        double s = pca.mean()[d];
        for (int k = 0; k < rank; k++) {
          s += whitened[i * rank + k] * Math.sqrt(pca.variances()[k]) * pca.components()[k][d];
        }
        z[i * dims + d] = (float) s;
      }
    }
    return z;
  }
}
