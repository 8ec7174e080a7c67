package org.latentexplorer.ui.sliders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.latent.DimensionStatistics;

/**
 * One slider a latent dimension, each covering the model's encoded data (mean +/- 3 sd on that
 * dimension) and showing its value in a field that can be typed into. The ranges belong to the
 * model: they are set by {@link #setDimensions} and never stretched by a value. A value outside
 * its slider's range puts the knob at the end and marks the field ("out-of-range"); the field
 * shows the true value. Moving any slider reports the whole latent point at once, continuously
 * while it is dragged.
 */
public final class LatentSliders extends VBox {

  /** The style class of a field whose value lies outside its slider's range. */
  public static final String OUT_OF_RANGE = "out-of-range";

  private static final Pattern PARTIAL_NUMBER = Pattern.compile("-?\\d*(\\.\\d*)?([eE]-?\\d*)?");

  private final String role;
  private final List<Slider> sliders = new ArrayList<>();
  private final List<TextField> fields = new ArrayList<>();
  private final List<Tooltip> hints = new ArrayList<>();
  private float[] values = new float[0];
  private boolean updating;
  private Consumer<float[]> onChange = z -> {};
  private final javafx.beans.property.ReadOnlyBooleanWrapper changing =
      new javafx.beans.property.ReadOnlyBooleanWrapper();

  /** @param role the pane's name, part of every control's id ("slider-main-0") */
  public LatentSliders(String role) {
    this.role = role;
    setSpacing(2);
    setPadding(new Insets(4));
    getStyleClass().add("latent-sliders");
  }

  /** Called with the new latent point whenever a person moves a slider or types a value. */
  public void setOnChange(Consumer<float[]> onChange) {
    this.onChange = onChange;
  }

  /** Builds one row a dimension, each ranging over mean +/- 3 sd of the model's encoded data. */
  public void setDimensions(DimensionStatistics stats) {
    getChildren().clear();
    sliders.clear();
    fields.clear();
    hints.clear();
    values = stats.centre();
    for (int d = 0; d < stats.dims(); d++) {
      double sd = stats.sd()[d] > 1e-6 ? stats.sd()[d] : 1;
      double min = stats.mean()[d] - 3 * sd;
      double max = stats.mean()[d] + 3 * sd;
      getChildren().add(row(d, min, max));
    }
  }

  /** Shows a latent point (from a click, a sample, a selection) without reporting it back. */
  public void setValues(float[] z) {
    if (z == null || z.length != sliders.size() || Arrays.equals(z, values)) {
      return;
    }
    updating = true;
    try {
      values = z.clone();
      for (int d = 0; d < z.length; d++) {
        sliders.get(d).setValue(z[d]);
        showValue(d);
      }
    } finally {
      updating = false;
    }
  }

  private void showValue(int d) {
    Slider s = sliders.get(d);
    TextField field = fields.get(d);
    field.setText(format(values[d]));
    boolean outside = values[d] < s.getMin() || values[d] > s.getMax();
    field.getStyleClass().remove(OUT_OF_RANGE);
    if (outside) {
      field.getStyleClass().add(OUT_OF_RANGE);
    }
    field.setTooltip(
        outside
            ? new Tooltip(
                String.format(
                    Locale.ROOT, "%s lies outside the slider's range, %.2f to %.2f",
                    format(values[d]), s.getMin(), s.getMax()))
            : hints.get(d));
  }

  /** True while a person drags a slider's knob (one gesture, many values). */
  public javafx.beans.property.ReadOnlyBooleanProperty changingProperty() {
    return changing.getReadOnlyProperty();
  }

  /** The latent point the sliders show. */
  public float[] values() {
    return values.clone();
  }

  /** The slider of dimension {@code d}. */
  public Slider slider(int d) {
    return sliders.get(d);
  }

  public TextField field(int d) {
    return fields.get(d);
  }

  public int dimensions() {
    return sliders.size();
  }

  private HBox row(int d, double min, double max) {
    Label name = new Label("z" + (d + 1));
    name.setMinWidth(38);
    Slider slider = new Slider(min, max, Math.max(min, Math.min(max, values[d])));
    slider.setId("slider-" + role + "-" + d);
    slider.setTooltip(
        new Tooltip(
            String.format(
                Locale.ROOT,
                "z%d: the encoded data spans %.2f to %.2f (mean +/- 3 sd)",
                d + 1,
                min,
                max)));
    HBox.setHgrow(slider, Priority.ALWAYS);
    slider.valueChangingProperty().addListener((o, a, b) -> changing.set(b));
    TextField field = new TextField(format(values[d]));
    field.setId("value-" + role + "-" + d);
    field.setPrefColumnCount(5);
    UnaryOperator<TextFormatter.Change> numbersOnly =
        change -> PARTIAL_NUMBER.matcher(change.getControlNewText()).matches() ? change : null;
    field.setTextFormatter(new TextFormatter<>(numbersOnly));
    slider
        .valueProperty()
        .addListener(
            (obs, was, now) -> {
              if (updating) {
                return;
              }
              values[d] = now.floatValue();
              updating = true;
              showValue(d);
              updating = false;
              onChange.accept(values.clone());
            });
    field.setOnAction(e -> commit(d, field));
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                commit(d, field);
              }
            });
    hints.add(new Tooltip("z" + (d + 1) + ": type any value and press Enter (it may lie outside the slider)"));
    field.setTooltip(hints.get(d));
    sliders.add(slider);
    fields.add(field);
    HBox row = new HBox(6, name, slider, field);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  /** Takes a typed value; a field left as it was shown (tabbing through) changes nothing. */
  private void commit(int d, TextField field) {
    if (updating || d >= values.length) {
      return;
    }
    String text = field.getText().trim();
    if (text.equals(format(values[d]))) {
      field.getStyleClass().remove("invalid");
      return;
    }
    float v;
    try {
      v = Float.parseFloat(text);
    } catch (NumberFormatException e) {
      v = Float.NaN;
    }
    if (!Float.isFinite(v)) {
      if (!field.getStyleClass().contains("invalid")) {
        field.getStyleClass().add("invalid");
      }
      field.setText(format(values[d]));
      return;
    }
    field.getStyleClass().remove("invalid");
    float[] z = values.clone();
    z[d] = v;
    setValues(z);
    onChange.accept(values.clone());
  }

  private static String format(float v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
