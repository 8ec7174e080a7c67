package org.latentexplorer.ui.evaluate;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.latentexplorer.analysis.evaluate.EvaluationFigures;
import org.latentexplorer.analysis.evaluate.EvaluationPart;
import org.latentexplorer.analysis.evaluate.EvaluationParts;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.common.Tips;

/**
 * One model's evaluation in the Evaluate tab: the controls (run, cancel, K, export), progress,
 * then one section a part, each with its numbers and figures.
 */
public final class EvaluationPanel extends ScrollPane {

  private static final double FIGURE_WIDTH = 520;
  /** How much larger figures are shown under Large text (their text then matches the window's). */
  static final double LARGE_SCALE = 1.4;
  private double figureScale = 1;

  private final EvaluationModel model;
  private final Label title = new Label();
  private final Label message = new Label();
  private final ProgressBar progress = new ProgressBar(0);
  private final Button export = new Button("Export...");
  private final Map<String, Label> numbers = new LinkedHashMap<>();
  private final Map<String, FlowPane> figures = new LinkedHashMap<>();
  private final VBox results = new VBox(6);
  private final Label hint = new Label(HINT);
  private final javafx.beans.property.BooleanProperty noLikelihood =
      new javafx.beans.property.SimpleBooleanProperty(true);

  private static final String HINT =
      "Evaluate measures the model on its data set's held-out images: reconstruction (loss, SSIM,"
          + " PSNR), likelihood (a VAE's ELBO and importance-sampled log p(x)), generated samples"
          + " (a Fréchet distance and a score on the features of the program's own classifier),"
          + " robustness to noise and to a gradient-sign attack, the smoothness of"
          + " interpolations, and on data with known factors (sprites, or a folder with"
          + " factors.csv) five disentanglement scores. About 20 s for 10,000 images on two cores;"
          + " it runs in the background.";

  public EvaluationPanel(EvaluationModel model) {
    this.model = model;
    String role = model.pane().role();
    setId("evaluate-" + role);
    title.getStyleClass().add("facts");
    Button run = new Button("Evaluate");
    run.setId("evaluate-run-" + role);
    run.setDefaultButton(false);
    Tips.set(run, "Measure the model on held-out data, in the background");
    run.setOnAction(e -> model.run());
    run.disableProperty().bind(model.runningProperty().or(model.pane().sessionProperty().isNull()));
    Button cancel = new Button("Cancel");
    cancel.setId("evaluate-cancel-" + role);
    Tips.set(cancel, "Stop the evaluation; what is measured so far is dropped");
    cancel.setOnAction(e -> model.cancel());
    cancel.disableProperty().bind(model.runningProperty().not());
    Spinner<Integer> k = new Spinner<>(0, 100_000, 0, 100);
    k.setId("evaluate-k-" + role);
    k.setEditable(true);
    k.setPrefWidth(100);
    k.getValueFactory().valueProperty().addListener((o, a, v) -> model.likelihoodSamplesProperty().set(v));
    Tips.set(k, "Samples of q(z|x) an image for the importance-sampled log p(x); 0 for"
        + " 1,000, fewer (not below 100) when a large decoder would not fit the time");
    k.disableProperty().bind(noLikelihood);
    Spinner<Integer> images = new Spinner<>(0, 100_000, 0, 100);
    images.setId("evaluate-likelihood-images-" + role);
    images.setEditable(true);
    images.setPrefWidth(100);
    Tips.set(images, "Held-out images the log p(x) estimate is averaged over; 0 sizes"
        + " it to this machine (the estimate is shown when the evaluation starts)");
    images.getValueFactory().valueProperty().addListener((o, a, v) -> model.likelihoodImagesProperty().set(v));
    images.disableProperty().bind(noLikelihood);
    export.setId("evaluate-export-" + role);
    Tips.set(export, "Write the figures, evaluation.json, report.md and .npy exports to a folder");
    export.setOnAction(e -> chooseExportFolder());
    export.disableProperty().bind(model.resultProperty().isNull());
    FlowPane controls =
        new FlowPane(8, 4, run, cancel, new Label("log p(x): K"), k, new Label("on"), images,
            new Label("images (0: sized here)"), export);
    controls.setAlignment(Pos.CENTER_LEFT);
    progress.setId("evaluate-progress-" + role);
    progress.setPrefWidth(260);
    progress.setMinWidth(120);
    progress.visibleProperty().bind(model.runningProperty());
    progress.progressProperty().bind(model.fractionProperty());
    message.setId("evaluate-message-" + role);
    message.textProperty().bind(model.messageProperty());
    message.setWrapText(true);
    HBox progressLine = new HBox(8, progress, message);
    HBox.setHgrow(message, Priority.ALWAYS);
    progressLine.setAlignment(Pos.CENTER_LEFT);
    for (EvaluationPart<?> s : EvaluationParts.ALL) {
      Label heading = new Label(s.title());
      heading.getStyleClass().add("card-title");
      Label text = new Label();
      text.setId("evaluate-" + s.name() + "-" + role);
      text.setWrapText(true);
      text.getStyleClass().add("card-numbers");
      FlowPane pane = new FlowPane(8, 8);
      numbers.put(s.name(), text);
      figures.put(s.name(), pane);
      VBox card = new VBox(6, heading, text, pane);
      card.getStyleClass().add("card");
      card.setPadding(new Insets(10));
      results.getChildren().add(card);
    }
    hint.setWrapText(true);
    hint.getStyleClass().add("hint");
    hint.setId("evaluate-hint-" + role);
    VBox box = new VBox(10, title, controls, progressLine, hint, results);
    box.setPadding(new Insets(8));
    setContent(box);
    setFitToWidth(true);
    model.resultProperty().addListener((o, a, r) -> show(r));
    model.pane().sessionProperty().addListener((o, a, s) -> showTitle(s));
    showTitle(model.pane().session());
    show(model.resultProperty().get());
  }

  private void showTitle(ModelSession s) {
    noLikelihood.set(s == null || s.description().model().kind() != ModelKind.VAE);
    title.setText(
        s == null
            ? "No model"
            : String.format(Locale.ROOT, "%s: %s", s.name(), s.description().model().summary()));
  }

  private void show(EvaluationModel.Result r) {
    results.setVisible(r != null);
    results.setManaged(r != null);
    hint.setVisible(r == null);
    hint.setManaged(r == null);
    for (EvaluationPart<?> s : EvaluationParts.ALL) {
      numbers.get(s.name()).setText(r == null ? "" : s.text(r.evaluation().report()));
      FlowPane pane = figures.get(s.name());
      pane.getChildren().clear();
      if (r == null) {
        continue;
      }
      for (int i = 0; i < r.figures().size(); i++) {
        EvaluationFigures.Figure f = r.figures().get(i);
        if (f.file().startsWith(s.figurePrefix())) {
          ImageView view = new ImageView(r.images().get(i));
          view.setPreserveRatio(true);
          view.setSmooth(true);
          view.setFitWidth(Math.min(FIGURE_WIDTH, f.image().getWidth()) * figureScale);
          Tips.install(view, f.title());
          pane.getChildren().add(view);
        }
      }
    }
  }

  /** Larger figures for a projector (Large text), so that their labels can be read. */
  public void setLarge(boolean large) {
    figureScale = large ? LARGE_SCALE : 1;
    show(model.resultProperty().get());
  }

  /** The width a figure is shown at, for tests. */
  public double shownFigureWidth(String part) {
    var pane = figures.get(part);
    return pane.getChildren().isEmpty() ? 0 : ((ImageView) pane.getChildren().get(0)).getFitWidth();
  }

  private void chooseExportFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Folder for the evaluation's files");
    File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
    if (dir != null) {
      model.export(dir.toPath());
    }
  }

  /** The numbers shown for a part ("reconstruction", "likelihood", ...), for tests. */
  public String numbers(String part) {
    return numbers.get(part).getText();
  }

  /** How many figures a part shows, for tests. */
  public int figureCount(String part) {
    return figures.get(part).getChildren().size();
  }
}
