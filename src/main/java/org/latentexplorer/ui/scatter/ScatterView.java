package org.latentexplorer.ui.scatter;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.VPos;
import org.latentexplorer.analysis.plot.Ticks;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The latent scatter: tens of thousands of points drawn into a pixel buffer, with a vector
 * overlay for the axes, the prior's rings, the current point, an interpolation path and the
 * hovered item's image. Wheel zooms around the pointer, right- or shift-drag pans, a click
 * reports a place, a drag reports an interpolation.
 */
public final class ScatterView extends Region {

  private static final double TOP = 10;
  private static final double RIGHT = 12;
  private static final double CLICK_SLOP = 4;
  private static final double PICK_RADIUS = 6;

  private final ImageView pointsView = new ImageView();
  private final Canvas overlay = new Canvas();
  private ScatterListener listener = new ScatterListener() {};

  private float[] xy = new float[0];
  private int[] labels = new int[0];
  private List<String> classNames = List.of();
  private boolean[] visible;
  private int[] colors = new int[0];
  private String xLabel = "";
  private String yLabel = "";
  private boolean priorRings;
  private double[] marker;
  private float[] path;
  private float[] extraXy;
  private int[] extraArgb;
  private List<Underlay> underlays = List.of();
  private int selected = -1;
  private int hover = -1;
  private IntFunction<Image> thumbnails = i -> null;
  private int thumbnailIndex = -1;
  private Image thumbnail;
  private double pointRadius = 2.2;
  private ViewWindow window = new ViewWindow(-3, 3, -3, 3);
  private ViewWindow home = window;

  private int bufferWidth;
  private int bufferHeight;
  private int[] pixels = new int[0];
  private IntBuffer direct;
  private PixelBuffer<IntBuffer> pixelBuffer;
  private PointIndex index;
  private long lastRenderNanos;

  private double pressX;
  private double pressY;
  private double lastX;
  private double lastY;
  private boolean panning;
  private boolean dragging;
  private int pressIndex = -1;

  public ScatterView() {
    getStyleClass().add("scatter");
    pointsView.setSmooth(false);
    getChildren().addAll(pointsView, overlay);
    setMinSize(200, 200);
    setPrefSize(560, 520);
    setOnScroll(this::onScroll);
    setOnMousePressed(this::onPressed);
    setOnMouseDragged(this::onDragged);
    setOnMouseReleased(this::onReleased);
    setOnMouseMoved(this::onMoved);
    setOnMouseExited(e -> setHover(-1));
  }

  public void setListener(ScatterListener listener) {
    this.listener = listener;
  }

  /**
   * Shows a new set of points and frames the view around them.
   *
   * @param xy {@code count x 2} coordinates
   * @param labels class of each point
   * @param classNames the class names, by label
   */
  public void setPoints(float[] xy, int[] labels, List<String> classNames) {
    this.xy = xy;
    this.labels = labels;
    this.classNames = List.copyOf(classNames);
    int classes = Math.max(classNames.size(), 1);
    for (int l : labels) {
      classes = Math.max(classes, l + 1);
    }
    colors = new int[classes];
    for (int c = 0; c < classes; c++) {
      colors[c] = ClassPalette.rgb(c);
    }
    if (visible == null || visible.length != classes) {
      visible = new boolean[classes];
      java.util.Arrays.fill(visible, true);
    }
    selected = -1;
    hover = -1;
    home = ViewWindow.around(xy, true);
    window = home;
    render();
  }

  /** Moves the points without reframing the view (a projection that refines itself). */
  public void updateCoordinates(float[] xy) {
    this.xy = xy;
    render();
  }

  public void setAxisLabels(String x, String y) {
    xLabel = x;
    yLabel = y;
    drawOverlay();
  }

  /** Whether class {@code label}'s points are drawn. */
  public void setClassVisible(int label, boolean shown) {
    if (visible != null && label >= 0 && label < visible.length) {
      visible[label] = shown;
      render();
    }
  }

  public boolean isClassVisible(int label) {
    return visible == null || label < 0 || label >= visible.length || visible[label];
  }

  public void setPriorRings(boolean show) {
    priorRings = show;
    drawOverlay();
  }

  /** The current latent point's place, or null to hide the marker. */
  public void setMarker(double[] place) {
    marker = place;
    drawOverlay();
  }

  /** An interpolation path's places, {@code frames x 2}, or null. */
  public void setPath(float[] places) {
    path = places;
    drawOverlay();
  }

  /** Extra points drawn over the data (such as prior samples), each with its own colour. */
  public void setExtraPoints(float[] places, int[] argb) {
    extraXy = places;
    extraArgb = argb;
    drawOverlay();
  }

  /** Pictures drawn under the points, such as a decoded manifold grid; empty for none. */
  public void setUnderlays(List<Underlay> pictures) {
    underlays = List.copyOf(pictures);
    render();
  }

  public void setSelected(int index) {
    selected = index;
    drawOverlay();
  }

  public void setThumbnails(IntFunction<Image> thumbnails) {
    this.thumbnails = thumbnails;
    thumbnailIndex = -1;
    thumbnail = null;
  }

  /** Bigger points for a projector. */
  public void setPointRadius(double radius) {
    pointRadius = radius;
    render();
  }

  /** Frames the view around the points again. */
  public void resetView() {
    window = home;
    render();
  }

  /** The window shown, as widened to equal units across and up. */
  public ViewWindow window() {
    return plotArea().window();
  }

  /**
   * The plot area in this node's coordinates, with the window widened in one direction so that a
   * unit is as long across as up: the prior's rings stay circles.
   */
  public PlotArea plotArea() {
    double left = 16 + 3 * fontSize();
    double pw = Math.max(1, getWidth() - left - RIGHT);
    double ph = Math.max(1, getHeight() - TOP - (10 + 2.2 * fontSize()));
    double perPixel = Math.max(window.width() / pw, window.height() / ph);
    double cx = (window.xMin() + window.xMax()) / 2;
    double cy = (window.yMin() + window.yMax()) / 2;
    ViewWindow equal =
        new ViewWindow(
            cx - perPixel * pw / 2, cx + perPixel * pw / 2, cy - perPixel * ph / 2,
            cy + perPixel * ph / 2);
    return new PlotArea(left, TOP, pw, ph, equal);
  }

  /** Nanoseconds the last full draw of the points took. */
  public long lastRenderNanos() {
    return lastRenderNanos;
  }

  @Override
  protected void layoutChildren() {
    int w = (int) Math.max(1, Math.round(getWidth()));
    int h = (int) Math.max(1, Math.round(getHeight()));
    overlay.setWidth(w);
    overlay.setHeight(h);
    pointsView.relocate(0, 0);
    overlay.relocate(0, 0);
    if (w != bufferWidth || h != bufferHeight) {
      bufferWidth = w;
      bufferHeight = h;
      pixels = new int[w * h];
      direct = ByteBuffer.allocateDirect(w * h * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
      pixelBuffer = new PixelBuffer<>(w, h, direct, PixelFormat.getIntArgbPreInstance());
      pointsView.setImage(new WritableImage(pixelBuffer));
      render();
    }
  }

  /** Redraws the points and the overlay. */
  public void render() {
    if (pixelBuffer == null) {
      return;
    }
    long start = System.nanoTime();
    PlotArea area = plotArea();
    PointRaster.draw(
        pixels, bufferWidth, bufferHeight, xy, labels, visible, colors, area, pointRadius,
        underlays.isEmpty() ? 0.62 : 0.8, underlays);
    direct.clear();
    direct.put(pixels);
    direct.clear();
    pixelBuffer.updateBuffer(b -> null);
    index = PointIndex.build(xy, labels, visible, area, bufferWidth, bufferHeight);
    lastRenderNanos = System.nanoTime() - start;
    drawOverlay();
  }

  private void drawOverlay() {
    GraphicsContext g = overlay.getGraphicsContext2D();
    double w = overlay.getWidth();
    double h = overlay.getHeight();
    g.clearRect(0, 0, w, h);
    if (w < 2 || h < 2) {
      return;
    }
    PlotArea area = plotArea();
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
        g.fillOval(sx - 2.5, sy - 2.5, 5, 5);
      }
    }
    if (path != null && path.length >= 4) {
      drawPath(g, area);
    }
    if (selected >= 0 && selected < labels.length && index != null) {
      double[] s = index.screenOf(selected);
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
    if (hover >= 0 && index != null) {
      drawHover(g, area);
    }
  }

  private double fontSize() {
    return Math.max(11, pointRadius * 5);
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
    g.setFont(Font.font(fontSize()));
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
    double[] s = index.screenOf(hover);
    g.setStroke(Color.BLACK);
    g.setLineWidth(1.5);
    g.strokeOval(s[0] - 5, s[1] - 5, 10, 10);
    if (thumbnailIndex != hover) {
      thumbnail = thumbnails.apply(hover);
      thumbnailIndex = hover;
    }
    Image image = thumbnail;
    if (image == null) {
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
    int label = hover < labels.length ? labels[hover] : -1;
    g.setFill(ClassPalette.color(label).darker());
    g.setFont(Font.font(12));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    String name = label >= 0 && label < classNames.size() ? classNames.get(label) : "";
    g.fillText("#" + hover + " " + name, x, y + side + 3, side + 4);
  }

  private void setHover(int i) {
    if (i != hover) {
      hover = i;
      drawOverlay();
      listener.hovered(i);
    }
  }

  private int pick(double sx, double sy) {
    return index == null ? -1 : index.nearest(sx, sy, PICK_RADIUS);
  }

  private void onScroll(ScrollEvent e) {
    if (e.getDeltaY() == 0) {
      return;
    }
    PlotArea area = plotArea();
    double factor = Math.exp(e.getDeltaY() / 300.0);
    window = area.window().zoom(factor, area.toDataX(e.getX()), area.toDataY(e.getY()));
    render();
    e.consume();
  }

  private void onPressed(MouseEvent e) {
    pressX = lastX = e.getX();
    pressY = lastY = e.getY();
    panning = e.getButton() != MouseButton.PRIMARY || e.isShiftDown();
    dragging = false;
    pressIndex = pick(e.getX(), e.getY());
  }

  private void onDragged(MouseEvent e) {
    PlotArea area = plotArea();
    if (panning) {
      ViewWindow shown = area.window();
      double dx = (e.getX() - lastX) / area.width() * shown.width();
      double dy = (e.getY() - lastY) / area.height() * shown.height();
      window = shown.shift(-dx, dy);
      lastX = e.getX();
      lastY = e.getY();
      render();
      return;
    }
    if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < CLICK_SLOP) {
      return;
    }
    dragging = true;
    setHover(-1);
    int to = pick(e.getX(), e.getY());
    listener.dragged(
        area.toDataX(pressX), area.toDataY(pressY), area.toDataX(e.getX()), area.toDataY(e.getY()),
        pressIndex, to, false);
  }

  private void onReleased(MouseEvent e) {
    PlotArea area = plotArea();
    if (panning) {
      panning = false;
      return;
    }
    if (dragging) {
      dragging = false;
      int to = pick(e.getX(), e.getY());
      listener.dragged(
          area.toDataX(pressX), area.toDataY(pressY), area.toDataX(e.getX()),
          area.toDataY(e.getY()), pressIndex, to, true);
      return;
    }
    if (area.contains(e.getX(), e.getY())) {
      listener.clicked(area.toDataX(e.getX()), area.toDataY(e.getY()), pick(e.getX(), e.getY()));
    }
  }

  private void onMoved(MouseEvent e) {
    setHover(pick(e.getX(), e.getY()));
  }
}
