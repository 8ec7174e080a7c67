package org.latentexplorer.ui.explore.strip;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.latentexplorer.latent.metrics.PathSmoothness;
import org.latentexplorer.ui.common.Tips;

/**
 * Under a strip row: the SSIM of each pair of neighbouring frames as a small curve, each point
 * between its two frames (1 at the top, 0 at the bottom), the largest jump in red, and the mean
 * and the largest jump in words.
 */
final class SmoothnessCurve extends HBox {

  static final double HEIGHT = 30;
  /** The curve's heading, in the column of the rows' titles. */
  static final String HEADING = "SSIM of neighbours";
  private final Label summary = new Label();
  private final PathSmoothness smoothness;

  /**
   * @param sensitivity the decoder's ||J||_F at each frame, drawn in orange scaled to its largest,
   *     or null
   */
  SmoothnessCurve(
      PathSmoothness s, double[] sensitivity, double titleWidth, double frameSide, double gap) {
    super(gap);
    this.smoothness = s;
    setAlignment(Pos.CENTER_LEFT);
    int steps = s.steps().length;
    double width = (steps + 1) * (frameSide + gap) - gap;
    Canvas canvas = new Canvas(width, HEIGHT);
    draw(canvas.getGraphicsContext2D(), s, frameSide, gap, width);
    if (sensitivity != null && sensitivity.length > 1) {
      drawSensitivity(canvas.getGraphicsContext2D(), sensitivity, frameSide, gap);
    }
    Label spacer = new Label(HEADING);
    spacer.getStyleClass().add("frame-caption");
    spacer.setMinWidth(titleWidth);
    spacer.setMaxWidth(titleWidth);
    spacer.setAlignment(Pos.CENTER_RIGHT);
    summary.getStyleClass().add("frame-caption");
    String most = "";
    if (sensitivity != null && sensitivity.length > 1) {
      double max = 0;
      for (double v : sensitivity) {
        max = Math.max(max, v);
      }
      most = String.format(Locale.ROOT, " · max ||J||_F %.3g", max);
      Tips.install(
          canvas,
          "Blue: SSIM of neighbouring frames. Orange: the decoder's sensitivity ||J||_F at each"
              + " frame's z, scaled to its largest value");
    }
    summary.setText(
        String.format(
            Locale.ROOT, "mean SSIM %.3f%s\nlargest jump: frames %d-%d (SSIM %.3f)",
            s.mean(), most, s.lowestAt() + 1, s.lowestAt() + 2, s.lowest()));
    getChildren().addAll(spacer, canvas, summary);
  }

  private static void draw(
      GraphicsContext g, PathSmoothness s, double frameSide, double gap, double width) {
    g.setFill(Color.rgb(245, 245, 245));
    g.fillRect(0, 0, width, HEIGHT);
    g.setStroke(Color.rgb(200, 200, 200));
    g.setLineWidth(1);
    g.strokeLine(0, 2, width, 2);
    g.strokeLine(0, HEIGHT - 2, width, HEIGHT - 2);
    int n = s.steps().length;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = (i + 1) * (frameSide + gap) - gap / 2;
      ys[i] = 2 + (1 - Math.max(0, Math.min(1, s.steps()[i]))) * (HEIGHT - 4);
    }
    g.setStroke(Color.rgb(78, 121, 167));
    g.setLineWidth(1.5);
    g.strokePolyline(xs, ys, n);
    for (int i = 0; i < n; i++) {
      g.setFill(i == s.lowestAt() ? Color.rgb(225, 87, 89) : Color.rgb(78, 121, 167));
      double r = i == s.lowestAt() ? 3.5 : 2;
      g.fillOval(xs[i] - r, ys[i] - r, 2 * r, 2 * r);
    }
  }

  /** The sensitivity at each frame's centre, 0 at the bottom and the largest at the top. */
  private static void drawSensitivity(
      GraphicsContext g, double[] sensitivity, double frameSide, double gap) {
    double max = 0;
    for (double v : sensitivity) {
      max = Math.max(max, v);
    }
    int n = sensitivity.length;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = i * (frameSide + gap) + frameSide / 2;
      ys[i] = HEIGHT - 2 - (max > 0 ? sensitivity[i] / max : 0) * (HEIGHT - 4);
    }
    g.setStroke(Color.rgb(242, 142, 43));
    g.setLineWidth(1.5);
    g.strokePolyline(xs, ys, n);
  }

  /** The summary in words, for tests. */
  String summary() {
    return summary.getText();
  }

  PathSmoothness smoothness() {
    return smoothness;
  }
}
