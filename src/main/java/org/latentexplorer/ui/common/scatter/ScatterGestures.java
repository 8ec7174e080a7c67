package org.latentexplorer.ui.common.scatter;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.latentexplorer.latent.Lasso;

/**
 * How a person handles the scatter: the wheel zooms around the pointer, right- or shift-drag pans,
 * a click reports a place (and the point under it), a drag reports an interpolation's ends while
 * it moves and once more when released, a Ctrl-drag (Command on a Mac) draws a loop and reports
 * the points drawn inside it ({@link Lasso}), and hovering reports the point under the pointer.
 */
final class ScatterGestures {

  private static final double CLICK_SLOP = 4;

  private final ScatterView view;
  private ScatterListener listener = new ScatterListener() {};
  private double pressX;
  private double pressY;
  private double lastX;
  private double lastY;
  private boolean panning;
  private boolean dragging;
  private boolean lassoing;
  private double[] loop = new double[0];
  private int loopLength;
  private int pressIndex = -1;

  ScatterGestures(ScatterView view) {
    this.view = view;
    view.setOnScroll(this::onScroll);
    view.setOnMousePressed(this::onPressed);
    view.setOnMouseDragged(this::onDragged);
    view.setOnMouseReleased(this::onReleased);
    view.setOnMouseMoved(
        e -> {
          hover(view.pick(e.getX(), e.getY()));
          PlotArea area = view.plotArea();
          listener.pointerAt(area.toDataX(e.getX()), area.toDataY(e.getY()));
        });
    view.setOnMouseExited(e -> hover(-1));
  }

  void setListener(ScatterListener listener) {
    this.listener = listener;
  }

  private void hover(int index) {
    if (view.setHover(index)) {
      listener.hovered(index);
    }
  }

  private void onScroll(ScrollEvent e) {
    if (e.getDeltaY() == 0) {
      return;
    }
    PlotArea area = view.plotArea();
    double factor = Math.exp(e.getDeltaY() / 300.0);
    view.showWindow(area.window().zoom(factor, area.toDataX(e.getX()), area.toDataY(e.getY())));
    e.consume();
  }

  private void onPressed(MouseEvent e) {
    view.requestFocus();
    pressX = lastX = e.getX();
    pressY = lastY = e.getY();
    panning = e.getButton() != MouseButton.PRIMARY || e.isShiftDown();
    lassoing = !panning && e.isShortcutDown();
    loopLength = 0;
    dragging = false;
    pressIndex = view.pick(e.getX(), e.getY());
  }

  private void onDragged(MouseEvent e) {
    PlotArea area = view.plotArea();
    if (panning) {
      ViewWindow shown = area.window();
      double dx = (e.getX() - lastX) / area.width() * shown.width();
      double dy = (e.getY() - lastY) / area.height() * shown.height();
      lastX = e.getX();
      lastY = e.getY();
      view.showWindow(shown.shift(-dx, dy));
      return;
    }
    if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < CLICK_SLOP) {
      return;
    }
    if (lassoing) {
      if (!dragging) {
        addCorner(area, pressX, pressY);
      }
      dragging = true;
      hover(-1);
      addCorner(area, e.getX(), e.getY());
      view.showLoop(java.util.Arrays.copyOf(loop, loopLength));
      return;
    }
    dragging = true;
    hover(-1);
    reportDrag(area, e, false);
  }

  /** A corner of the loop being drawn, kept within the plot area (only points shown are chosen). */
  private void addCorner(PlotArea area, double x, double y) {
    double cx = Math.max(area.left(), Math.min(area.left() + area.width(), x));
    double cy = Math.max(area.top(), Math.min(area.top() + area.height(), y));
    if (loopLength >= 2 && Math.hypot(cx - loop[loopLength - 2], cy - loop[loopLength - 1]) < 2) {
      return;
    }
    if (loopLength + 2 > loop.length) {
      loop = java.util.Arrays.copyOf(loop, Math.max(64, loop.length * 2));
    }
    loop[loopLength++] = cx;
    loop[loopLength++] = cy;
  }

  /** The loop closed: the points drawn inside it, and the loop in data units. */
  private void finishLoop(PlotArea area, MouseEvent e) {
    addCorner(area, e.getX(), e.getY());
    view.showLoop(null);
    float[] inPlane = new float[loopLength];
    for (int i = 0; i < loopLength; i += 2) {
      inPlane[i] = (float) area.toDataX(loop[i]);
      inPlane[i + 1] = (float) area.toDataY(loop[i + 1]);
    }
    int[] items = Lasso.inside(view.points(), inPlane, i -> view.isClassVisible(view.labelOf(i)));
    listener.lassoed(items, inPlane);
  }

  private void reportDrag(PlotArea area, MouseEvent e, boolean finished) {
    listener.dragged(
        area.toDataX(pressX), area.toDataY(pressY), area.toDataX(e.getX()), area.toDataY(e.getY()),
        pressIndex, view.pick(e.getX(), e.getY()), finished);
  }

  private void onReleased(MouseEvent e) {
    PlotArea area = view.plotArea();
    if (panning) {
      panning = false;
      return;
    }
    if (dragging && lassoing) {
      dragging = false;
      lassoing = false;
      finishLoop(area, e);
      return;
    }
    if (dragging) {
      dragging = false;
      reportDrag(area, e, true);
      return;
    }
    if (area.contains(e.getX(), e.getY())) {
      listener.clicked(area.toDataX(e.getX()), area.toDataY(e.getY()), view.pick(e.getX(), e.getY()));
    }
  }
}
