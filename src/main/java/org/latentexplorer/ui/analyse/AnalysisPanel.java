package org.latentexplorer.ui.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.common.scatter.ViewWindow;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Workspace;

/**
 * The analyses of one model, one card each: projections, number density, prior coverage, prior
 * samples, the manifold grid (2-D) and encoder statistics (VAE). The cards are built when the tab
 * is shown for a model and disposed when the model goes, listeners and all.
 */
public final class AnalysisPanel extends ScrollPane {

  /** Where the scatter's current view can be read, for the manifold grid. */
  public interface ViewSource {
    ViewWindow window();
  }

  private final Workspace explorer;
  private final ModelPaneModel pane;
  private final ViewSource view;
  private final Label title = new Label();
  private final VBox box = new VBox(10);
  private final List<Card> cards = new ArrayList<>();
  private ModelSession shownFor;
  private String pinned;
  private boolean pinning;

  /** The cards by the names lessons give them. */
  public static final java.util.Map<String, Class<? extends Card>> CARDS = cardNames();

  private static java.util.Map<String, Class<? extends Card>> cardNames() {
    java.util.Map<String, Class<? extends Card>> m = new java.util.LinkedHashMap<>();
    m.put("projections", ProjectionCard.class);
    m.put("density", DensityCard.class);
    m.put("coverage", CoverageCard.class);
    m.put("samples", SamplesCard.class);
    m.put("manifold", ManifoldCard.class);
    m.put("sensitivity", SensitivityCard.class);
    m.put("encoder", EncoderCard.class);
    m.put("directions", DirectionsCard.class);
    return java.util.Collections.unmodifiableMap(m);
  }

  private final javafx.beans.property.BooleanProperty sampledPixels;

  /** @param sampledPixels whether the Samples card shows drawn pixels instead of the decoder's mean */
  public AnalysisPanel(
      Workspace explorer, ModelPaneModel pane, ViewSource view, javafx.beans.property.BooleanProperty sampledPixels) {
    this.explorer = explorer;
    this.sampledPixels = sampledPixels;
    this.pane = pane;
    this.view = view;
    setId("analysis-" + pane.role());
    title.getStyleClass().add("facts");
    box.setPadding(new Insets(8));
    box.getChildren().add(title);
    setContent(box);
    setFitToWidth(true);
    pane.sessionProperty().addListener((o, a, s) -> disposeCards());
    // The height changes in the middle of a layout pass, before the cards below have moved: the
    // pinned card's place is read once that pass is over.
    box.heightProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::keepPinned));
    addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> pinned = null);
    addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pinned = null);
  }

  /**
   * Scrolls to the card of that name ({@link #CARDS}; null: the top) and keeps it at the top while
   * the cards above it fill in, until the user scrolls.
   */
  public void showCard(String name) {
    pinned = name;
    if (name == null) {
      setVvalue(0);
    }
    keepPinned();
  }

  private void keepPinned() {
    if (pinning) {
      return;
    }
    pinning = true;
    try {
      Class<? extends Card> kind = pinned == null ? null : CARDS.get(pinned);
      Card card = kind == null ? null : cards.stream().filter(kind::isInstance).findFirst().orElse(null);
      if (pinned == null || card == null) {
        return;
      }
      layout();
      double room = box.getHeight() - getViewportBounds().getHeight();
      setVvalue(room <= 0 ? 0 : Math.min(1, card.getBoundsInParent().getMinY() / room));
    } finally {
      pinning = false;
    }
  }

  private void disposeCards() {
    cards.forEach(Card::dispose);
    cards.clear();
    shownFor = null;
  }

  /** Builds the cards for the current model and runs the quick analyses, once per model. */
  public void refresh() {
    ModelSession s = pane.session();
    if (s == null || s == shownFor) {
      return;
    }
    disposeCards();
    shownFor = s;
    title.setText(
        String.format(
            Locale.ROOT, "%s: %s, %,d encoded items of %s", s.name(),
            s.description().model().summary(), s.data().size(), s.data().name()));
    String role = pane.role();
    cards.add(new ProjectionCard(explorer, pane, s));
    cards.add(new DensityCard(pane.analysis(), s, role));
    cards.add(new CoverageCard(pane, s));
    cards.add(new SamplesCard(pane.analysis(), s, role, sampledPixels));
    if (s.latentSize() == 2) {
      cards.add(new ManifoldCard(pane.analysis(), view, role));
    }
    if (s.latentSize() >= 2) {
      cards.add(new SensitivityCard(pane.analysis(), view, role));
    }
    if (s.description().model().kind() == ModelKind.VAE && s.encoding().logVariances() != null) {
      cards.add(new EncoderCard(pane.analysis(), s));
    }
    if (DirectionsCard.applies(s)) {
      cards.add(new DirectionsCard(pane.analysis(), pane, explorer.strip(), s, role));
    }
    box.getChildren().setAll(title);
    box.getChildren().addAll(cards);
    keepPinned();
  }

  /** The prior coverage shown last, for tests. */
  public org.latentexplorer.analysis.CoverageResult coverage() {
    return pane.analysis().coverageProperty().get();
  }

  /** The cards shown now, for tests. */
  public List<Card> cards() {
    return List.copyOf(cards);
  }
}
