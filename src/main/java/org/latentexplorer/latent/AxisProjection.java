package org.latentexplorer.latent;

/** The plainest projection: two latent dimensions as the x and y axes. */
public final class AxisProjection implements Projection {

  private final int dimX;
  private final int dimY;
  private final float[] coordinates;

  /**
   * @param means the encoded points, {@code count x dims}
   * @param dims the latent dimension
   * @param dimX the dimension on the x axis (0-based)
   * @param dimY the dimension on the y axis (0-based)
   */
  public AxisProjection(float[] means, int dims, int dimX, int dimY) {
    this.dimX = dimX;
    this.dimY = dimY;
    int count = means.length / dims;
    coordinates = new float[count * 2];
    for (int i = 0; i < count; i++) {
      coordinates[2 * i] = means[i * dims + dimX];
      coordinates[2 * i + 1] = dims > 1 ? means[i * dims + dimY] : 0f;
    }
  }

  public int dimX() {
    return dimX;
  }

  public int dimY() {
    return dimY;
  }

  @Override
  public String name() {
    return "z" + (dimX + 1) + " / z" + (dimY + 1);
  }

  @Override
  public String xLabel() {
    return "z" + (dimX + 1);
  }

  @Override
  public String yLabel() {
    return "z" + (dimY + 1);
  }

  @Override
  public float[] coordinates() {
    return coordinates;
  }

  @Override
  public double[] place(float[] z) {
    return new double[] {z[dimX], z.length > 1 ? z[dimY] : 0};
  }

  @Override
  public float[] latentAt(double x, double y, float[] current) {
    float[] z = current.clone();
    z[dimX] = (float) x;
    if (z.length > 1) {
      z[dimY] = (float) y;
    }
    return z;
  }

  @Override
  public boolean inLatentUnits() {
    return true;
  }
}
