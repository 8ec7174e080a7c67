package org.latentexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.embedding.EmbeddingMethod;
import org.latentexplorer.latent.embedding.EmbeddingMethods;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.workspace.projection.ProjectionModel;
import org.latentexplorer.ui.workspace.projection.ProjectionView;

/**
 * The scatter's chooser above a 2-D latent: latent axes, PCA, t-SNE or UMAP, and which two axes. It
 * only asks the {@link ProjectionModel} and follows what it shows, so a change made elsewhere (the
 * Analyse tab) shows here too. Its three parts (the view, x, y) are placed by the caller, so that
 * a narrow column wraps them onto lines of their own rather than cutting them off.
 */
public final class ProjectionChooser {

  private final ProjectionModel model;
  private final ChoiceBox<ProjectionView> view = new ChoiceBox<>();
  private final ComboBox<String> xAxis = new ComboBox<>();
  private final ComboBox<String> yAxis = new ComboBox<>();
  private final List<HBox> parts;
  private int dims;
  private boolean following;

  public ProjectionChooser(ProjectionModel model, String role) {
    this.model = model;
    view.setId("projection-" + role);
    xAxis.setId("x-axis-" + role);
    yAxis.setId("y-axis-" + role);
    Tips.set(view, "What the scatter shows: two latent dimensions, two principal axes, or a "
        + String.join(" or ", EmbeddingMethods.ALL.stream().map(EmbeddingMethod::label).toList())
        + " map of the codes (computed in the background, drawn while it forms)");
    Tips.set(xAxis, "The latent dimension or principal axis along x");
    Tips.set(yAxis, "The latent dimension or principal axis along y");
    parts =
        List.of(
            new HBox(6, view), new HBox(6, new Label("x:"), xAxis), new HBox(6, new Label("y:"), yAxis));
    parts.forEach(p -> p.setAlignment(Pos.CENTER_LEFT));
    view.setOnAction(e -> viewChosen());
    xAxis.setOnAction(e -> axesChosen());
    yAxis.setOnAction(e -> axesChosen());
    model.projectionProperty().addListener((o, a, p) -> follow(p));
  }

  /** The view chooser, then x and y, each with its label: to be laid out in a wrapping pane. */
  public List<HBox> parts() {
    return parts;
  }

  /** Offers the views and axes of a new model. */
  public void modelChanged(ModelSession s) {
    codesChanged(s == null ? 0 : s.latentSize());
  }

  /** Offers the views and axes of codes of {@code latentSize} dimensions (0: none). */
  public void codesChanged(int latentSize) {
    dims = latentSize;
    following = true;
    try {
      view.getItems().setAll(ProjectionModel.viewsFor(Math.max(1, dims)));
    } finally {
      following = false;
    }
    for (HBox p : parts) {
      p.setVisible(dims > 2);
      p.setManaged(dims > 2);
    }
    follow(model.projection());
  }

  private void follow(Projection p) {
    if (p == null) {
      return;
    }
    following = true;
    try {
      view.setValue(model.viewProperty().get());
      if (p instanceof AxisProjection a) {
        fillAxes("z", dims, a.dimX(), a.dimY());
      } else if (p instanceof PcaProjection pc) {
        fillAxes("PC", pc.pca().dims(), pc.axisX(), pc.axisY());
      }
      boolean axes = model.viewProperty().get().method() == null;
      xAxis.setDisable(!axes);
      yAxis.setDisable(!axes);
    } finally {
      following = false;
    }
  }

  private void fillAxes(String prefix, int count, int x, int y) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(prefix + (i + 1));
    }
    if (!xAxis.getItems().equals(names)) {
      xAxis.getItems().setAll(names);
      yAxis.getItems().setAll(names);
    }
    xAxis.getSelectionModel().select(x);
    yAxis.getSelectionModel().select(y);
  }

  private void viewChosen() {
    if (following || view.getValue() == null) {
      return;
    }
    ProjectionView v = view.getValue();
    if (v.method() != null) {
      model.show(v.method());
    } else if (v == ProjectionView.PCA) {
      model.showPca(0, 1);
    } else {
      model.showLatentAxes(0, 1);
    }
  }

  private void axesChosen() {
    if (following) {
      return;
    }
    int x = Math.max(0, xAxis.getSelectionModel().getSelectedIndex());
    int y = Math.max(0, yAxis.getSelectionModel().getSelectedIndex());
    if (view.getValue() == ProjectionView.PCA) {
      model.showPca(x, y);
    } else {
      model.showLatentAxes(x, y);
    }
  }
}
