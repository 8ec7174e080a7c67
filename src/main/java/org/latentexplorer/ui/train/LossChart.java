package org.latentexplorer.ui.train;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A run's loss curves against steps, drawn on a canvas: above, the reconstruction term and the
 * total (reconstruction + beta KL); below, the KL term; training batches as smoothed lines,
 * held-out figures after each epoch as dots, and a dashed line where beta changed.
 */
final class LossChart extends Region {

  private static final Color RECON = Color.rgb(78, 121, 167);
  private static final Color TOTAL = Color.rgb(70, 70, 70);
  private static final Color KL = Color.rgb(242, 142, 43);
  private static final Color MARK = Color.rgb(225, 87, 89);
  private static final Font SMALL = Font.font(11);

  private final Canvas canvas = new Canvas();
  private RunState run;
  private int drawnVersion = -1;

  LossChart() {
    getChildren().add(canvas);
    setMinSize(240, 180);
    setPrefSize(520, 260);
    getStyleClass().add("loss-chart");
  }

  void show(RunState state) {
    run = state;
    drawnVersion = -1;
    redraw();
  }

  /** Redraws when the run changed since the last drawing. */
  void refresh() {
    if (run != null && run.version() != drawnVersion) {
      redraw();
    }
  }

  @Override
  protected void layoutChildren() {
    if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
      canvas.setWidth(getWidth());
      canvas.setHeight(getHeight());
      redraw();
    }
  }

  private void redraw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, w, h);
    if (run == null || w < 60 || h < 60) {
      return;
    }
    drawnVersion = run.version();
    double left = 52;
    double right = w - 10;
    if (run.isVae()) {
      double split = (h - 24) * 0.62;
      panel(g, left, right, 16, split, true);
      panel(g, left, right, split + 22, h - 22, false);
    } else {
      panel(g, left, right, 16, h - 22, true);
    }
    g.setFill(Color.DIMGRAY);
    g.setFont(SMALL);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.BOTTOM);
    g.fillText(String.format(Locale.ROOT, "step (of %,d)", run.totalSteps()), (left + right) / 2, h - 2);
  }

  private void panel(GraphicsContext g, double left, double right, double top, double bottom, boolean upper) {
    List<double[]> curve = run.curve();
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    // The first steps' losses are many times the rest: leave the first 3% out of the range (their
    // line runs off the top) so that the learning that follows can be read.
    int skip = curve.size() > 60 ? curve.size() * 3 / 100 : 0;
    for (double[] p : curve.subList(skip, curve.size())) {
      for (int k : upper ? new int[] {1, 3} : new int[] {2}) {
        max = Math.max(max, p[k]);
        min = Math.min(min, p[k]);
      }
    }
    for (RunState.HeldOut o : run.heldOut()) {
      double[] v = upper ? new double[] {o.reconstruction(), o.total()} : new double[] {o.kl()};
      for (double x : v) {
        max = Math.max(max, x);
        min = Math.min(min, x);
      }
    }
    if (!(max >= min)) {
      min = 0;
      max = 1;
    }
    if (!upper) {
      min = Math.min(0, min);
    }
    double pad = Math.max((max - min) * 0.08, 1e-6);
    double y0 = min - (upper ? pad : 0);
    double y1 = max + pad;
    double steps = Math.max(1, run.totalSteps());
    g.setStroke(Color.rgb(200, 200, 200));
    g.setLineWidth(1);
    g.strokeRect(left, top, right - left, bottom - top);
    g.setFill(Color.DIMGRAY);
    g.setFont(SMALL);
    g.setTextAlign(TextAlignment.RIGHT);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(String.format(Locale.ROOT, "%.4g", y1), left - 4, top + 6);
    g.fillText(String.format(Locale.ROOT, "%.4g", y0), left - 4, bottom - 6);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.BOTTOM);
    g.setFill(upper ? RECON : KL);
    g.fillText(upper ? "reconstruction" : "KL (nats per image)", left + 4, top - 1);
    if (upper && run.isVae()) {
      g.setFill(TOTAL);
      g.fillText("total = reconstruction + beta KL", left + 100, top - 1);
    }
    g.save();
    g.beginPath();
    g.rect(left, top, right - left, bottom - top);
    g.clip();
    for (RunState.Mark m : run.marks()) {
      double x = left + (right - left) * m.step() / steps;
      g.setStroke(MARK);
      g.setLineDashes(4, 3);
      g.strokeLine(x, top, x, bottom);
      g.setLineDashes();
      if (upper) {
        g.setFill(MARK);
        g.setTextBaseline(VPos.TOP);
        g.fillText(String.format(Locale.ROOT, "beta %.3g", m.beta()), x + 3, top + 2);
      }
    }
    int stride = Math.max(1, curve.size() / (int) Math.max(1, right - left));
    for (int k : upper ? new int[] {3, 1} : new int[] {2}) {
      g.setStroke(k == 1 ? RECON : k == 3 ? TOTAL : KL);
      g.setLineWidth(k == 3 ? 1.2 : 1.8);
      g.beginPath();
      boolean first = true;
      for (int i = 0; i < curve.size(); i += stride) {
        double[] p = curve.get(i);
        double x = left + (right - left) * p[0] / steps;
        double y = bottom - (bottom - top) * (p[k] - y0) / (y1 - y0);
        if (first) {
          g.moveTo(x, y);
          first = false;
        } else {
          g.lineTo(x, y);
        }
      }
      g.stroke();
    }
    for (RunState.HeldOut o : run.heldOut()) {
      double x = left + (right - left) * o.step() / steps;
      double[] v = upper ? new double[] {o.reconstruction(), o.total()} : new double[] {o.kl()};
      Color[] c = upper ? new Color[] {RECON, TOTAL} : new Color[] {KL};
      for (int i = 0; i < v.length; i++) {
        double y = bottom - (bottom - top) * (v[i] - y0) / (y1 - y0);
        g.setFill(Color.WHITE);
        g.fillOval(x - 4, y - 4, 8, 8);
        g.setStroke(c[i]);
        g.setLineWidth(2);
        g.strokeOval(x - 4, y - 4, 8, 8);
      }
    }
    g.restore();
  }

  /** The version last drawn, for tests. */
  int drawnVersion() {
    return drawnVersion;
  }
}
