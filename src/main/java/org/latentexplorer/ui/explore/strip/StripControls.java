package org.latentexplorer.ui.explore.strip;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.TypedSpinner;
import org.latentexplorer.ui.workspace.strip.EndsChooser;
import org.latentexplorer.ui.workspace.strip.StripDimensions;
import org.latentexplorer.ui.workspace.strip.StripMode;
import org.latentexplorer.ui.workspace.strip.StripModel;
import org.latentexplorer.ui.workspace.strip.StripPane;

/** The strip's controls: what it shows, how many frames, slerp, play, and traversal settings. */
public final class StripControls extends FlowPane {

  private final StripModel strip;
  private final ChoiceBox<String> dimension = new ChoiceBox<>();
  private final ChoiceBox<StripDimensions.GridChoice> gridChoice = new ChoiceBox<>();
  private final Label gridShown = new Label();
  private final javafx.scene.control.ToggleButton hide = new javafx.scene.control.ToggleButton("Hide frames");
  private int latentSize;
  private final List<javafx.scene.Node> interpolationOnly;
  private final List<javafx.scene.Node> traversalOnly;
  private final List<javafx.scene.Node> sweepOnly;

  /**
   * @param strip the strip's state
   * @param main the main model, whose current z can become an end of the interpolation
   * @param selected the main model's selected item (an end at its encoding is named by it)
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
    Tips.set(mode, "Interpolation between two ends, a traversal of one dimension, or every dimension's traversal");

    Spinner<Integer> frames = TypedSpinner.ofIntegers(2, 30, strip.framesProperty().get());
    Tips.set(frames, "Frames a row, 2 to 30: type a number or use the arrows");
    frames.setId("strip-frames");
    frames.setPrefWidth(80);
    frames.setMinWidth(Region.USE_PREF_SIZE);
    frames.valueProperty().addListener((o, a, b) -> strip.framesProperty().set(b));
    strip.framesProperty().addListener((o, a, b) -> frames.getValueFactory().setValue(b.intValue()));

    CheckBox spherical = new CheckBox("Spherical (slerp)");
    spherical.setId("strip-spherical");
    spherical.selectedProperty().bindBidirectional(strip.sphericalProperty());
    Tips.set(spherical, "Interpolate along a great circle, keeping |z| typical of the prior");

    Button play = new Button("Play");
    play.setId("strip-play");
    Tips.set(play, "Move z through what the strip shows, in every model shown");
    play.setOnAction(e -> strip.player().toggle());
    strip.player().playingProperty().addListener((o, a, b) -> play.setText(b ? "Stop" : "Play"));

    dimension.setId("traversal-dimension");
    Tips.set(dimension, "The dimension a traversal sweeps, the others held at the current z");
    dimension
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, a, b) -> {
              if (b.intValue() >= 0) {
                strip.traversalDimensionProperty().set(b.intValue());
              }
            });
    Spinner<Double> range = TypedSpinner.ofDecimals(0.5, 10.0, strip.traversalRangeProperty().get(), 0.5);
    Tips.set(range, "A traversal sweeps the dimension from -range to +range (latent units; the prior's sd is 1)");
    range.setId("traversal-range");
    range.setPrefWidth(84);
    range.setMinWidth(Region.USE_PREF_SIZE);
    range.valueProperty().addListener((o, a, b) -> strip.traversalRangeProperty().set(b));
    strip.traversalRangeProperty().addListener((o, a, b) -> range.getValueFactory().setValue(b.doubleValue()));
    strip.traversalDimensionProperty().addListener((o, a, b) -> {
      if (b.intValue() < dimension.getItems().size()) {
        dimension.getSelectionModel().select(b.intValue());
      }
    });

    EndsChooser chooser = strip.endsChooser();
    Button setStart = new Button();
    setStart.setId("ends-start");
    Button setEnd = new Button();
    setEnd.setId("ends-end");
    setStart.setOnAction(e -> chooser.setStart(chooser.current(main, selected.get())));
    setEnd.setOnAction(e -> chooser.setEnd(chooser.current(main, selected.get())));
    showEnd(setStart, "Start", chooser.startProperty().get());
    showEnd(setEnd, "End", chooser.endProperty().get());
    chooser.startProperty().addListener((o, a, b) -> showEnd(setStart, "Start", b));
    chooser.endProperty().addListener((o, a, b) -> showEnd(setEnd, "End", b));
    setStart.disableProperty().bind(main.zProperty().isNull());
    setEnd.disableProperty().bind(main.zProperty().isNull());

    ChoiceBox<Double> speed = new ChoiceBox<>();
    speed.setId("strip-speed");
    speed.getItems().setAll(0.25, 0.5, 1.0, 2.0, 4.0);
    speed.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Double v) {
            return v == null ? "" : (v == Math.rint(v) ? String.valueOf(v.intValue()) : v) + "x";
          }

          @Override
          public Double fromString(String text) {
            return Double.valueOf(text.replace("x", ""));
          }
        });
    speed.setValue(strip.player().speedProperty().get());
    speed.valueProperty().addListener((o, a, b) -> strip.player().speedProperty().set(b));
    Tips.set(speed, "Play speed (1x: 25 steps a second); Left/Right step frame by frame");

    CheckBox showZ = new CheckBox("z under frames");
    showZ.setId("strip-show-z");
    showZ.selectedProperty().bindBidirectional(strip.showZProperty());
    Tips.set(showZ, "Each frame's z under it (its length |z| above 3-D)");

    CheckBox inSd = new CheckBox("in sd");
    inSd.setId("traversal-in-sd");
    inSd.selectedProperty().bindBidirectional(strip.rangeInSdProperty());
    Tips.set(inSd, "Count the range in standard deviations of the codes on each dimension, around their mean");
    gridChoice.setId("grid-dimensions");
    gridChoice.getItems().setAll(StripDimensions.GridChoice.values());
    gridChoice.valueProperty().bindBidirectional(strip.gridChoiceProperty());
    Tips.set(gridChoice, "Which dimensions the all-dimensions grid shows when the model has more");
    gridShown.setId("grid-shown");
    gridShown.getStyleClass().add("hint");
    strip.modeProperty().addListener((o, a, b) -> showGridChoice());

    hide.setId("strip-hide");
    Tips.set(hide, "Fold the strip's frames away, leaving the scatter the room (its controls stay)");
    hide.selectedProperty().addListener((o, a, b) -> hide.setText(b ? "Show frames" : "Hide frames"));

    Label traverse = new Label("traverse");
    Label rangeLabel = new Label("range +/-");
    interpolationOnly = List.of(spherical, setStart, setEnd);
    traversalOnly = List.of(traverse, dimension);
    sweepOnly = List.of(rangeLabel, range, inSd);
    getChildren()
        .addAll(
            hide, new Label("Strip:"), mode, new Label("frames"), frames, play, speed, showZ,
            spherical, setStart, setEnd, traverse, dimension, rangeLabel, range, inSd,
            gridShown, gridChoice);
    showGridChoice();
  }

  /** "Start = current z" until an end is set, then what it is. */
  private static void showEnd(Button button, String which, EndsChooser.End end) {
    if (end == null) {
      button.setText(which + " = current z");
      Tips.set(button, "Make the current z the interpolation's " + which.toLowerCase(Locale.ROOT)
          + " (an item, a prior sample, a bookmark: any z)");
      button.getStyleClass().remove("end-set");
      return;
    }
    String name = end.name().length() > 22 ? end.name().substring(0, 21) + "\u2026" : end.name();
    button.setText(which + ": " + name);
    Tips.set(button, which + " is " + end.name() + "; click to use the current z instead");
    if (!button.getStyleClass().contains("end-set")) {
      button.getStyleClass().add("end-set");
    }
  }

  /** True while the strip's frames are folded away. */
  public javafx.beans.property.BooleanProperty hiddenProperty() {
    return hide.selectedProperty();
  }

  /**
   * Only the controls of the mode shown (the ends and slerp for an interpolation, the dimension and
   * range for a traversal), and "32 of 64 shown" with the choice of which in the grid of a model with
   * more dimensions than it shows.
   */
  private void showGridChoice() {
    StripMode now = strip.modeProperty().get();
    showOnly(interpolationOnly, now == StripMode.INTERPOLATION);
    showOnly(traversalOnly, now == StripMode.TRAVERSAL);
    showOnly(sweepOnly, now != StripMode.INTERPOLATION);
    boolean more = strip.modeProperty().get() == StripMode.ALL_DIMENSIONS
        && latentSize > StripModel.MAX_GRID_DIMENSIONS;
    gridShown.setText(StripModel.MAX_GRID_DIMENSIONS + " of " + latentSize + " shown:");
    for (javafx.scene.Node n : List.of(gridShown, gridChoice)) {
      n.setVisible(more);
      n.setManaged(more);
    }
  }

  private static void showOnly(List<javafx.scene.Node> nodes, boolean shown) {
    for (javafx.scene.Node n : nodes) {
      n.setVisible(shown);
      n.setManaged(shown);
    }
  }

  /** Offers the dimensions of the main model. */
  public void modelChanged(ModelSession s) {
    if (s == null) {
      return;
    }
    latentSize = s.latentSize();
    showGridChoice();
    dimension.getItems().clear();
    for (int d = 0; d < s.latentSize(); d++) {
      dimension.getItems().add(String.format(Locale.ROOT, "z%d", d + 1));
    }
    dimension.getSelectionModel().select(Math.min(strip.traversalDimensionProperty().get(), s.latentSize() - 1));
  }
}
