package org.latentexplorer.ui.explore;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.image.PixelatedImageView;
import org.latentexplorer.ui.explore.sliders.LatentSliders;
import org.latentexplorer.ui.workspace.ModelPaneModel;

/**
 * A model pane's right-hand column: the decoded image of z with the selected item and its
 * reconstruction beside it, the buttons that move z, one slider a dimension and the bookmarks. When
 * the pane is short the image shrinks to {@value #MIN_IMAGE} px before the sliders lose a row.
 */
final class DecodedColumn extends VBox {

  /** The smallest side of the decoded image. */
  static final double MIN_IMAGE = 128;

  private static final String[][] BUTTON_TEXTS = {
    {"Sample z ~ N(0, I)", "Sample N(0, I)"}, {"z = selected item", "z = item"}, {"Reset z to centre", "Centre"}
  };

  private final PixelatedImageView decoded = new PixelatedImageView(250);
  private final PixelatedImageView original = new PixelatedImageView(96);
  private final PixelatedImageView reconstruction = new PixelatedImageView(96);
  private final Label selectionCaption = new Label("original");
  private final CheckBox posterior = new CheckBox("Sample q(z|x)");
  private final LatentSliders sliders;
  private final ModelPaneModel pane;
  private final BookmarkPanel bookmarks;
  private final FlowPane buttons;

  DecodedColumn(ModelPaneModel model) {
    super(4);
    this.pane = model;
    String role = model.role();
    sliders = new LatentSliders(role);
    decoded.setId("decoded-" + role);
    original.setId("original-" + role);
    reconstruction.setId("reconstruction-" + role);
    sliders.setId("sliders-" + role);
    model.projection().pcaProperty().addListener((o, a, pca) -> offerPrincipal(pca));
    model.analysis().vectors().addListener(
        (javafx.collections.ListChangeListener<org.latentexplorer.latent.directions.AttributeVector>) c ->
            sliders.setAttributeVectors(List.copyOf(model.analysis().vectors())));
    posterior.setId("posterior-" + role);
    Tips.set(posterior, "A VAE: a selected item's z is drawn from q(z|x) instead of its mean, a new draw each click");
    posterior.selectedProperty().bindBidirectional(model.samplePosteriorProperty());

    Label title = new ZSensitivityLabel(model);
    title.getStyleClass().add("section-title");
    Button sample = new Button();
    sample.setId("sample-prior-" + role);
    sample.setOnAction(e -> model.samplePrior());
    Tips.set(sample, "z drawn from the prior N(0, I): what the decoder makes of a random code (key S)");
    Button toSelection = new Button();
    toSelection.setId("use-selection-" + role);
    toSelection.setOnAction(e -> model.useSelection());
    Tips.set(toSelection, "z back to the selected item's code (a new draw when sampling q(z|x))");
    toSelection.disableProperty().bind(model.selectedProperty().lessThan(0));
    Button reset = new Button();
    reset.setId("reset-" + role);
    Tips.set(reset, "z to the centre of the encoded data: the mean of the items' codes");
    reset.setOnAction(e -> model.reset());
    buttons = new FlowPane(6, 4, sample, toSelection, reset, posterior);
    buttons.setMinWidth(0);

    selectionCaption.setWrapText(true);
    Tips.set(selectionCaption, "Click a point: the item (above) beside its reconstruction (below)");
    selectionCaption.getStyleClass().add("frame-caption");
    selectionCaption.setMinHeight(Region.USE_PREF_SIZE);
    Label reconstructionCaption = new Label("reconstruction");
    reconstructionCaption.getStyleClass().add("frame-caption");
    VBox pair = new VBox(2, original, selectionCaption, reconstruction, reconstructionCaption);
    pair.setAlignment(Pos.TOP_CENTER);
    pair.setMinWidth(Region.USE_PREF_SIZE);
    HBox images = new HBox(6, decoded, pair);
    images.setMinWidth(0);
    images.setMaxHeight(Region.USE_PREF_SIZE);
    HBox.setHgrow(decoded, Priority.ALWAYS);
    VBox.setVgrow(images, Priority.ALWAYS);
    VBox.setVgrow(sliders, Priority.SOMETIMES);

    bookmarks = new BookmarkPanel(model.bookmarks(), model, role);
    bookmarks.setExpanded(false);
    getChildren().addAll(title, images, buttons, sliders, bookmarks);
    setPadding(new Insets(4, 8, 4, 8));
    setMinHeight(0);
    setSizes(false, false);
  }

  /**
   * Sizes for one model or two side by side ({@code compact}: shorter button texts, whose tooltips
   * say all), with or without Large text.
   */
  void setSizes(boolean compact, boolean large) {
    double side = (compact ? 170 : 230) * (large ? 1.3 : 1);
    double small = large ? 80 : 64;
    decoded.setPrefSize(side, side);
    decoded.setMinSize(MIN_IMAGE, MIN_IMAGE);
    for (PixelatedImageView v : new PixelatedImageView[] {original, reconstruction}) {
      v.setPrefSize(small, small);
      v.setMinSize(48, 48);
    }
    selectionCaption.setPrefWidth(small + 8);
    selectionCaption.setMaxWidth(small + 8);
    for (int i = 0; i < BUTTON_TEXTS.length; i++) {
      ((Button) buttons.getChildren().get(i)).setText(BUTTON_TEXTS[i][compact ? 1 : 0]);
    }
    setPrefWidth(side + small + 6 + 16);
    setMinWidth(MIN_IMAGE + small + 6 + 16);
  }

  /** The height the column's essentials need: each part at its smallest, the spacing and padding. */
  double essentialHeight() {
    applyCss();
    double w = getWidth() > 0 ? getWidth() : prefWidth(-1);
    double inner = w - getInsets().getLeft() - getInsets().getRight();
    double height = getInsets().getTop() + getInsets().getBottom();
    int shown = 0;
    for (Node n : getChildren()) {
      if (n.isManaged()) {
        height += n.minHeight(inner);
        shown++;
      }
    }
    return height + getSpacing() * Math.max(0, shown - 1);
  }

  /** A new model: its sliders, and the posterior choice for a VAE only. */
  void modelChanged(ModelSession s) {
    posterior.setVisible(s.description().model().kind() == ModelKind.VAE);
    posterior.setManaged(posterior.isVisible());
    sliders.setDimensions(s.statistics(), s.klPerDimension());
    offerPrincipal(pane.projection().pcaProperty().get());
    sliders.setAttributeVectors(List.copyOf(pane.analysis().vectors()));
  }

  private void offerPrincipal(org.latentexplorer.latent.Pca pca) {
    sliders.setPrincipalDirections(pca == null ? null : new org.latentexplorer.latent.directions.PrincipalDirections(pca));
  }

  /** Shows the selected item (or none, with -1) above its reconstruction's place. */
  void showSelection(int index, ModelSession s) {
    if (index < 0 || s == null) {
      original.clear();
      reconstruction.clear();
      selectionCaption.setText("original");
      return;
    }
    original.show(s.data().image(index), s.engine().inputShape());
    selectionCaption.setText("#" + index + " " + s.data().className(s.data().label(index)));
  }

  PixelatedImageView decoded() {
    return decoded;
  }

  PixelatedImageView original() {
    return original;
  }

  PixelatedImageView reconstruction() {
    return reconstruction;
  }

  LatentSliders sliders() {
    return sliders;
  }

  BookmarkPanel bookmarks() {
    return bookmarks;
  }
}
