package org.latentexplorer.ui.explore.sliders;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.latent.DimensionStatistics;
import org.latentexplorer.latent.directions.PrincipalDirections;
import org.latentexplorer.ui.common.Refusal;
import org.latentexplorer.ui.common.Tips;

/**
 * One slider a latent dimension, each covering the model's encoded data (mean +/- 3 sd on that
 * dimension) and showing its value in a field that can be typed into. The ranges belong to the
 * model: they are set by {@link #setDimensions} and never stretched by a value. A value outside
 * its slider's range puts the knob at the end and marks the field ("out-of-range"); the field
 * shows the true value. Moving any slider reports the whole latent point at once, continuously
 * while it is dragged.
 *
 * <p>The rows are a virtualised list: only the rows on screen exist, so 512 dimensions scroll and
 * drag as smoothly as 2. Above {@value #TOOLS_ABOVE} dimensions a bar offers a jump to a dimension
 * and an order: z1, z2, ...; by KL (active dimensions first, for a VAE); or by variance of the
 * encoded means.
 *
 * <p>Once the codes' principal directions are known ({@link #setPrincipalDirections}), the order's
 * choice also offers them as the sliders instead of the latent axes (GANSpace, Härkönen et al., 2020): slider
 * k moves z along the k-th principal direction, in standard deviations of the codes along it
 * (-3 to 3), and the other sliders show z's coordinates along theirs. So can the attribute
 * vectors found ({@link #setAttributeVectors}, one row a vector). The image is always decode(z).
 */
public final class LatentSliders extends VBox {

  /** The style class of a field whose value lies outside its slider's range. */
  public static final String OUT_OF_RANGE = "out-of-range";

  /** The rows the list keeps on screen however short the window (all of them below 4-D). */
  public static final int MIN_ROWS = 4;

  /** Latent sizes above which the jump-to field and the orders of the axes appear. */
  public static final int TOOLS_ABOVE = 8;

  private final String role;
  private final ObservableList<Integer> order = FXCollections.observableArrayList();
  private final ListView<Integer> list = new ListView<>(order);
  private final Map<Integer, SliderRow> shown = new HashMap<>();
  private final ReadOnlyBooleanWrapper changing = new ReadOnlyBooleanWrapper();
  private final TextField jump = new TextField();
  private final ChoiceBox<SliderOrder> ordering = new ChoiceBox<>();
  private final HBox tools;
  /** While the orders offered are replaced: their callers refresh the rows once, after. */
  private boolean offering;
  private final SliderScale scale = new SliderScale();
  private double[] variance = new double[0];
  private double[] kl;
  private float[] values = new float[0];
  private Consumer<float[]> onChange = z -> {};

  /** @param role the pane's name, part of every control's id ("slider-main-0") */
  public LatentSliders(String role) {
    this.role = role;
    setSpacing(4);
    setPadding(new Insets(2));
    getStyleClass().add("latent-sliders");
    list.setCellFactory(v -> new SliderRow(this));
    list.setFixedCellSize(32);
    list.setFocusTraversable(false);
    list.setPrefHeight(140);
    list.setId("slider-list-" + role);
    VBox.setVgrow(list, Priority.ALWAYS);
    jump.setId("slider-jump-" + role);
    jump.setPromptText("go to z...");
    jump.setPrefColumnCount(5);
    jump.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    Tips.set(jump, "Type a dimension's number and press Enter to scroll to its slider");
    jump.setOnAction(e -> jumpTo(jump.getText()));
    ordering.setId("slider-order-" + role);
    ordering.getItems().setAll(SliderOrder.values());
    ordering.setValue(SliderOrder.NATURAL);
    Tips.set(ordering, "What the sliders move and in which order: the latent axes by number, by KL (a VAE's"
        + " active dimensions first) or by the variance of the codes; or the principal directions of the codes"
        + " (pc1, pc2, ... by falling variance, each in sd of the codes along it); or the vectors found (v1, v2, ...)");
    ordering.valueProperty().addListener((o, a, b) -> {
      if (!offering) {
        basisChanged();
      }
    });
    tools = new HBox(6, jump, ordering);
    tools.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(tools, list);
    showTools();
  }

  private void showTools() {
    boolean many = values.length > TOOLS_ABOVE;
    show(jump, many);
    boolean bases = scale.offered() || scale.vectorsOffered();
    show(ordering, many || bases);
    show(tools, many || bases);
  }

  /** The orders offered: by KL only for a VAE, the principal directions once they are known. */
  private void offerOrders() {
    List<SliderOrder> offered = new java.util.ArrayList<>(List.of(SliderOrder.NATURAL));
    if (kl != null) {
      offered.add(SliderOrder.KL);
    }
    offered.add(SliderOrder.VARIANCE);
    if (scale.offered()) {
      offered.add(SliderOrder.PRINCIPAL);
    }
    if (scale.vectorsOffered()) {
      offered.add(SliderOrder.VECTORS);
    }
    SliderOrder was = ordering.getValue();
    offering = true;
    try {
      ordering.getItems().setAll(offered);
      ordering.setValue(offered.contains(was) ? was : was == SliderOrder.KL ? SliderOrder.VARIANCE : SliderOrder.NATURAL);
    } finally {
      offering = false;
    }
  }

  private static void show(javafx.scene.Node node, boolean on) {
    node.setManaged(on);
    node.setVisible(on);
  }

  /**
   * Offers the codes' principal directions as the sliders' basis (null: the latent axes only, as
   * while a new model's directions are being fitted).
   */
  public void setPrincipalDirections(PrincipalDirections directions) {
    scale.offer(directions);
    offerOrders();
    basisChanged();
  }

  /**
   * Offers the attribute vectors found (Directions card) as the sliders' basis: slider k moves z
   * along vector k to a position on it (0 at its first group's mean, 1 at its second's), and the
   * others show z's positions along theirs. None: not offered.
   */
  public void setAttributeVectors(List<org.latentexplorer.latent.directions.AttributeVector> vectors) {
    scale.offerVectors(vectors);
    offerOrders();
    basisChanged();
  }

  private void basisChanged() {
    scale.choose(ordering.getValue() == null ? SliderScale.Basis.AXES : ordering.getValue().basis());
    showTools();
    reorder();
    shown.values().forEach(SliderRow::refresh);
  }

  /** Called with the new latent point whenever a person moves a slider or types a value. */
  public void setOnChange(Consumer<float[]> onChange) {
    this.onChange = onChange;
  }

  /** Builds one row a dimension, each ranging over mean +/- 3 sd of the model's encoded data. */
  public void setDimensions(DimensionStatistics stats) {
    setDimensions(stats, null);
  }

  /**
   * As {@link #setDimensions(DimensionStatistics)}, with each dimension's average KL (a VAE; null
   * for an AE) for ordering active dimensions first.
   */
  public void setDimensions(DimensionStatistics stats, double[] klPerDimension) {
    int dims = stats.dims();
    values = stats.centre();
    variance = new double[dims];
    for (int d = 0; d < dims; d++) {
      variance[d] = stats.sd()[d] * stats.sd()[d];
    }
    scale.setAxes(stats);
    kl = klPerDimension;
    shown.clear();
    offerOrders();
    basisChanged();
    list.setPrefHeight(Math.min(6, dims) * list.getFixedCellSize() + 4);
    list.setMinHeight(Math.min(MIN_ROWS, dims) * list.getFixedCellSize() + 4);
  }

  private void reorder() {
    SliderOrder o = ordering.getValue() == null ? SliderOrder.NATURAL : ordering.getValue();
    Comparator<Integer> by =
        switch (o) {
          case KL -> Comparator.comparingDouble((Integer d) -> -kl[d]);
          case VARIANCE -> Comparator.comparingDouble((Integer d) -> -variance[d]);
          default -> Comparator.naturalOrder();
        };
    order.setAll(IntStream.range(0, rows()).boxed().sorted(by.thenComparing(Comparator.naturalOrder())).toList());
    list.scrollTo(0);
  }

  /** Scrolls to a dimension named by its number ("12" or "z12"); a bad number is marked. */
  public void jumpTo(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^(z|pc|v)", "");
    int d;
    try {
      d = Integer.parseInt(t) - 1;
    } catch (NumberFormatException e) {
      d = -1;
    }
    if (d < 0 || d >= rows()) {
      Refusal.show(jump, jump, "'" + text.strip() + "' is no row: give 1 to " + rows());
      return;
    }
    Refusal.clear(jump, jump);
    int index = order.indexOf(d);
    list.scrollTo(index);
    list.getSelectionModel().select(index);
  }

  /** Shows a latent point (from a click, a sample, a selection) without reporting it back. */
  public void setValues(float[] z) {
    if (z == null || z.length != values.length || Arrays.equals(z, values)) {
      return;
    }
    values = z.clone();
    shown.values().forEach(SliderRow::refresh);
  }

  /** Puts dimension {@code d}'s range and value into a row's controls. */
  void showIn(int d, Slider slider, TextField field, Tooltip sliderTip, Tooltip fieldTip) {
    if (d >= rows()) {
      return;
    }
    double lo = scale.low(d);
    double hi = scale.high(d);
    float value = scale.value(values, d);
    slider.setMin(lo);
    slider.setMax(hi);
    slider.setValue(Math.max(lo, Math.min(hi, value)));
    field.setText(format(value));
    boolean outside = scale.outside(values, d);
    field.getStyleClass().remove(OUT_OF_RANGE);
    if (outside) {
      field.getStyleClass().add(OUT_OF_RANGE);
    }
    if (field.getTooltip() != fieldTip) {
      field.setTooltip(fieldTip);
    }
    String spans = scale.spans(d);
    fieldTip.setText(
            outside
                ? String.format(
                    Locale.ROOT, "%s lies outside the slider's range, %.2f to %.2f", format(value), lo, hi)
                : name(d) + ": type any value and press Enter; " + spans);
    sliderTip.setText(name(d) + ": " + spans);
  }

  /** A row's name: z1, z2, ..., pc1, pc2, ... or v1, v2, ... */
  public String name(int d) {
    return scale.name(d);
  }

  /** A person moved dimension {@code d}'s slider. */
  void slid(int d, float value) {
    if (d >= rows()) {
      return;
    }
    values = scale.moved(values, d, value);
    if (scale.coupled()) {
      shown.values().forEach(SliderRow::refresh);
    } else {
      SliderRow row = shown.get(d);
      if (row != null) {
        row.refresh();
      }
    }
    onChange.accept(values.clone());
  }

  void changing(boolean on) {
    changing.set(on);
  }

  /** Takes a typed value; a field left as it was shown (tabbing through) changes nothing. */
  void typed(int d, TextField field) {
    if (d >= rows()) {
      return;
    }
    String text = field.getText().trim();
    if (text.equals(format(scale.value(values, d)))) {
      field.getStyleClass().remove(Refusal.STYLE);
      return;
    }
    float v;
    try {
      v = Float.parseFloat(text);
    } catch (NumberFormatException e) {
      v = Float.NaN;
    }
    if (!Float.isFinite(v)) {
      if (!field.getStyleClass().contains(Refusal.STYLE)) {
        field.getStyleClass().add(Refusal.STYLE);
      }
      field.setText(format(scale.value(values, d)));
      field.setTooltip(new Tooltip("'" + text + "' was refused: " + name(d) + " takes a number"));
      return;
    }
    field.getStyleClass().remove(Refusal.STYLE);
    setValues(scale.moved(values, d, v));
    onChange.accept(values.clone());
  }

  void remember(SliderRow row, int d) {
    shown.put(d, row);
  }

  void forget(SliderRow row, int d) {
    if (d >= 0 && shown.get(d) == row) {
      shown.remove(d);
    }
  }

  String role() {
    return role;
  }

  /** True while a person drags a slider's knob (one gesture, many values). */
  public ReadOnlyBooleanProperty changingProperty() {
    return changing.getReadOnlyProperty();
  }

  /** The latent point the sliders show. */
  public float[] values() {
    return values.clone();
  }

  /** The slider of dimension {@code d}, scrolled into view first. */
  public Slider slider(int d) {
    return row(d).slider();
  }

  /** The value field of dimension {@code d}, scrolled into view first. */
  public TextField field(int d) {
    return row(d).field();
  }

  private SliderRow row(int d) {
    SliderRow r = shown.get(d);
    if (r == null) {
      list.scrollTo(order.indexOf(d));
      list.layout();
      r = shown.get(d);
    }
    if (r == null) {
      throw new IllegalStateException("no row shows " + name(d));
    }
    return r;
  }

  public int dimensions() {
    return values.length;
  }

  /** How many rows there are: one a dimension, or one a vector. */
  public int rows() {
    return scale.rows(values.length);
  }

  /** The dimensions in the order the rows show them. */
  public List<Integer> order() {
    return List.copyOf(order);
  }

  /** The list of rows (for tests and benchmarks that scroll it). */
  public ListView<Integer> list() {
    return list;
  }

  private static String format(float v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
