package org.latentexplorer.ui.analyse;

import java.awt.image.BufferedImage;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import org.latentexplorer.analysis.ManifoldGrid;
import org.latentexplorer.ui.common.scatter.ViewWindow;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.workspace.PaneAnalysis;

/** Decodes on a grid over the scatter's view of a 2-D latent, optionally drawn under it. */
final class ManifoldCard extends Card {

  private final PaneAnalysis analysis;

  ManifoldCard(PaneAnalysis analysis, AnalysisPanel.ViewSource view, String role) {
    super(
        "Manifold grid",
        "Decodes on a regular grid over the scatter's current view (as in Keras' VAE example), or"
            + " at the prior's quantiles; drawn at the scatter's scale, and under its points if"
            + " you like. Zoom the scatter first to look closer.");
    this.analysis = analysis;
    Spinner<Integer> n = new Spinner<>(3, 40, 20);
    n.setPrefWidth(70);
    CheckBox quantiles = new CheckBox("Inverse normal CDF spacing");
    CheckBox under = new CheckBox("Draw under the scatter");
    under.setId("manifold-under-" + role);
    under.setSelected(analysis.manifoldUnderProperty().get());
    under.selectedProperty().addListener((o, a, b) -> analysis.manifoldUnderProperty().set(b));
    listen(analysis.manifoldUnderProperty(), (o, a, b) -> under.setSelected(b));
    listen(analysis.manifoldProperty(), (o, a, g) -> draw(g));
    Button decode = new Button("Decode the grid over the scatter's view");
    decode.setId("manifold-run-" + role);
    decode.setOnAction(
        e -> {
          ViewWindow w = view.window();
          analysis.decodeManifold(
              new double[] {w.xMin(), w.xMax(), w.yMin(), w.yMax()}, n.getValue(),
              quantiles.isSelected());
        });
    controls(new Label("tiles a side"), n, quantiles, under, decode);
  }

  private void draw(ManifoldGrid grid) {
    if (grid == null) {
      return;
    }
    NewestRequest.Request request = newRequest();
    analysis.run(
        "Manifold figure",
        p -> grid.figure(FIGURE_W, FIGURE_W),
        (BufferedImage figure) -> {
          if (isCurrent(request)) {
            figures(FIGURE_W, figure);
          }
        });
  }
}
