package org.latentexplorer.ui.explorer;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.latentexplorer.engine.ModelSession;

/** The strip's controls: what it shows, how many frames, slerp, play, and traversal settings. */
public final class StripControls extends FlowPane {

  private final ExplorerModel model;
  private final ChoiceBox<String> dimension = new ChoiceBox<>();
  private int start = -1;

  public StripControls(ExplorerModel model) {
    super(10, 4);
    this.model = model;
    setPadding(new Insets(4, 8, 2, 8));
    setAlignment(Pos.CENTER_LEFT);
    getStyleClass().add("strip-controls");

    ChoiceBox<StripMode> mode = new ChoiceBox<>();
    mode.setId("strip-mode");
    mode.getItems().setAll(StripMode.values());
    mode.valueProperty().bindBidirectional(model.modeProperty());

    Spinner<Integer> frames = new Spinner<>(2, 30, model.framesProperty().get());
    frames.setId("strip-frames");
    frames.setPrefWidth(80);
    frames.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    frames.valueProperty().addListener((o, a, b) -> model.framesProperty().set(b));

    CheckBox spherical = new CheckBox("Spherical (slerp)");
    spherical.setId("strip-spherical");
    spherical.selectedProperty().bindBidirectional(model.sphericalProperty());
    spherical.setTooltip(
        new Tooltip("Interpolate along a great circle, keeping |z| typical of the prior"));

    Button play = new Button("Play");
    play.setId("strip-play");
    play.setOnAction(e -> model.togglePlay());
    model.playingProperty().addListener((o, a, b) -> play.setText(b ? "Stop" : "Play"));

    dimension.setId("traversal-dimension");
    dimension
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, a, b) -> {
              if (b.intValue() >= 0) {
                model.traversalDimensionProperty().set(b.intValue());
              }
            });
    Spinner<Double> range = new Spinner<>(0.5, 10.0, model.traversalRangeProperty().get(), 0.5);
    range.setId("traversal-range");
    range.setPrefWidth(84);
    range.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    range.valueProperty().addListener((o, a, b) -> model.traversalRangeProperty().set(b));

    Button setStart = new Button("Start = selected");
    setStart.setId("ends-start");
    setStart.setTooltip(new Tooltip("Use the selected item as the interpolation's first end"));
    Button setEnd = new Button("End = selected");
    setEnd.setId("ends-end");
    setEnd.setTooltip(
        new Tooltip("Use the selected item as the last end and interpolate in the full latent space"));
    setStart.setOnAction(e -> start = model.main().selectedProperty().get());
    setEnd.setOnAction(
        e -> {
          int end = model.main().selectedProperty().get();
          if (start >= 0 && end >= 0) {
            model.interpolateItems(model.main(), start, end);
          }
        });
    setStart.disableProperty().bind(model.main().selectedProperty().lessThan(0));
    setEnd.disableProperty().bind(model.main().selectedProperty().lessThan(0));

    getChildren()
        .addAll(
            new Label("Strip:"), mode, new Label("frames"), frames, spherical, play,
            setStart, setEnd, new Label("  traverse"), dimension, new Label("range +/-"), range);
    model.main().sessionProperty().addListener((o, a, s) -> dimensionsFor(s));
  }

  private void dimensionsFor(ModelSession s) {
    if (s == null) {
      return;
    }
    dimension.getItems().clear();
    for (int d = 0; d < s.latentSize(); d++) {
      dimension.getItems().add(String.format(Locale.ROOT, "z%d", d + 1));
    }
    dimension.getSelectionModel().select(Math.min(model.traversalDimensionProperty().get(), s.latentSize() - 1));
  }
}
