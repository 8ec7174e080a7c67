package org.latentexplorer.latent.embedding;

import org.latentexplorer.latent.Pca;

/**
 * The points an embedding method (t-SNE, UMAP) is given: the codes themselves, or their first
 * principal components. Above {@value #MAX_DIMS} dimensions the codes are reduced to that many
 * components first, as scikit-learn's and bhtsne's documentation advise for t-SNE; the same holds
 * for UMAP here. This is the one place that reduction is made.
 *
 * @param points {@code count x dims}, row-major
 * @param dims the dimension of each point
 */
public record EmbeddingInput(float[] points, int dims) {

  /** The largest dimension handed to an embedding method. */
  public static final int MAX_DIMS = 50;

  /**
   * The input for {@code points} of dimension {@code dims}.
   *
   * @param components the principal components asked for (such as 2, 4 or 10); 0 or at least
   *     {@code dims} for all dimensions
   * @param fitted a PCA of the model's codes to take those components from, or null to fit one
   *     on {@code points}; without components asked for, a reduction to {@value #MAX_DIMS} is
   *     always fitted on {@code points}
   */
  public static EmbeddingInput of(float[] points, int dims, int components, Pca fitted) {
    boolean asked = components > 0 && components < dims;
    int k = Math.min(asked ? components : dims, MAX_DIMS);
    if (k == dims) {
      return new EmbeddingInput(points, dims);
    }
    Pca pca = asked && fitted != null ? fitted : Pca.fit(points, dims);
    float[] projected = pca.project(points, asked ? components : k);
    if (asked && components > MAX_DIMS) {
      return of(projected, components, 0, null);
    }
    return new EmbeddingInput(projected, k);
  }

  /** How many points. */
  public int count() {
    return points.length / dims;
  }
}
