package org.latentexplorer.ui.explore;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.common.image.PixelatedImageView;
import org.latentexplorer.ui.common.scatter.ClassLegend;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.explore.sliders.LatentSliders;
import org.latentexplorer.ui.workspace.DecodedImage;
import org.latentexplorer.ui.workspace.ModelFacts;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.StripModel;

/**
 * One model in the window: its facts, its latent scatter with legend, the decoded image of the
 * current z, the selected item beside its reconstruction, and one slider a latent dimension.
 * Everything shown follows the {@link ModelPaneModel}; nothing here computes.
 */
public final class ModelPane extends BorderPane {

  private final ModelPaneModel model;
  private final StripModel strip;
  private final Label facts = new Label("No model loaded");
  private final ScatterView scatter = new ScatterView();
  private final ClassLegend legend = new ClassLegend(scatter);
  /** The legend scrolls when the classes would take more than a third of the column's height. */
  private final javafx.scene.control.ScrollPane legendScroll = new javafx.scene.control.ScrollPane(legend);
  private final ColourBar colourBar;
  private final ProjectionChooser chooser;
  private final CheckBox rings = new CheckBox("Prior rings (1, 2, 3 sd)");
  private final DecodedColumn column;
  private final AnalysisOverlays overlays;
  private boolean large;
  private boolean compact;
  private final ScatterMarks marks;
  private final ScatterSelections selections;
  private final Label hint = new Label(HINT);
  private static final String HINT = "wheel: zoom · right-drag: pan · click: decode · drag: interpolate · ctrl-drag: select";

  public ModelPane(ModelPaneModel model, StripModel strip) {
    this.model = model;
    this.strip = strip;
    String role = model.role();
    this.chooser = new ProjectionChooser(model.projection(), role);
    this.colourBar = new ColourBar("sensitivity-bar-" + role);
    this.overlays = new AnalysisOverlays(model, scatter, colourBar);
    this.marks = new ScatterMarks(model, strip.endsChooser(), scatter);
    this.selections = new ScatterSelections(model, scatter);
    setId("pane-" + role);
    scatter.setId("scatter-" + role);
    facts.setId("facts-" + role);
    facts.getStyleClass().add("facts");
    facts.setWrapText(true);
    javafx.scene.control.Tooltip factsTip = new javafx.scene.control.Tooltip();
    factsTip.textProperty().bind(facts.textProperty());
    facts.setTooltip(factsTip);
    setTop(facts);
    setCenter(scatterColumn());
    column = new DecodedColumn(model);
    setRight(column);
    setMinHeight(0);
    BorderPane.setMargin(facts, new Insets(4, 8, 4, 8));
    wire();
  }

  private VBox scatterColumn() {
    Button resetView = new Button("Reset view");
    resetView.setId("reset-view-" + model.role());
    resetView.setOnAction(e -> scatter.resetView());
    Tips.set(resetView, "Frame all the points again after zooming or panning");
    rings.setId("rings-" + model.role());
    rings.setSelected(true);
    Tips.set(rings, "Circles where the prior N(0, I) puts 39%, 86% and 99% of its mass in 2-D");
    rings.selectedProperty().addListener((o, a, b) -> updateRings());
    hint.getStyleClass().add("hint");
    FlowPane tools = new FlowPane(8, 4);
    tools.getChildren().addAll(chooser.parts());
    tools.getChildren().addAll(resetView, rings, hint);
    hint.setWrapText(true);
    hint.maxWidthProperty().bind(tools.widthProperty().subtract(12));
    tools.setAlignment(Pos.CENTER_LEFT);
    tools.setPadding(new Insets(2, 6, 2, 6));
    tools.setMinWidth(0);
    legend.setMinWidth(0);
    VBox.setVgrow(scatter, Priority.ALWAYS);
    legend.setId("legend-" + model.role());
    legend.setOnChange(this::showFacts);
    colourBar.setPadding(new Insets(0, 6, 0, 6));
    legendScroll.setFitToWidth(true);
    legendScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    legendScroll.getStyleClass().add("legend-scroll");
    VBox column = new VBox(2, tools, scatter, colourBar, legendScroll);
    column.setMinHeight(0);
    scatter.setMinHeight(0);
    legendScroll.maxHeightProperty().bind(column.heightProperty().multiply(0.3));
    Runnable fitLegend = () -> {
      double needed = column.getWidth() <= 0 ? 0 : legend.prefHeight(column.getWidth() - 4) + 2;
      legendScroll.setPrefViewportHeight(needed);
      legendScroll.setMinHeight(Math.min(needed, column.getHeight() * 0.3));
      showHint();
    };
    column.widthProperty().addListener((o, a, b) -> fitLegend.run());
    column.heightProperty().addListener((o, a, b) -> fitLegend.run());
    legend.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> fitLegend.run());
    // New check boxes measure their text only once styled: the legend's laid-out height says so.
    legend.heightProperty().addListener((o, a, b) -> fitLegend.run());
    javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
    clip.widthProperty().bind(column.widthProperty());
    clip.heightProperty().bind(column.heightProperty());
    column.setClip(clip);
    return column;
  }

  /** The mouse hint takes four lines in a narrow column: there it gives way to the scatter. */
  private void showHint() {
    double width = hint.getParent() instanceof javafx.scene.layout.Region r ? r.getWidth() : 0;
    boolean narrow = width > 0 && width < NARROW;
    boolean shown = !(narrow && HINT.equals(hint.getText()));
    hint.setVisible(shown);
    hint.setManaged(shown);
  }

  /** Below this width the scatter's column drops its mouse hint (the help and tooltips keep it). */
  private static final double NARROW = 330;

  /** Says the sensitivity map's value under the pointer in the hint's place, while a map is drawn. */
  private void showPointer(double x, double y) {
    String value = overlays.sensitivityAt(x, y);
    hint.setText(value == null ? HINT : value);
    showHint();
  }

  /**
   * The height the pane needs to show its essentials: the facts at the pane's width {@code width},
   * the decoded image at its smallest (128 px a side), the buttons and at least four slider rows
   * (every row below 4-D).
   */
  public double essentialHeight(double width) {
    return facts.prefHeight(width) + 8 + column.essentialHeight();
  }

  private void wire() {
    sliders().setOnChange(model::setZ);
    model.history().gestureWhile(sliders().changingProperty());
    model.sessionProperty().addListener((o, a, s) -> sessionChanged(s));
    model.projection().projectionProperty().addListener((o, a, p) -> {
      if (!model.isInstalling()) {
        projectionChanged(p);
      }
    });
    model.zProperty().addListener((o, a, z) -> {
      if (!model.isInstalling()) {
        zChanged(z);
      }
    });
    model.decodedProperty().addListener((o, a, d) -> showDecoded(d));
    model.selectedProperty().addListener((o, a, i) -> selectionChanged(i.intValue()));
    model.reconstructionProperty().addListener((o, a, pixels) -> showReconstruction(pixels));
    model.pathProperty().addListener((o, a, path) -> {
      if (!model.isInstalling()) {
        showPath(path);
      }
    });
    scatter.setListener(new ScatterActions(model, strip, this::showPointer));
  }

  /** A new model: every part of the pane is rebuilt from the model's state, which agrees now. */
  private void sessionChanged(ModelSession s) {
    if (s == null) {
      return;
    }
    ModelDescription d = s.description();
    showFacts();
    chooser.modelChanged(s);
    column.modelChanged(s);
    legend.setClasses(s.data().classNames());
    scatter.setThumbnails(i -> PixelImages.toImage(s.data().image(i), d.model().input()));
    showDecoded(model.decodedProperty().get());
    showReconstruction(model.reconstructionProperty().get());
    selectionChanged(model.selected());
    projectionChanged(model.projection().projection());
  }

  /** The facts, counting the items of the classes shown. */
  private void showFacts() {
    ModelSession s = model.session();
    if (s == null) {
      return;
    }
    int shown = 0;
    for (int label : s.data().labels()) {
      shown += scatter.isClassVisible(label) ? 1 : 0;
    }
    facts.setText(ModelFacts.of(s, shown));
  }

  private void projectionChanged(Projection p) {
    ModelSession s = model.session();
    if (p == null || s == null) {
      return;
    }
    scatter.setPoints(p.coordinates(), s.data().labels(), s.data().classNames());
    scatter.setAxisLabels(p.xLabel(), p.yLabel());
    updateRings();
    scatter.setSelected(model.selected());
    zChanged(model.z());
    showPath(model.pathProperty().get());
    marks.update();
    selections.update();
    overlays.redraw();
  }

  private void showDecoded(DecodedImage d) {
    ModelSession s = model.session();
    if (d != null && s != null && d.pixels().length == s.engine().inputShape().size()) {
      column.decoded().show(d.pixels(), s.engine().inputShape());
    } else {
      column.decoded().clear();
    }
  }

  private void showReconstruction(float[] pixels) {
    ModelSession s = model.session();
    if (pixels == null || s == null) {
      column.reconstruction().clear();
    } else {
      column.reconstruction().show(pixels, s.engine().inputShape());
    }
  }

  private void updateRings() {
    Projection p = model.projection().projection();
    boolean possible = p != null && p.inLatentUnits();
    rings.setDisable(!possible);
    scatter.setPriorRings(rings.isSelected() && possible);
  }

  private void zChanged(float[] z) {
    ModelSession s = model.session();
    if (z == null || s == null || z.length != s.latentSize()) {
      return;
    }
    sliders().setValues(z);
    Projection p = model.projection().projection();
    double[] place = p == null ? null : p.place(z);
    int item = model.selected();
    if (place == null && p != null && item >= 0 && java.util.Arrays.equals(z, s.encoding().mean(item))) {
      float[] xy = p.coordinates();
      place = new double[] {xy[2 * item], xy[2 * item + 1]};
    }
    scatter.setMarker(place);
  }

  private void selectionChanged(int index) {
    scatter.setSelected(index);
    column.showSelection(index, model.session());
  }

  private void showPath(float[][] path) {
    Projection p = model.projection().projection();
    ModelSession s = model.session();
    if (path == null || p == null || s == null || path[0].length != s.latentSize()) {
      scatter.setPath(null);
      return;
    }
    float[] places = new float[path.length * 2];
    for (int i = 0; i < path.length; i++) {
      double[] xy = p.place(path[i]);
      if (xy == null) {
        scatter.setPath(null);
        return;
      }
      places[2 * i] = (float) xy[0];
      places[2 * i + 1] = (float) xy[1];
    }
    scatter.setPath(places);
  }

  /** Bigger points and images for a projector. */
  public void setLarge(boolean large) {
    this.large = large;
    facts.setWrapText(!compact && !large);
    scatter.setPointRadius(large ? 3.4 : 2.2);
    sizeImages();
  }

  /** A smaller image column, for two models side by side. */
  public void setCompact(boolean compact) {
    this.compact = compact;
    facts.setWrapText(!compact && !large);
    sizeImages();
  }

  private void sizeImages() {
    column.setSizes(compact, large);
  }

  public ModelPaneModel model() {
    return model;
  }

  public ScatterView scatter() {
    return scatter;
  }

  /** The legend of classes under the scatter. */
  public ClassLegend legend() {
    return legend;
  }

  public PixelatedImageView decodedView() {
    return column.decoded();
  }

  public PixelatedImageView originalView() {
    return column.original();
  }

  public PixelatedImageView reconstructionView() {
    return column.reconstruction();
  }

  /** The bookmarks of this model. */
  public BookmarkPanel bookmarkPanel() {
    return column.bookmarks();
  }

  public LatentSliders sliders() {
    return column.sliders();
  }
}
