package org.latentexplorer.ui.analyse;

import javafx.scene.control.SplitPane;
import org.latentexplorer.ui.workspace.Workspace;

/**
 * The Analysis tab: the analyses of the main model, and of the compared one beside it, so that an
 * autoencoder and a VAE can be read side by side.
 */
public final class AnalysisView extends SplitPane {

  private final Workspace model;
  private final AnalysisPanel main;
  private final AnalysisPanel compare;
  private final javafx.beans.property.BooleanProperty sampledPixels =
      new javafx.beans.property.SimpleBooleanProperty(false);
  private boolean shown;

  /**
   * @param model the explorer's state
   * @param mainView where the main scatter's view is read (for the manifold grid)
   * @param compareView likewise for the compared model's scatter
   */
  public AnalysisView(
      Workspace model, AnalysisPanel.ViewSource mainView, AnalysisPanel.ViewSource compareView) {
    this.model = model;
    main = new AnalysisPanel(model, model.main(), mainView, sampledPixels);
    compare = new AnalysisPanel(model, model.compare(), compareView, sampledPixels);
    getItems().add(main);
    model.comparingProperty().addListener((o, a, b) -> layoutPanels());
  }

  private void layoutPanels() {
    boolean comparing = model.comparingProperty().get();
    if (comparing && !getItems().contains(compare)) {
      getItems().add(compare);
      setDividerPositions(0.5);
    } else if (!comparing) {
      getItems().remove(compare);
    }
    if (shown) {
      refresh();
    }
  }

  /** Builds and runs what is not shown yet (called when the tab is shown or a model changes). */
  public void refresh() {
    shown = true;
    main.refresh();
    if (model.comparingProperty().get()) {
      compare.refresh();
    }
  }

  /** The tab was left: nothing new runs until it is shown again. */
  public void hidden() {
    shown = false;
  }

  /** Scrolls both models' analyses to the card of that name ({@link AnalysisPanel#CARDS}). */
  public void showCard(String name) {
    main.showCard(name);
    compare.showCard(name);
  }

  /** Whether the Samples cards show drawn pixels instead of the decoder's mean, for both models. */
  public javafx.beans.property.BooleanProperty sampledPixelsProperty() {
    return sampledPixels;
  }

  public AnalysisPanel mainPanel() {
    return main;
  }

  public AnalysisPanel comparePanel() {
    return compare;
  }
}
