package org.latentexplorer.ui.evaluate;

import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.analysis.evaluate.ComparisonWriter;
import org.latentexplorer.analysis.evaluate.Evaluation;
import org.latentexplorer.analysis.evaluate.EvaluationFigures;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.common.task.RunLane;
import org.latentexplorer.ui.workspace.Workspace;

/**
 * The Evaluate tab: the main model's evaluation, and the compared model's beside it; once both are
 * evaluated, a strip above them with one sentence on whose prior samples are better and the
 * robustness curves of both on one chart.
 */
public final class EvaluateView extends VBox {

  private final Workspace explorer;
  private final EvaluationModel main;
  private final EvaluationModel compare;
  private final SplitPane panels = new SplitPane();
  private final EvaluationPanel mainPanel;
  private final EvaluationPanel comparePanel;
  private final Label sentence = new Label();
  private final HBox curves = new HBox(8);
  private final VBox both = new VBox(6, sentence, curves);
  private final NewestRequest charts = new NewestRequest();

  public EvaluateView(Workspace explorer) {
    this.explorer = explorer;
    EvaluationCache kept = new EvaluationCache();
    RunLane turns = new RunLane(EvaluationModel.OTHER_RUNNING);
    main = new EvaluationModel(explorer.main(), explorer.tasks(), explorer.status(), kept, turns);
    compare = new EvaluationModel(explorer.compare(), explorer.tasks(), explorer.status(), kept, turns);
    comparePanel = new EvaluationPanel(compare);
    mainPanel = new EvaluationPanel(main);
    panels.getItems().add(mainPanel);
    sentence.setId("evaluate-comparison");
    sentence.setWrapText(true);
    sentence.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    sentence.getStyleClass().add("card-numbers");
    both.setPadding(new Insets(6, 8, 6, 8));
    both.getStyleClass().add("card");
    both.setVisible(false);
    both.setManaged(false);
    getChildren().addAll(both, panels);
    VBox.setVgrow(panels, Priority.ALWAYS);
    explorer.comparingProperty().addListener((o, a, b) -> layoutPanels());
    main.resultProperty().addListener((o, a, b) -> showBoth());
    compare.resultProperty().addListener((o, a, b) -> showBoth());
  }

  private void layoutPanels() {
    boolean comparing = explorer.comparingProperty().get();
    if (comparing && !panels.getItems().contains(comparePanel)) {
      panels.getItems().add(comparePanel);
      panels.setDividerPositions(0.5);
    } else if (!comparing) {
      panels.getItems().remove(comparePanel);
    }
    showBoth();
  }

  /** Once both models are evaluated: the sentence, and both robustness charts drawn off the UI thread. */
  private void showBoth() {
    EvaluationModel.Result a = main.resultProperty().get();
    EvaluationModel.Result b = compare.resultProperty().get();
    boolean shown = explorer.comparingProperty().get() && a != null && b != null;
    NewestRequest.Request request = charts.next();
    both.setVisible(shown);
    both.setManaged(shown);
    curves.getChildren().clear();
    if (!shown) {
      return;
    }
    List<Evaluation> evaluations = List.of(a.evaluation(), b.evaluation());
    String s = ComparisonWriter.priorSamplesSentence(evaluations);
    sentence.setText(s == null ? "Prior samples: no figures for both (no classifier for a data set)." : s);
    BackgroundTask.of(
            "Robustness of both models",
            p -> List.of(true, false).stream()
                .map(latent -> (Image) SwingFXUtils.toFXImage(EvaluationFigures.robustness(evaluations, latent), null))
                .toList())
        .onSuccess(
            images -> {
              if (!request.isNewest()) {
                return;
              }
              for (Image image : images) {
                ImageView view = new ImageView(image);
                view.setPreserveRatio(true);
                view.setFitWidth(400);
                curves.getChildren().add(view);
              }
            })
        .executeWith(explorer.tasks());
  }

  public EvaluationModel mainModel() {
    return main;
  }

  public EvaluationModel compareModel() {
    return compare;
  }

  public EvaluationPanel mainPanel() {
    return mainPanel;
  }

  public EvaluationPanel comparePanel() {
    return comparePanel;
  }

  /** The sentence comparing the two models' prior samples, for tests. */
  public String comparison() {
    return sentence.getText();
  }

  /** Larger figures under Large text. */
  public void setLarge(boolean large) {
    mainPanel.setLarge(large);
    comparePanel.setLarge(large);
  }
}
