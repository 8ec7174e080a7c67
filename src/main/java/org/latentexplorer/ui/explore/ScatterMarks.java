package org.latentexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.workspace.Bookmarks;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.EndsChooser;

/**
 * The named places on a model's scatter: its bookmarks and the interpolation ends chosen in it
 * ("start", "end"), wherever the projection can place them (latent axes and PCA; a t-SNE map
 * places only data items).
 */
final class ScatterMarks {

  private final ModelPaneModel model;
  private final EndsChooser ends;
  private final ScatterView scatter;

  ScatterMarks(ModelPaneModel model, EndsChooser ends, ScatterView scatter) {
    this.model = model;
    this.ends = ends;
    this.scatter = scatter;
    model.bookmarks().items().addListener((ListChangeListener<Bookmarks.Bookmark>) c -> update());
    ends.startProperty().addListener((o, a, b) -> update());
    ends.endProperty().addListener((o, a, b) -> update());
  }

  /** Draws the marks again (after a change of marks or of projection). */
  void update() {
    Projection p = model.projection().projection();
    List<String> labels = new ArrayList<>();
    List<double[]> places = new ArrayList<>();
    if (p != null && model.session() != null) {
      int dims = model.session().latentSize();
      for (Bookmarks.Bookmark b : model.bookmarks().items()) {
        add(p, dims, b.z(), b.name(), labels, places);
      }
      add(p, dims, ends.startProperty().get(), "start", labels, places);
      add(p, dims, ends.endProperty().get(), "end", labels, places);
    }
    float[] xy = new float[places.size() * 2];
    for (int i = 0; i < places.size(); i++) {
      xy[2 * i] = (float) places.get(i)[0];
      xy[2 * i + 1] = (float) places.get(i)[1];
    }
    scatter.setMarks(labels.isEmpty() ? null : xy, labels);
  }

  private void add(
      Projection p, int dims, EndsChooser.End end, String label, List<String> labels,
      List<double[]> places) {
    if (end != null && end.pane() == model) {
      add(p, dims, end.z(), label, labels, places);
    }
  }

  private static void add(
      Projection p, int dims, float[] z, String label, List<String> labels, List<double[]> places) {
    double[] xy = z.length == dims ? p.place(z) : null;
    if (xy != null) {
      labels.add(label);
      places.add(xy);
    }
  }
}
