package org.latentexplorer.ui.common.scatter;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.List;
import java.util.function.IntFunction;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * The latent scatter: tens of thousands of points drawn into a pixel buffer, with a vector
 * overlay ({@link ScatterOverlay}) for the axes, the prior's rings, the current point, an
 * interpolation path and the hovered item's image, and the gestures of {@link ScatterGestures}.
 * This class keeps the points and the window of the data shown.
 */
public final class ScatterView extends Region {

  private static final double TOP = 10;
  private static final double RIGHT = 12;
  private static final double PICK_RADIUS = 6;

  private final ImageView pointsView = new ImageView();
  private final ScatterOverlay overlay = new ScatterOverlay(this);
  private final ScatterGestures gestures = new ScatterGestures(this);

  private float[] xy = new float[0];
  private int[] labels = new int[0];
  private List<String> classNames = List.of();
  private boolean[] visible;
  private int[] colors = new int[0];
  private List<Underlay> underlays = List.of();
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


  public ScatterView() {
    getStyleClass().add("scatter");
    pointsView.setSmooth(false);
    getChildren().addAll(pointsView, overlay);
    setMinSize(200, 200);
    setPrefSize(560, 520);
  }

  public void setListener(ScatterListener listener) {
    gestures.setListener(listener);
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
    overlay.setSelected(-1);
    overlay.setHover(-1);
    home = ViewWindow.around(xy, true);
    window = home;
    render();
  }

  /** The coordinates of the points shown, {@code count x 2} (none before the first). */
  public float[] points() {
    return xy;
  }

  /**
   * Moves the points and shows a given window (a picture that changes while a model trains);
   * Reset view then returns to this window.
   */
  public void showFrame(float[] xy, ViewWindow frame) {
    this.xy = xy;
    home = frame;
    window = frame;
    render();
  }

  /** Moves the points without reframing the view (a projection that refines itself). */
  public void updateCoordinates(float[] xy) {
    this.xy = xy;
    render();
  }

  public void setAxisLabels(String x, String y) {
    overlay.setAxisLabels(x, y);
    overlay.draw();
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
    overlay.setPriorRings(show);
    overlay.draw();
  }

  /** The current latent point's place, or null to hide the marker. */
  public void setMarker(double[] place) {
    overlay.setMarker(place);
    overlay.draw();
  }

  /** Where the marker of the current latent point is drawn, or null when it is hidden. */
  public double[] marker() {
    return overlay.marker();
  }

  /** An interpolation path's places, {@code frames x 2}, or null. */
  public void setPath(float[] places) {
    overlay.setPath(places);
    overlay.draw();
  }

  /**
   * Named places drawn over the data (bookmarks, the interpolation's chosen ends), {@code n x 2}
   * places and n labels; null for none.
   */
  public void setMarks(float[] places, List<String> labels) {
    overlay.setMarks(places, labels);
    overlay.draw();
  }

  /**
   * An arrow over the data from one place to another ({@code x0, y0, x1, y1}) with its name, such
   * as an attribute vector; null for none.
   */
  public void setArrow(double[] fromTo, String label) {
    overlay.setArrow(fromTo, label);
    overlay.draw();
  }

  /** The name of the arrow drawn, or null when there is none, for tests. */
  public String arrowLabel() {
    return overlay.arrowLabel();
  }

  /** The labels of the named places drawn, for tests. */
  public List<String> markLabels() {
    return overlay.markLabels();
  }

  /** The selections drawn over the data, each its loop and name; empty for none. */
  public void setSelections(List<SelectionOutline> selections) {
    overlay.setSelections(selections);
    overlay.draw();
  }

  /** The names of the selections drawn, for tests. */
  public List<String> selectionNames() {
    return overlay.selectionNames();
  }

  /** The loop being drawn, its corners in this node's pixels; null when none is. */
  void showLoop(double[] corners) {
    overlay.setLoop(corners);
    overlay.draw();
  }

  /** Extra points drawn over the data (such as prior samples), each with its own colour. */
  public void setExtraPoints(float[] places, int[] argb) {
    overlay.setExtraPoints(places, argb);
    overlay.draw();
  }

  /** Pictures drawn under the points, such as a decoded manifold grid; empty for none. */
  /** The pictures drawn under the points, for tests. */
  public List<Underlay> underlays() {
    return underlays;
  }

  public void setUnderlays(List<Underlay> pictures) {
    underlays = List.copyOf(pictures);
    render();
  }

  public void setSelected(int index) {
    overlay.setSelected(index);
    overlay.draw();
  }

  /** How the hovered item's image is made (once per item hovered). */
  public void setThumbnails(IntFunction<Image> thumbnails) {
    overlay.setThumbnails(thumbnails);
  }

  /** Bigger points for a projector. */
  public void setPointRadius(double radius) {
    pointRadius = radius;
    render();
  }

  /** Shows another window of the plane (a zoom, a pan, a saved view); Reset view frames the points. */
  public void showWindow(ViewWindow shown) {
    window = shown;
    render();
  }

  /** The window as zoomed and panned, before it is widened to equal units (a session keeps it). */
  public ViewWindow shownWindow() {
    return window;
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
    overlay.draw();
  }

  /** The data point drawn nearest a place of this node, within a few pixels, or -1. */
  int pick(double sx, double sy) {
    return index == null ? -1 : index.nearest(sx, sy, PICK_RADIUS);
  }

  /** Where item {@code i} is drawn, or null when it is not. */
  double[] screenOf(int i) {
    return index == null || i < 0 || i >= labels.length ? null : index.screenOf(i);
  }

  /** Hovers over an item (-1: none); true when that changed. */
  boolean setHover(int i) {
    if (i == overlay.hover()) {
      return false;
    }
    overlay.setHover(i);
    overlay.draw();
    return true;
  }

  int labelOf(int i) {
    return i >= 0 && i < labels.length ? labels[i] : -1;
  }

  String classNameOf(int label) {
    return label >= 0 && label < classNames.size() ? classNames.get(label) : "";
  }

  double fontSize() {
    return Math.max(11, pointRadius * 5);
  }

}
