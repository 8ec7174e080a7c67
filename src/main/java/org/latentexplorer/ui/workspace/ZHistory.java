package org.latentexplorer.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.latentexplorer.ui.workspace.strip.StripPane;

/**
 * Back and forward through the places z has been in one model, like a browser's history: every
 * change of z is a step, except that a gesture (dragging a slider, playing the strip) is one step
 * however many values it passes through. Going back or forward moves z without recording. A new
 * model starts a new history. Read and written on the UI thread.
 */
public final class ZHistory {

  /** Steps kept; the oldest go first. */
  static final int LIMIT = 200;

  private final StripPane pane;
  private final List<float[]> steps = new ArrayList<>();
  private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canForward = new ReadOnlyBooleanWrapper();
  private int index = -1;
  private boolean moving;
  private int gestures;
  private boolean gestureRecorded;

  /** Follows the z of a model; {@link #clear()} when it shows another model. */
  public ZHistory(StripPane pane) {
    this.pane = pane;
    pane.zProperty().addListener((o, a, z) -> record(z));
  }

  private void record(float[] z) {
    if (moving || z == null) {
      return;
    }
    if (index >= 0 && java.util.Arrays.equals(steps.get(index), z)) {
      return;
    }
    if (gestures > 0 && gestureRecorded && index == steps.size() - 1) {
      steps.set(index, z.clone());
      return;
    }
    while (steps.size() > index + 1) {
      steps.remove(steps.size() - 1);
    }
    steps.add(z.clone());
    if (steps.size() > LIMIT) {
      steps.remove(0);
    }
    index = steps.size() - 1;
    gestureRecorded = gestures > 0;
    update();
  }

  /** A gesture begins (true) or ends (false): the values it passes through are one step. */
  public void gesture(boolean on) {
    gestures = Math.max(0, gestures + (on ? 1 : -1));
    if (gestures == 0) {
      gestureRecorded = false;
    }
  }

  /** Follows a property that is true during a gesture (a slider being dragged, the strip playing). */
  public void gestureWhile(ReadOnlyBooleanProperty during) {
    during.addListener((o, a, b) -> gesture(b));
  }

  public void back() {
    go(index - 1);
  }

  public void forward() {
    go(index + 1);
  }

  private void go(int to) {
    if (to < 0 || to >= steps.size() || to == index) {
      return;
    }
    index = to;
    moving = true;
    try {
      pane.setZ(steps.get(index));
    } finally {
      moving = false;
    }
    update();
  }

  /** Forgets every step (another model); the next z is the first. */
  public void clear() {
    steps.clear();
    index = -1;
    update();
  }

  /** How many steps are kept, for tests. */
  public int size() {
    return steps.size();
  }

  private void update() {
    canBack.set(index > 0);
    canForward.set(index >= 0 && index < steps.size() - 1);
  }

  public ReadOnlyBooleanProperty canBackProperty() {
    return canBack.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canForwardProperty() {
    return canForward.getReadOnlyProperty();
  }
}
