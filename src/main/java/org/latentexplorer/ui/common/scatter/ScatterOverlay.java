package org.latentexplorer.ui.common.scatter;

import java.util.function.IntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.latentexplorer.analysis.plot.Ticks;

/**
 * What the scatter draws over its points, as vectors: the axes and their labels, the prior's
 * rings, extra points (prior samples), an interpolation path, the selections and the loop being
 * drawn, the selected item, the current z's marker, and the hovered item with its image.
 */
final class ScatterOverlay extends Canvas {

  private final ScatterView view;
  private String xLabel = "";
  private String yLabel = "";
  private boolean priorRings;
  private double[] marker;
  private float[] path;
  private double[] arrow;
  private String arrowLabel;
  private float[] marks;
  private java.util.List<String> markLabels = java.util.List.of();
  private java.util.List<SelectionOutline> selections = java.util.List.of();
  private double[] loop;
  private float[] extraXy;
  private int[] extraArgb;
  private int selected = -1;
  private int hover = -1;
  private IntFunction<Image> thumbnails = i -> null;
  private int thumbnailIndex = -1;
  private Image thumbnail;

  ScatterOverlay(ScatterView view) {
    this.view = view;
  }

  void setAxisLabels(String x, String y) {
    xLabel = x;
    yLabel = y;
  }

  void setPriorRings(boolean show) {
    priorRings = show;
  }

  double[] marker() {
    return marker == null ? null : marker.clone();
  }

  void setMarker(double[] place) {
    marker = place;
  }

  void setArrow(double[] fromTo, String label) {
    arrow = fromTo;
    arrowLabel = fromTo == null ? null : label;
  }

  String arrowLabel() {
    return arrowLabel;
  }

  void setPath(float[] places) {
    path = places;
  }

  void setMarks(float[] places, java.util.List<String> labels) {
    marks = places;
    markLabels = places == null ? java.util.List.of() : java.util.List.copyOf(labels);
  }

  java.util.List<String> markLabels() {
    return markLabels;
  }

  void setSelections(java.util.List<SelectionOutline> outlines) {
    selections = java.util.List.copyOf(outlines);
  }

  java.util.List<String> selectionNames() {
    return selections.stream().map(SelectionOutline::name).toList();
  }

  void setLoop(double[] corners) {
    loop = corners;
  }

  void setExtraPoints(float[] places, int[] argb) {
    extraXy = places;
    extraArgb = argb;
  }

  void setSelected(int index) {
    selected = index;
  }

  int hover() {
    return hover;
  }

  void setHover(int index) {
    hover = index;
  }

  void setThumbnails(IntFunction<Image> thumbnails) {
    this.thumbnails = thumbnails;
    thumbnailIndex = -1;
    thumbnail = null;
  }

  void draw() {
    GraphicsContext g = getGraphicsContext2D();
    double w = getWidth();
    double h = getHeight();
    g.clearRect(0, 0, w, h);
    if (w < 2 || h < 2) {
      return;
    }
    PlotArea area = view.plotArea();
    g.save();
    g.beginPath();
    g.rect(area.left(), area.top(), area.width(), area.height());
    g.clip();
    if (priorRings) {
      drawPriorRings(g, area);
    }
    if (extraXy != null) {
      for (int i = 0; i + 1 < extraXy.length; i += 2) {
        int c = extraArgb[i / 2];
        g.setFill(Color.rgb(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff, (c >>> 24) / 255.0));
        double sx = area.toScreenX(extraXy[i]);
        double sy = area.toScreenY(extraXy[i + 1]);
        g.fillOval(sx - 3, sy - 3, 6, 6);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        g.strokeOval(sx - 3.5, sy - 3.5, 7, 7);
      }
    }
    if (path != null && path.length >= 4) {
      drawPath(g, area);
    }
    double font = view.fontSize();
    if (arrow != null) {
      NamedShapes.arrow(g, area, arrow, arrowLabel, font);
    }
    NamedShapes.selections(g, area, selections, font);
    if (loop != null && loop.length >= 4) {
      NamedShapes.loop(g, loop);
    }
    if (marks != null) {
      NamedShapes.marks(g, area, marks, markLabels, font);
    }
    double[] chosen = selected >= 0 ? view.screenOf(selected) : null;
    if (chosen != null) {
      double[] s = chosen;
      g.setStroke(Color.BLACK);
      g.setLineWidth(2);
      g.strokeOval(s[0] - 7, s[1] - 7, 14, 14);
    }
    if (marker != null) {
      double sx = area.toScreenX(marker[0]);
      double sy = area.toScreenY(marker[1]);
      g.setStroke(Color.WHITE);
      g.setLineWidth(5);
      g.strokeOval(sx - 9, sy - 9, 18, 18);
      g.setStroke(Color.rgb(20, 20, 20));
      g.setLineWidth(2.5);
      g.strokeOval(sx - 9, sy - 9, 18, 18);
      g.strokeLine(sx - 15, sy, sx - 5, sy);
      g.strokeLine(sx + 5, sy, sx + 15, sy);
      g.strokeLine(sx, sy - 15, sx, sy - 5);
      g.strokeLine(sx, sy + 5, sx, sy + 15);
    }
    g.restore();
    drawAxes(g, area);
    if (hover >= 0 && view.screenOf(hover) != null) {
      drawHover(g, area);
    }
  }

  private void drawPriorRings(GraphicsContext g, PlotArea area) {
    double cx = area.toScreenX(0);
    double cy = area.toScreenY(0);
    g.setLineWidth(1.2);
    g.setLineDashes(6, 5);
    for (int k = 1; k <= 3; k++) {
      double rx = Math.abs(area.toScreenX(k) - cx);
      double ry = Math.abs(area.toScreenY(k) - cy);
      g.setStroke(Color.rgb(90, 90, 90, 0.55));
      g.strokeOval(cx - rx, cy - ry, 2 * rx, 2 * ry);
    }
    g.setLineDashes();
  }

  private void drawPath(GraphicsContext g, PlotArea area) {
    int n = path.length / 2;
    g.setStroke(Color.rgb(20, 20, 20, 0.85));
    g.setLineWidth(2.5);
    g.beginPath();
    for (int i = 0; i < n; i++) {
      double sx = area.toScreenX(path[2 * i]);
      double sy = area.toScreenY(path[2 * i + 1]);
      if (i == 0) {
        g.moveTo(sx, sy);
      } else {
        g.lineTo(sx, sy);
      }
    }
    g.stroke();
    for (int i = 0; i < n; i++) {
      double sx = area.toScreenX(path[2 * i]);
      double sy = area.toScreenY(path[2 * i + 1]);
      boolean end = i == 0 || i == n - 1;
      double r = end ? 6 : 3.5;
      g.setFill(end ? Color.rgb(230, 60, 40) : Color.WHITE);
      g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
      g.setStroke(Color.rgb(20, 20, 20));
      g.setLineWidth(1.5);
      g.strokeOval(sx - r, sy - r, 2 * r, 2 * r);
    }
  }

  private void drawAxes(GraphicsContext g, PlotArea area) {
    g.setStroke(Color.rgb(60, 60, 60));
    g.setLineWidth(1);
    g.strokeRect(area.left(), area.top(), area.width(), area.height());
    g.setFill(Color.rgb(40, 40, 40));
    g.setFont(Font.font(view.fontSize()));
    int xTarget = (int) Math.max(2, area.width() / 90);
    int yTarget = (int) Math.max(2, area.height() / 60);
    ViewWindow shown = area.window();
    double xStep = Ticks.step(shown.width(), xTarget);
    double yStep = Ticks.step(shown.height(), yTarget);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.TOP);
    for (double v : Ticks.between(shown.xMin(), shown.xMax(), xTarget)) {
      double sx = area.toScreenX(v);
      g.strokeLine(sx, area.top() + area.height(), sx, area.top() + area.height() + 4);
      g.fillText(Ticks.label(v, xStep), sx, area.top() + area.height() + 5);
    }
    g.setTextAlign(TextAlignment.RIGHT);
    g.setTextBaseline(VPos.CENTER);
    for (double v : Ticks.between(shown.yMin(), shown.yMax(), yTarget)) {
      double sy = area.toScreenY(v);
      g.strokeLine(area.left() - 4, sy, area.left(), sy);
      g.fillText(Ticks.label(v, yStep), area.left() - 6, sy);
    }
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.BOTTOM);
    g.fillText(xLabel, area.left() + area.width() / 2, getHeight() - 1);
    g.save();
    g.translate(12, area.top() + area.height() / 2);
    g.rotate(-90);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(yLabel, 0, 0);
    g.restore();
  }

  private void drawHover(GraphicsContext g, PlotArea area) {
    double[] s = view.screenOf(hover);
    g.setStroke(Color.BLACK);
    g.setLineWidth(1.5);
    g.strokeOval(s[0] - 5, s[1] - 5, 10, 10);
    if (thumbnailIndex != hover) {
      thumbnail = thumbnails.apply(hover);
      thumbnailIndex = hover;
    }
    Image image = thumbnail;
    int label = view.labelOf(hover);
    String caption = "#" + hover + " " + view.classNameOf(label);
    if (image == null) {
      drawCaption(g, s, caption, label);
      return;
    }
    double side = 84;
    double x = s[0] + 14;
    double y = s[1] - side - 26;
    if (x + side > getWidth() - 2) {
      x = s[0] - side - 14;
    }
    if (y < 2) {
      y = s[1] + 14;
    }
    g.setFill(Color.rgb(255, 255, 255, 0.95));
    g.fillRect(x - 4, y - 4, side + 8, side + 26);
    g.setStroke(Color.rgb(60, 60, 60));
    g.strokeRect(x - 4, y - 4, side + 8, side + 26);
    g.setImageSmoothing(false);
    g.drawImage(image, x, y, side, side);
    g.setFill(ClassPalette.color(label).darker());
    g.setFont(Font.font(12));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    g.fillText(caption, x, y + side + 3, side + 4);
  }

  /** The hovered item's number and class beside it, when there is no image to show. */
  private void drawCaption(GraphicsContext g, double[] s, String caption, int label) {
    g.setFont(Font.font(12));
    double w = 8 + 7.2 * caption.length();
    double x = s[0] + 10 + w > getWidth() - 2 ? s[0] - 10 - w : s[0] + 10;
    double y = Math.max(2, s[1] - 24);
    g.setFill(Color.rgb(255, 255, 255, 0.95));
    g.fillRect(x, y, w, 20);
    g.setStroke(Color.rgb(60, 60, 60));
    g.strokeRect(x, y, w, 20);
    g.setFill(ClassPalette.color(label).darker());
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    g.fillText(caption, x + 4, y + 3, w - 6);
  }
}
