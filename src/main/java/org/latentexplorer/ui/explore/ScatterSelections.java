package org.latentexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.common.scatter.SelectionOutline;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Selections;

/**
 * The selections on a model's scatter: on the plane a selection was drawn on, its loop with its
 * name above the loop's top; on any other plane (another projection, a session restored) its name at
 * the mean place of its items.
 */
final class ScatterSelections {

  private final ModelPaneModel model;
  private final ScatterView scatter;

  ScatterSelections(ModelPaneModel model, ScatterView scatter) {
    this.model = model;
    this.scatter = scatter;
    model.selections().items().addListener((ListChangeListener<Selections.Selection>) c -> update());
  }

  /** Draws the selections again (after a change of selections or of projection). */
  void update() {
    Projection p = model.projection().projection();
    List<SelectionOutline> outlines = new ArrayList<>();
    if (p != null) {
      float[] xy = p.coordinates();
      for (Selections.Selection s : model.selections().items()) {
        if (s.loop() != null && s.projection() == p) {
          outlines.add(new SelectionOutline(s.name(), s.loop(), top(s.loop())));
        } else {
          outlines.add(new SelectionOutline(s.name(), null, meanPlace(xy, s.items())));
        }
      }
    }
    scatter.setSelections(outlines);
  }

  /** The middle of the loop's top: its name sits above it. */
  private static double[] top(float[] loop) {
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    double top = -Double.MAX_VALUE;
    for (int c = 0; c < loop.length / 2; c++) {
      left = Math.min(left, loop[2 * c]);
      right = Math.max(right, loop[2 * c]);
      top = Math.max(top, loop[2 * c + 1]);
    }
    return new double[] {(left + right) / 2, top};
  }

  private static double[] meanPlace(float[] xy, int[] items) {
    double x = 0;
    double y = 0;
    int n = 0;
    for (int i : items) {
      if (2 * i + 1 < xy.length) {
        x += xy[2 * i];
        y += xy[2 * i + 1];
        n++;
      }
    }
    return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {x / n, y / n};
  }
}
