package org.latentexplorer.ui.common.scatter;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The named shapes the scatter draws over its points, each with its name on a light box: an
 * attribute vector's arrow, the selections' loops, the loop being drawn, and named places
 * (bookmarks, interpolation ends).
 */
final class NamedShapes {

  private static final Color VECTOR_INK = Color.rgb(25, 40, 120);
  private static final Color SELECTION_INK = Color.rgb(40, 60, 160);

  private NamedShapes() {}

  /** An arrow ({@code x0, y0, x1, y1} in data units): a white-edged dark line with a filled head, its name at its middle. */
  static void arrow(GraphicsContext g, PlotArea area, double[] arrow, String label, double font) {
    double x0 = area.toScreenX(arrow[0]);
    double y0 = area.toScreenY(arrow[1]);
    double x1 = area.toScreenX(arrow[2]);
    double y1 = area.toScreenY(arrow[3]);
    double length = Math.hypot(x1 - x0, y1 - y0);
    if (length < 1) {
      return;
    }
    double ux = (x1 - x0) / length;
    double uy = (y1 - y0) / length;
    double head = Math.min(16, length / 2);
    double[] hx = {x1, x1 - head * ux + head * 0.45 * uy, x1 - head * ux - head * 0.45 * uy};
    double[] hy = {y1, y1 - head * uy - head * 0.45 * ux, y1 - head * uy + head * 0.45 * ux};
    for (int pass = 0; pass < 2; pass++) {
      g.setStroke(pass == 0 ? Color.WHITE : VECTOR_INK);
      g.setLineWidth(pass == 0 ? 6 : 3);
      g.strokeLine(x0, y0, x1 - head * ux * 0.8, y1 - head * uy * 0.8);
    }
    g.setFill(VECTOR_INK);
    g.fillPolygon(hx, hy, 3);
    g.setStroke(Color.WHITE);
    g.setLineWidth(1.5);
    g.strokePolygon(hx, hy, 3);
    name(g, label, (x0 + x1) / 2 + 5, (y0 + y1) / 2, font, VECTOR_INK);
  }

  /** Each selection's loop, dashed over a light veil, and its name centred where it says (above a loop). */
  static void selections(GraphicsContext g, PlotArea area, List<SelectionOutline> selections, double font) {
    for (SelectionOutline s : selections) {
      if (s.loop() != null && s.loop().length >= 6) {
        int k = s.loop().length / 2;
        double[] xs = new double[k];
        double[] ys = new double[k];
        for (int c = 0; c < k; c++) {
          xs[c] = area.toScreenX(s.loop()[2 * c]);
          ys[c] = area.toScreenY(s.loop()[2 * c + 1]);
        }
        g.setFill(Color.rgb(40, 60, 160, 0.08));
        g.fillPolygon(xs, ys, k);
        g.setStroke(SELECTION_INK);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokePolygon(xs, ys, k);
        g.setLineDashes((double[]) null);
      }
      double sx = area.toScreenX(s.nameAt()[0]);
      double sy = area.toScreenY(s.nameAt()[1]) - (s.loop() == null ? 0 : font);
      name(g, s.name(), sx - boxWidth(s.name(), font) / 2, sy, font, SELECTION_INK);
    }
  }

  /** The loop being drawn (corners in pixels), closed back to its start by a fainter line. */
  static void loop(GraphicsContext g, double[] loop) {
    int k = loop.length / 2;
    g.setLineWidth(1.5);
    g.setLineDashes(6, 4);
    g.setStroke(SELECTION_INK);
    g.beginPath();
    g.moveTo(loop[0], loop[1]);
    for (int c = 1; c < k; c++) {
      g.lineTo(loop[2 * c], loop[2 * c + 1]);
    }
    g.stroke();
    g.setStroke(Color.rgb(40, 60, 160, 0.4));
    g.strokeLine(loop[2 * k - 2], loop[2 * k - 1], loop[0], loop[1]);
    g.setLineDashes((double[]) null);
  }

  /** Named places ({@code n x 2} in data units): a diamond with its name beside it. */
  static void marks(GraphicsContext g, PlotArea area, float[] marks, List<String> labels, double font) {
    for (int i = 0; i < labels.size() && 2 * i + 1 < marks.length; i++) {
      double sx = area.toScreenX(marks[2 * i]);
      double sy = area.toScreenY(marks[2 * i + 1]);
      double r = 7;
      double[] xs = {sx, sx + r, sx, sx - r};
      double[] ys = {sy - r, sy, sy + r, sy};
      g.setFill(Color.rgb(255, 200, 40));
      g.fillPolygon(xs, ys, 4);
      g.setStroke(Color.rgb(20, 20, 20));
      g.setLineWidth(1.5);
      g.strokePolygon(xs, ys, 4);
      name(g, labels.get(i), sx + r + 2, sy, font, Color.rgb(20, 20, 20));
    }
  }

  /** A name on a light box whose left edge is at {@code left}, centred on {@code y}. */
  private static void name(GraphicsContext g, String text, double left, double y, double font, Color ink) {
    g.setFont(Font.font(font));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    g.setFill(Color.rgb(255, 255, 255, 0.85));
    g.fillRect(left, y - font * 0.7, boxWidth(text, font), font * 1.4);
    g.setFill(ink);
    g.fillText(text, left + 3, y);
  }

  private static double boxWidth(String text, double font) {
    return text.length() * font * 0.6 + 6;
  }
}
