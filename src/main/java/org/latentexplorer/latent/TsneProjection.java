package org.latentexplorer.latent;

/**
 * A t-SNE embedding of the encoded data as the scatter's plane. t-SNE places only the points it
 * was given, so new latent points have no place and a click decodes the nearest item's true
 * latent point.
 */
public final class TsneProjection implements Projection {

  private final float[] coordinates;
  private final String name;

  /**
   * @param coordinates the embedding, {@code count x 2}
   * @param name such as "t-SNE (perplexity 30)"
   */
  public TsneProjection(float[] coordinates, String name) {
    this.coordinates = coordinates;
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String xLabel() {
    return "t-SNE 1";
  }

  @Override
  public String yLabel() {
    return "t-SNE 2";
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
