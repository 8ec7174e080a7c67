package org.latentexplorer.ui.analyse;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import org.latentexplorer.analysis.SampleGrid;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.workspace.PaneAnalysis;

/** A grid of decoded prior samples: what the model generates. */
final class SamplesCard extends Card {

  private static final String MEAN = "decoder mean";
  private static final String PIXELS = "sampled pixels";

  private final ChoiceBox<String> mode = new ChoiceBox<>(FXCollections.observableArrayList(MEAN, PIXELS));
  private final Spinner<Integer> side = new Spinner<>(2, 20, 10);
  private final ModelSession session;
  private final PaneAnalysis analysis;
  private long seed = 1;

  /** @param sampledPixels whether the grid shows drawn pixels, shared by both models' cards */
  SamplesCard(
      PaneAnalysis analysis, ModelSession s, String role, javafx.beans.property.BooleanProperty sampledPixels) {
    super(
        "Samples from the prior",
        "Decodes of z ~ N(0, I): what the model generates. A VAE's should look like the data; an"
            + " autoencoder was never asked to decode the prior.");
    this.session = s;
    this.analysis = analysis;
    mode.setValue(sampledPixels.get() ? PIXELS : MEAN);
    mode.setId("samples-mode-" + role);
    side.setPrefWidth(70);
    Button fresh = new Button("Fresh samples");
    fresh.setId("fresh-samples-" + role);
    fresh.setOnAction(e -> draw());
    mode.valueProperty().addListener((o, a, b) -> {
      sampledPixels.set(PIXELS.equals(b));
      draw();
    });
    listen(sampledPixels, (o, a, b) -> mode.setValue(b ? PIXELS : MEAN));
    side.valueProperty().addListener((o, a, b) -> draw());
    controls(new Label("grid"), side, mode, fresh);
    draw();
  }

  private void draw() {
    int n = side.getValue() * side.getValue();
    boolean pixels = PIXELS.equals(mode.getValue());
    long sd = seed++;
    NewestRequest.Request request = newRequest();
    analysis.run(
        "Prior samples",
        p ->
            SampleGrid.figure(
                SampleGrid.run(session.engine(), n, sd, pixels), session.engine().inputShape()),
        image -> {
          if (isCurrent(request)) {
            figures(FIGURE_W, image);
          }
        });
  }
}
