package org.latentexplorer.ui.analyse;

import java.awt.image.BufferedImage;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import org.latentexplorer.analysis.CoverageResult;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.PaneAnalysis;

/** Where prior samples land relative to the encoded data, with the figures that show it. */
public final class CoverageCard extends Card {

  private final ModelSession session;
  private final ModelPaneModel pane;
  private final PaneAnalysis analysis;
  private final Button run = new Button("Draw new samples");
  private final Spinner<Integer> samples = new Spinner<>(100, 50_000, 2000, 500);
  private long seed = 1;

  CoverageCard(ModelPaneModel pane, ModelSession s) {
    super(
        "Prior coverage",
        "Where do samples of the prior N(0, I) land? A sample is in the populated region when its"
            + " nearest encoded point is no farther than 95% of the encoded points (within the"
            + " prior's reach) are from their own nearest neighbour. For a VAE the encoded points"
            + " are draws of q(z|x), what its decoder learned from.");
    this.session = s;
    this.pane = pane;
    this.analysis = pane.analysis();
    samples.setId("coverage-samples-" + pane.role());
    samples.setPrefWidth(96);
    samples.setEditable(true);
    run.setId("coverage-run-" + pane.role());
    CheckBox show = new CheckBox("Show them on the scatter");
    show.setSelected(analysis.showCoverageProperty().get());
    show.selectedProperty().addListener((o, a, b) -> analysis.showCoverageProperty().set(b));
    listen(analysis.showCoverageProperty(), (o, a, b) -> show.setSelected(b));
    run.setOnAction(e -> measure());
    listen(analysis.coverageProperty(), (o, a, r) -> draw(r));
    controls(new Label("samples"), samples, run, show);
    measure();
  }

  private void measure() {
    run.setDisable(true);
    analysis.measureCoverage(samples.getValue(), seed++, () -> run.setDisable(false));
  }

  private void draw(CoverageResult r) {
    if (r == null || pane.session() != session) {
      return;
    }
    numbers(r.summary());
    NewestRequest.Request request = newRequest();
    Projection projection = pane.projection().projection();
    analysis.run(
        "Prior coverage figures",
        p ->
            new BufferedImage[] {
              r.mapFigure(projection, FIGURE_W, FIGURE_H + 80),
              r.distanceFigure(FIGURE_W, FIGURE_H),
              r.outsideFigure(session.engine().inputShape())
            },
        f -> {
          if (isCurrent(request)) {
            figures(FIGURE_W, f);
          }
        });
  }
}
