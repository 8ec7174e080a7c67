package org.latentexplorer.ui.explore.sliders;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.latentexplorer.ui.common.SliderKeys;

/**
 * One dimension's row of {@link LatentSliders}: its name, its slider and its value field. The
 * list reuses rows as it scrolls, so a row shows whichever dimension it is given.
 */
final class SliderRow extends ListCell<Integer> {

  private static final Pattern PARTIAL_NUMBER = Pattern.compile("-?\\d*(\\.\\d*)?([eE]-?\\d*)?");

  private final LatentSliders owner;
  private final Label name = new Label();
  private final Slider slider = new Slider();
  private final TextField field = new TextField();
  private final HBox row = new HBox(6, name, slider, field);
  private final javafx.scene.control.Tooltip sliderTip = new javafx.scene.control.Tooltip();
  private final javafx.scene.control.Tooltip fieldTip = new javafx.scene.control.Tooltip();
  private int dim = -1;
  private boolean showing;

  SliderRow(LatentSliders owner) {
    this.owner = owner;
    name.setMinWidth(42);
    HBox.setHgrow(slider, Priority.ALWAYS);
    field.setPrefColumnCount(5);
    field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    UnaryOperator<TextFormatter.Change> numbersOnly =
        change -> PARTIAL_NUMBER.matcher(change.getControlNewText()).matches() ? change : null;
    field.setTextFormatter(new TextFormatter<>(numbersOnly));
    row.setAlignment(Pos.CENTER_LEFT);
    slider.setTooltip(sliderTip);
    field.setTooltip(fieldTip);
    slider.setMinWidth(40);
    SliderKeys.keepHomeAndEnd(slider);
    setPrefWidth(0);
    slider.valueProperty().addListener((o, was, now) -> {
      if (!showing && dim >= 0) {
        owner.slid(dim, now.floatValue());
      }
    });
    slider.valueChangingProperty().addListener((o, a, b) -> owner.changing(b));
    field.setOnAction(e -> commit());
    field.focusedProperty().addListener((o, was, focused) -> {
      if (!focused) {
        commit();
      }
    });
    setText(null);
  }

  private void commit() {
    if (!showing && dim >= 0) {
      owner.typed(dim, field);
    }
  }

  @Override
  protected void updateItem(Integer d, boolean empty) {
    super.updateItem(d, empty);
    owner.forget(this, dim);
    if (empty || d == null) {
      dim = -1;
      setGraphic(null);
      return;
    }
    dim = d;
    owner.remember(this, d);
    refresh();
    setGraphic(row);
  }

  /** Shows the dimension's range and value again, without reporting anything. */
  void refresh() {
    if (dim < 0) {
      return;
    }
    showing = true;
    try {
      String role = owner.role();
      name.setText(owner.name(dim));
      slider.setId("slider-" + role + "-" + dim);
      field.setId("value-" + role + "-" + dim);
      owner.showIn(dim, slider, field, sliderTip, fieldTip);
    } finally {
      showing = false;
    }
  }

  Slider slider() {
    return slider;
  }

  TextField field() {
    return field;
  }
}
