package org.latentexplorer.ui.strip;

import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.latentexplorer.engine.ModelSession;

/** The strip's controls: what it shows, how many frames, slerp, play, and traversal settings. */
public final class StripControls extends FlowPane {

  private final StripModel strip;
  private final ChoiceBox<String> dimension = new ChoiceBox<>();
  private int start = -1;

  /**
   * @param strip the strip's state
   * @param main the main model, whose selected items can become the interpolation's ends
   * @param selected the main model's selected item
   */
  public StripControls(StripModel strip, StripPane main, ReadOnlyIntegerProperty selected) {
    super(10, 4);
    this.strip = strip;
    setPadding(new Insets(4, 8, 2, 8));
    setAlignment(Pos.CENTER_LEFT);
    getStyleClass().add("strip-controls");

    ChoiceBox<StripMode> mode = new ChoiceBox<>();
    mode.setId("strip-mode");
    mode.getItems().setAll(StripMode.values());
    mode.valueProperty().bindBidirectional(strip.modeProperty());

    Spinner<Integer> frames = new Spinner<>(2, 30, strip.framesProperty().get());
    frames.setId("strip-frames");
    frames.setPrefWidth(80);
    frames.setMinWidth(Region.USE_PREF_SIZE);
    frames.valueProperty().addListener((o, a, b) -> strip.framesProperty().set(b));

    CheckBox spherical = new CheckBox("Spherical (slerp)");
    spherical.setId("strip-spherical");
    spherical.selectedProperty().bindBidirectional(strip.sphericalProperty());
    spherical.setTooltip(
        new Tooltip("Interpolate along a great circle, keeping |z| typical of the prior"));

    Button play = new Button("Play");
    play.setId("strip-play");
    play.setTooltip(new Tooltip("Move z through what the strip shows, in every model shown"));
    play.setOnAction(e -> strip.player().toggle());
    strip.player().playingProperty().addListener((o, a, b) -> play.setText(b ? "Stop" : "Play"));

    dimension.setId("traversal-dimension");
    dimension
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, a, b) -> {
              if (b.intValue() >= 0) {
                strip.traversalDimensionProperty().set(b.intValue());
              }
            });
    Spinner<Double> range = new Spinner<>(0.5, 10.0, strip.traversalRangeProperty().get(), 0.5);
    range.setId("traversal-range");
    range.setPrefWidth(84);
    range.setMinWidth(Region.USE_PREF_SIZE);
    range.valueProperty().addListener((o, a, b) -> strip.traversalRangeProperty().set(b));

    Button setStart = new Button("Start = selected");
    setStart.setId("ends-start");
    setStart.setTooltip(new Tooltip("Use the selected item as the interpolation's first end"));
    Button setEnd = new Button("End = selected");
    setEnd.setId("ends-end");
    setEnd.setTooltip(
        new Tooltip("Use the selected item as the last end and interpolate in the full latent space"));
    setStart.setOnAction(e -> start = selected.get());
    setEnd.setOnAction(e -> strip.interpolateItems(main, start, selected.get()));
    setStart.disableProperty().bind(selected.lessThan(0));
    setEnd.disableProperty().bind(selected.lessThan(0));

    getChildren()
        .addAll(
            new Label("Strip:"), mode, new Label("frames"), frames, spherical, play,
            setStart, setEnd, new Label("  traverse"), dimension, new Label("range +/-"), range);
  }

  /** Offers the dimensions of the main model; forgets a start chosen in another model. */
  public void modelChanged(ModelSession s) {
    start = -1;
    if (s == null) {
      return;
    }
    dimension.getItems().clear();
    for (int d = 0; d < s.latentSize(); d++) {
      dimension.getItems().add(String.format(Locale.ROOT, "z%d", d + 1));
    }
    dimension.getSelectionModel().select(Math.min(strip.traversalDimensionProperty().get(), s.latentSize() - 1));
  }
}
