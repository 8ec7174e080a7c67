package org.latentexplorer.latent;

/**
 * A neighbour embedding of the encoded data (t-SNE or UMAP) as the scatter's plane. It places
 * only the points it was given, so new latent points have no place and a click decodes the
 * nearest item's true latent point.
 */
public final class EmbeddingProjection implements Projection {

  private final float[] coordinates;
  private final String name;
  private final String method;

  /**
   * @param coordinates the embedding, {@code count x 2}
   * @param name such as "t-SNE (perplexity 30)"
   * @param method such as "t-SNE" or "UMAP", naming the axes
   */
  public EmbeddingProjection(float[] coordinates, String name, String method) {
    this.coordinates = coordinates;
    this.name = name;
    this.method = method;
  }

  @Override
  public String name() {
    return name;
  }

  /** "t-SNE" or "UMAP". */
  public String method() {
    return method;
  }

  @Override
  public String xLabel() {
    return method + " 1";
  }

  @Override
  public String yLabel() {
    return method + " 2";
  }

  @Override
  public float[] coordinates() {
    return coordinates;
  }

  @Override
  public double[] place(float[] z) {
    return null;
  }

  @Override
  public float[] latentAt(double x, double y, float[] current) {
    return null;
  }
}
