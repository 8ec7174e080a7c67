package org.latentexplorer.ui.analyse;

import java.util.Arrays;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import org.latentexplorer.latent.directions.AttributeVector;
import org.latentexplorer.ui.common.SliderKeys;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.InterpolationEnds;
import org.latentexplorer.ui.workspace.strip.StripModel;

/**
 * A walk along an attribute vector from the current z: the slider's amount, in units of the
 * vector's length, moves z to {@code z0 + amount * v}, where z0 is the z the walk set out from (z
 * moved elsewhere, by a click or a slider in Explore, becomes the new start, at the amount shown),
 * and the image is always decode(z). <i>Traverse in the strip</i> shows z - v to z + v in the
 * strip as an interpolation.
 */
final class DirectionWalk extends FlowPane {

  private final ModelPaneModel pane;
  private final StripModel strip;
  private final Slider amount = new Slider(-2, 2, 0);
  private final Label value = new Label();
  private final Button traverse = new Button("Traverse in the strip");
  private AttributeVector vector;
  private float[] origin;
  private float[] lastSet;
  private boolean quiet;

  DirectionWalk(ModelPaneModel pane, StripModel strip, String role) {
    super(8, 4);
    this.pane = pane;
    this.strip = strip;
    setAlignment(Pos.CENTER_LEFT);
    amount.setId("direction-amount-" + role);
    SliderKeys.keepHomeAndEnd(amount);
    traverse.setId("direction-traverse-" + role);
    amount.setPrefWidth(220);
    amount.setMajorTickUnit(1);
    amount.setShowTickMarks(true);
    Tips.set(amount, "Moves z along the vector from where it is, in units of the"
        + " vector's length; the decoded image in Explore follows");
    Tips.set(traverse, "The strip shows z - v to z + v");
    value.setMinWidth(48);
    getChildren().addAll(new Label("walk from z:"), amount, value, traverse);
    amount.valueProperty().addListener((o, was, now) -> moved(was.doubleValue(), now.doubleValue()));
    traverse.setOnAction(e -> traverse());
    showValue();
    setDisable(true);
  }

  /** Walks along a new vector, from the z shown. */
  void setVector(AttributeVector v) {
    vector = v;
    origin = null;
    lastSet = null;
    quiet = true;
    amount.setValue(0);
    quiet = false;
    showValue();
    setDisable(false);
  }

  private void moved(double was, double now) {
    showValue();
    float[] z = pane.z();
    if (quiet || vector == null || z == null || z.length != vector.dims()) {
      return;
    }
    if (origin == null || !Arrays.equals(z, lastSet)) {
      origin = vector.walk(z, -was);
    }
    lastSet = vector.walk(origin, now);
    pane.setZ(lastSet);
  }

  private void showValue() {
    value.setText(String.format(Locale.ROOT, "%+.2f v", amount.getValue()));
  }

  private void traverse() {
    float[] z = pane.z();
    if (vector == null || z == null || z.length != vector.dims()) {
      return;
    }
    strip.interpolate(new InterpolationEnds(
        pane, vector.walk(z, -1), vector.walk(z, 1), InterpolationEnds.NO_ITEM,
        InterpolationEnds.NO_ITEM, "z - (" + vector.name() + ")", "z + (" + vector.name() + ")"));
  }
}
