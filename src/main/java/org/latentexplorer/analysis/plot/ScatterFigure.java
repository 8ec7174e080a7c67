package org.latentexplorer.analysis.plot;

import java.awt.Color;
import java.util.List;

/** Class-coloured scatter plots of 2-D coordinates as {@link Chart}s. */
public final class ScatterFigure {

  private ScatterFigure() {}

  /**
   * A chart of points coloured by class, with a legend of the classes.
   *
   * @param xy coordinates, {@code count x 2}
   * @param labels each point's class
   * @param alpha the opacity of a point, 0 to 255
   */
  public static Chart of(
      String title, String xLabel, String yLabel, float[] xy, int[] labels, List<String> classes,
      int alpha, double radius) {
    double[] points = new double[xy.length];
    int[] argb = new int[xy.length / 2];
    for (int i = 0; i < xy.length; i++) {
      points[i] = xy[i];
    }
    for (int i = 0; i < argb.length; i++) {
      argb[i] = alpha << 24 | ClassColors.rgb(i < labels.length ? labels[i] : -1);
    }
    Chart chart = new Chart(title, xLabel, yLabel).points(points, argb, radius);
    for (int c = 0; c < classes.size() && c < 16; c++) {
      chart.line(classes.get(c), new double[0], new double[0], ClassColors.color(c), false);
    }
    return chart;
  }

  /** The prior's 1, 2 and 3 sd circles, as dashed lines. */
  public static Chart priorRings(Chart chart) {
    for (int k = 1; k <= 3; k++) {
      double[] x = new double[121];
      double[] y = new double[121];
      for (int i = 0; i <= 120; i++) {
        x[i] = k * Math.cos(2 * Math.PI * i / 120);
        y[i] = k * Math.sin(2 * Math.PI * i / 120);
      }
      chart.line(k == 1 ? "prior 1, 2, 3 sd" : null, x, y, new Color(90, 90, 90), true);
    }
    return chart;
  }
}
