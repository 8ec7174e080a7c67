package org.latentexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentexplorer.analysis.CoverageResult;
import org.latentexplorer.analysis.ManifoldGrid;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.image.PixelImages;
import org.latentexplorer.ui.image.PixelatedImageView;
import org.latentexplorer.ui.scatter.ClassLegend;
import org.latentexplorer.ui.scatter.ScatterListener;
import org.latentexplorer.ui.scatter.ScatterView;
import org.latentexplorer.ui.scatter.Underlay;
import org.latentexplorer.ui.sliders.LatentSliders;

/**
 * One model in the window: its facts, its latent scatter with legend, the decoded image of the
 * current z, the selected item beside its reconstruction, and one slider a latent dimension.
 */
public final class ModelPane extends BorderPane {

  private final ModelPaneModel model;
  private final ExplorerModel explorer;
  private final Label facts = new Label("No model loaded");
  private final ScatterView scatter = new ScatterView();
  private final ClassLegend legend = new ClassLegend(scatter);
  private final ComboBox<String> xAxis = new ComboBox<>();
  private final ComboBox<String> yAxis = new ComboBox<>();
  private final ChoiceBox<PaneAnalysis.View> viewChooser = new ChoiceBox<>();
  private final HBox axisChooser;
  private final PixelatedImageView decoded = new PixelatedImageView(250);
  private final PixelatedImageView original = new PixelatedImageView(96);
  private final PixelatedImageView reconstruction = new PixelatedImageView(96);
  private final Label selectionCaption = new Label("Click a point to compare an item with its reconstruction");
  private final CheckBox posterior = new CheckBox("Sample q(z|x) for a selected item");
  private final LatentSliders sliders = new LatentSliders();
  private boolean axesUpdating;
  private VBox imageColumn;

  public ModelPane(ModelPaneModel model, ExplorerModel explorer) {
    this.model = model;
    this.explorer = explorer;
    String role = model.role();
    setId("pane-" + role);
    scatter.setId("scatter-" + role);
    decoded.setId("decoded-" + role);
    original.setId("original-" + role);
    reconstruction.setId("reconstruction-" + role);
    sliders.setId("sliders-" + role);
    facts.setId("facts-" + role);
    facts.getStyleClass().add("facts");
    facts.setWrapText(true);
    posterior.setId("posterior-" + role);

    xAxis.setId("x-axis-" + role);
    yAxis.setId("y-axis-" + role);
    viewChooser.setId("projection-" + role);
    viewChooser.setOnAction(e -> viewChosen());
    axisChooser =
        new HBox(6, viewChooser, new Label("x:"), xAxis, new Label("y:"), yAxis);
    axisChooser.setAlignment(Pos.CENTER_LEFT);
    xAxis.setOnAction(e -> axesChosen());
    yAxis.setOnAction(e -> axesChosen());

    setTop(facts);
    setCenter(scatterColumn());
    imageColumn = imageColumn();
    setRight(imageColumn);
    setMinHeight(0);
    imageColumn.setMinHeight(0);
    BorderPane.setMargin(facts, new Insets(4, 8, 4, 8));
    wire();
  }

  private VBox scatterColumn() {
    Button resetView = new Button("Reset view");
    resetView.setId("reset-view-" + model.role());
    resetView.setOnAction(e -> scatter.resetView());
    CheckBox rings = new CheckBox("Prior rings (1, 2, 3 sd)");
    rings.setSelected(true);
    rings.setTooltip(new Tooltip("Circles where the prior N(0, I) puts 39%, 86% and 99% of its mass in 2-D"));
    rings.selectedProperty().addListener((o, a, b) -> updateRings(b));
    Label hint = new Label("wheel: zoom · right-drag: pan · click: decode · drag: interpolate");
    hint.getStyleClass().add("hint");
    FlowPane tools = new FlowPane(8, 4, axisChooser, resetView, rings, hint);
    tools.setAlignment(Pos.CENTER_LEFT);
    tools.setPadding(new Insets(2, 6, 2, 6));
    VBox.setVgrow(scatter, Priority.ALWAYS);
    legend.setId("legend-" + model.role());
    return new VBox(2, tools, scatter, legend);
  }

  private VBox imageColumn() {
    Label decodedTitle = new Label("decode(z)");
    decodedTitle.getStyleClass().add("section-title");
    Button sample = new Button("Sample z ~ N(0, I)");
    sample.setId("sample-prior-" + model.role());
    sample.setOnAction(e -> model.samplePrior());
    Button toSelection = new Button("z = selected item");
    toSelection.setId("use-selection-" + model.role());
    toSelection.setOnAction(e -> model.useSelection());
    toSelection.disableProperty().bind(model.selectedProperty().lessThan(0));
    Button reset = new Button("Reset z");
    reset.setId("reset-" + model.role());
    reset.setTooltip(new Tooltip("z to the centre of the encoded data"));
    reset.setOnAction(e -> model.reset());
    FlowPane buttons = new FlowPane(6, 6, sample, toSelection, reset);
    posterior.selectedProperty().bindBidirectional(model.samplePosteriorProperty());

    VBox originalBox = captioned(original, "original");
    VBox reconBox = captioned(reconstruction, "reconstruction");
    HBox pair = new HBox(8, originalBox, reconBox);
    selectionCaption.setWrapText(true);
    selectionCaption.getStyleClass().add("hint");

    ScrollPane sliderScroll = new ScrollPane(sliders);
    sliderScroll.setFitToWidth(true);
    sliderScroll.setPrefViewportHeight(160);
    VBox.setVgrow(sliderScroll, Priority.ALWAYS);
    Label slidersTitle = new Label("Latent sliders");
    slidersTitle.getStyleClass().add("section-title");

    VBox column =
        new VBox(
            6, decodedTitle, decoded, buttons, posterior, pair, selectionCaption, slidersTitle,
            sliderScroll);
    column.setPadding(new Insets(4, 8, 4, 8));
    column.setPrefWidth(290);
    column.setMinWidth(240);
    VBox.setVgrow(decoded, Priority.SOMETIMES);
    return column;
  }

  private static VBox captioned(Region view, String text) {
    Label caption = new Label(text);
    caption.getStyleClass().add("frame-caption");
    VBox box = new VBox(2, view, caption);
    box.setAlignment(Pos.CENTER);
    return box;
  }

  private void wire() {
    sliders.setOnChange(model::setZ);
    model.sessionProperty().addListener((o, a, s) -> sessionChanged(s));
    model.projectionProperty().addListener((o, a, p) -> projectionChanged(p));
    model.zProperty().addListener((o, a, z) -> zChanged(z));
    model.decodedProperty()
        .addListener(
            (o, a, pixels) -> {
              if (pixels != null && model.session() != null) {
                decoded.show(pixels, model.session().description().model().input());
              }
            });
    model.selectedProperty().addListener((o, a, i) -> selectionChanged(i.intValue()));
    model.reconstructionProperty()
        .addListener(
            (o, a, pixels) -> {
              if (pixels == null) {
                reconstruction.clear();
              } else {
                reconstruction.show(pixels, model.session().description().model().input());
              }
            });
    model.pathProperty().addListener((o, a, path) -> showPath(path));
    PaneAnalysis analysis = model.analysis();
    analysis.coverageProperty().addListener((o, a, b) -> showCoverage());
    analysis.showCoverageProperty().addListener((o, a, b) -> showCoverage());
    analysis.manifoldProperty().addListener((o, a, b) -> showManifold());
    analysis.manifoldUnderProperty().addListener((o, a, b) -> showManifold());
    analysis.viewProperty()
        .addListener(
            (o, a, v) -> {
              if (viewChooser.getValue() != v && viewChooser.getItems().contains(v)) {
                axesUpdating = true;
                viewChooser.setValue(v);
                fillAxisNames(v == PaneAnalysis.View.PCA ? "PC" : "z", model.session().latentSize());
                xAxis.setDisable(v == PaneAnalysis.View.TSNE);
                yAxis.setDisable(v == PaneAnalysis.View.TSNE);
                axesUpdating = false;
              }
            });
    scatter.setListener(
        new ScatterListener() {
          @Override
          public void clicked(double x, double y, int nearest) {
            if (nearest >= 0) {
              model.select(nearest);
            } else {
              model.selectedProperty().set(-1);
              model.setZ(model.latentAt(x, y));
            }
          }

          @Override
          public void dragged(
              double x0, double y0, double x1, double y1, int from, int to, boolean finished) {
            if (model.session() == null) {
              return;
            }
            float[] a = from >= 0 ? model.session().encoding().mean(from) : model.latentAt(x0, y0);
            float[] b = to >= 0 ? model.session().encoding().mean(to) : model.latentAt(x1, y1);
            int fromItem = from >= 0 ? from : model.nearestItem(x0, y0);
            int toItem = to >= 0 ? to : model.nearestItem(x1, y1);
            explorer.interpolate(new InterpolationEnds(model, a, b, fromItem, toItem));
          }
        });
  }

  private void sessionChanged(ModelSession s) {
    if (s == null) {
      return;
    }
    ModelDescription d = s.description();
    facts.setText(factsOf(s));
    int dims = s.latentSize();
    axesUpdating = true;
    viewChooser.getItems().setAll(PaneAnalysis.viewsFor(dims));
    viewChooser.setValue(PaneAnalysis.View.LATENT_AXES);
    fillAxisNames("z", dims);
    axesUpdating = false;
    axisChooser.setVisible(dims > 2);
    axisChooser.setManaged(dims > 2);
    posterior.setVisible(d.model().kind() == ModelKind.VAE);
    posterior.setManaged(posterior.isVisible());
    legend.setClasses(s.data().classNames());
    sliders.setDimensions(s.statistics());
    scatter.setThumbnails(
        i -> PixelImages.toImage(s.data().image(i), d.model().input()));
    original.clear();
    reconstruction.clear();
    selectionCaption.setText("Click a point to compare an item with its reconstruction");
    projectionChanged(model.projectionProperty().get());
  }

  /** The model's facts in one line. */
  static String factsOf(ModelSession s) {
    ModelDescription d = s.description();
    String loss =
        d.model().kind() == ModelKind.VAE
            ? String.format(Locale.ROOT, "held-out loss %.1f nats/image (-ELBO)", d.heldOutLoss())
            : String.format(Locale.ROOT, "held-out reconstruction %.1f nats/image", d.heldOutLoss());
    return String.format(
        Locale.ROOT,
        "%s  ·  %s  ·  %s %s  ·  %d-D latent  ·  trained on %s, %d epochs  ·  %s  ·  showing %,d"
            + " items  ·  %s",
        s.name(),
        d.model().kind(),
        d.model().architecture() == org.latentexplorer.model.Architecture.MLP ? "MLP" : "conv",
        d.model().hidden(),
        d.model().latentSize(),
        d.data().name(),
        d.epochsDone(),
        loss,
        s.data().size(),
        s.engine().deviceName());
  }

  private void fillAxisNames(String prefix, int count) {
    boolean was = axesUpdating;
    axesUpdating = true;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(prefix + (i + 1));
    }
    xAxis.getItems().setAll(names);
    yAxis.getItems().setAll(names);
    xAxis.getSelectionModel().select(0);
    yAxis.getSelectionModel().select(Math.min(1, count - 1));
    axesUpdating = was;
  }

  private void viewChosen() {
    if (axesUpdating || model.session() == null) {
      return;
    }
    PaneAnalysis.View v = viewChooser.getValue();
    boolean axes = v != PaneAnalysis.View.TSNE;
    xAxis.setDisable(!axes);
    yAxis.setDisable(!axes);
    switch (v) {
      case PCA -> {
        fillAxisNames("PC", model.session().latentSize());
        model.analysis().showPca(0, 1);
      }
      case TSNE -> model.analysis().showTsne(30);
      default -> {
        fillAxisNames("z", model.session().latentSize());
        model.analysis().showLatentAxes(0, 1);
      }
    }
  }

  private void axesChosen() {
    if (axesUpdating) {
      return;
    }
    int x = Math.max(0, xAxis.getSelectionModel().getSelectedIndex());
    int y = Math.max(0, yAxis.getSelectionModel().getSelectedIndex());
    if (viewChooser.getValue() == PaneAnalysis.View.PCA) {
      model.analysis().showPca(x, y);
    } else {
      model.analysis().showLatentAxes(x, y);
    }
  }

  private void projectionChanged(Projection p) {
    ModelSession s = model.session();
    if (p == null || s == null) {
      return;
    }
    scatter.setPoints(p.coordinates(), s.data().labels(), s.data().classNames());
    scatter.setAxisLabels(p.xLabel(), p.yLabel());
    updateRings(true);
    scatter.setSelected(model.selectedProperty().get());
    zChanged(model.z());
    showPath(model.pathProperty().get());
    showCoverage();
    showManifold();
  }

  private void showCoverage() {
    PaneAnalysis analysis = model.analysis();
    CoverageResult result = analysis.coverageProperty().get();
    Projection p = model.projectionProperty().get();
    float[] placed = result == null || p == null ? null : result.placed(p);
    if (placed == null || !analysis.showCoverageProperty().get()) {
      scatter.setExtraPoints(null, null);
    } else {
      scatter.setExtraPoints(placed, result.colours());
    }
  }

  private void showManifold() {
    PaneAnalysis analysis = model.analysis();
    ManifoldGrid grid = analysis.manifoldProperty().get();
    Projection p = model.projectionProperty().get();
    if (grid == null || !analysis.manifoldUnderProperty().get() || !(p instanceof AxisProjection)) {
      scatter.setUnderlays(List.of());
      return;
    }
    List<Underlay> tiles = new ArrayList<>();
    InputShape shape = grid.shape();
    for (ManifoldGrid.Tile t : grid.tiles()) {
      tiles.add(
          new Underlay(
              t.x0(), t.x1(), t.y0(), t.y1(), washed(PixelImages.toArgb(t.pixels(), shape)),
              shape.width(), shape.height()));
    }
    scatter.setUnderlays(tiles);
  }

  /** Lightened pixels, so that the points drawn over a manifold grid stay readable. */
  private static int[] washed(int[] argb) {
    int[] out = new int[argb.length];
    for (int i = 0; i < argb.length; i++) {
      int c = argb[i];
      int r = 255 - (255 - (c >> 16 & 0xff)) * 45 / 100;
      int g = 255 - (255 - (c >> 8 & 0xff)) * 45 / 100;
      int b = 255 - (255 - (c & 0xff)) * 45 / 100;
      out[i] = 0xff000000 | r << 16 | g << 8 | b;
    }
    return out;
  }

  private void updateRings(boolean wanted) {
    Projection p = model.projectionProperty().get();
    scatter.setPriorRings(wanted && p != null && p.inLatentUnits());
  }

  private void zChanged(float[] z) {
    if (z == null) {
      return;
    }
    sliders.setValues(z);
    Projection p = model.projectionProperty().get();
    scatter.setMarker(p == null ? null : p.place(z));
  }

  private void selectionChanged(int index) {
    scatter.setSelected(index);
    ModelSession s = model.session();
    if (index < 0 || s == null) {
      original.clear();
      reconstruction.clear();
      selectionCaption.setText("Click a point to compare an item with its reconstruction");
      return;
    }
    original.show(s.data().image(index), s.description().model().input());
    selectionCaption.setText(
        "Item #" + index + ": " + s.data().className(s.data().label(index)));
  }

  private void showPath(float[][] path) {
    Projection p = model.projectionProperty().get();
    if (path == null || p == null) {
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

  private boolean large;
  private boolean compact;

  /** Bigger points and images for a projector. */
  public void setLarge(boolean large) {
    this.large = large;
    scatter.setPointRadius(large ? 3.4 : 2.2);
    sizeImages();
  }

  /** A smaller image column, for two models side by side. */
  public void setCompact(boolean compact) {
    this.compact = compact;
    sizeImages();
  }

  private void sizeImages() {
    double side = (compact ? 190 : 250) * (large ? 1.3 : 1);
    decoded.setPrefSize(side, side);
    imageColumn.setPrefWidth(side + 40);
  }

  public ModelPaneModel model() {
    return model;
  }

  public ScatterView scatter() {
    return scatter;
  }

  public PixelatedImageView decodedView() {
    return decoded;
  }

  public PixelatedImageView originalView() {
    return original;
  }

  public PixelatedImageView reconstructionView() {
    return reconstruction;
  }

  public LatentSliders sliders() {
    return sliders;
  }
}
