package org.latentexplorer.ui.explore;

import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.scatter.ScatterListener;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.EndsChooser;
import org.latentexplorer.ui.workspace.strip.InterpolationEnds;
import org.latentexplorer.ui.workspace.strip.StripModel;

/**
 * What a click and a drag on a model's scatter do: a click on a point selects its item, a click
 * on an empty place moves z there; a drag from one place to another interpolates between them,
 * each end named by its item (or by its coordinates when it lies on no item); a loop drawn with
 * Ctrl-drag keeps the items inside it as a selection.
 */
final class ScatterActions implements ScatterListener {

  /** Hears where the pointer is, in data units. */
  interface PointerListener {
    void at(double x, double y);
  }

  private final ModelPaneModel model;
  private final StripModel strip;
  private final PointerListener pointer;

  ScatterActions(ModelPaneModel model, StripModel strip, PointerListener pointer) {
    this.model = model;
    this.strip = strip;
    this.pointer = pointer;
  }

  @Override
  public void pointerAt(double x, double y) {
    pointer.at(x, y);
  }

  @Override
  public void clicked(double x, double y, int nearest) {
    if (nearest >= 0) {
      model.select(nearest);
    } else {
      model.clickAt(x, y);
    }
  }

  @Override
  public void dragged(
      double x0, double y0, double x1, double y1, int from, int to, boolean finished) {
    ModelSession s = model.session();
    if (s == null) {
      return;
    }
    float[] a = from >= 0 ? s.encoding().mean(from) : model.latentAt(x0, y0);
    float[] b = to >= 0 ? s.encoding().mean(to) : model.latentAt(x1, y1);
    int fromItem = from >= 0 ? from : model.projection().nearestItem(x0, y0);
    int toItem = to >= 0 ? to : model.projection().nearestItem(x1, y1);
    strip.interpolate(
        new InterpolationEnds(
            model, a, b, keyOf(s, fromItem), keyOf(s, toItem),
            from >= 0 ? EndsChooser.itemName(s, from) : EndsChooser.describe(a),
            to >= 0 ? EndsChooser.itemName(s, to) : EndsChooser.describe(b)));
  }

  @Override
  public void lassoed(int[] items, float[] loop) {
    model.addSelection(items, loop);
  }

  private static long keyOf(ModelSession s, int item) {
    return item < 0 ? InterpolationEnds.NO_ITEM : s.data().itemKey(item);
  }
}
