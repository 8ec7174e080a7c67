package org.latentexplorer.latent;

/**
 * Two principal axes of the encoded data as the scatter's axes, any pair (the 1st and the 18th,
 * say). A click on the plane moves the current point within the plane of those two axes and keeps
 * its other components, so clicking still decodes a true latent point.
 */
public final class PcaProjection implements Projection {

  private final Pca pca;
  private final int axisX;
  private final int axisY;
  private final float[] coordinates;

  /**
   * @param pca the fitted axes
   * @param means the encoded points, {@code count x dims}
   * @param axisX the axis shown across (0-based)
   * @param axisY the axis shown up (0-based)
   */
  public PcaProjection(Pca pca, float[] means, int axisX, int axisY) {
    this.pca = pca;
    this.axisX = axisX;
    this.axisY = axisY;
    int dims = pca.dims();
    int n = means.length / dims;
    coordinates = new float[n * 2];
    float[] point = new float[dims];
    for (int i = 0; i < n; i++) {
      System.arraycopy(means, i * dims, point, 0, dims);
      coordinates[2 * i] = (float) pca.coordinate(point, axisX);
      coordinates[2 * i + 1] = (float) pca.coordinate(point, axisY);
    }
  }

  public Pca pca() {
    return pca;
  }

  public int axisX() {
    return axisX;
  }

  public int axisY() {
    return axisY;
  }

  @Override
  public String name() {
    return "PCA " + (axisX + 1) + " / " + (axisY + 1);
  }

  @Override
  public String xLabel() {
    return String.format(
        java.util.Locale.ROOT, "PC%d (%.1f%% of variance)", axisX + 1,
        100 * pca.explainedRatio()[axisX]);
  }

  @Override
  public String yLabel() {
    return String.format(
        java.util.Locale.ROOT, "PC%d (%.1f%% of variance)", axisY + 1,
        100 * pca.explainedRatio()[axisY]);
  }

  @Override
  public float[] coordinates() {
    return coordinates;
  }

  @Override
  public double[] place(float[] z) {
    return new double[] {pca.coordinate(z, axisX), pca.coordinate(z, axisY)};
  }

  @Override
  public float[] latentAt(double x, double y, float[] current) {
    double dx = x - pca.coordinate(current, axisX);
    double dy = y - pca.coordinate(current, axisY);
    float[] z = current.clone();
    double[] ax = pca.components()[axisX];
    double[] ay = pca.components()[axisY];
    for (int d = 0; d < z.length; d++) {
      z[d] = (float) (z[d] + dx * ax[d] + dy * ay[d]);
    }
    return z;
  }
}
