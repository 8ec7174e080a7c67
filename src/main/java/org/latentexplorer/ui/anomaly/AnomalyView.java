package org.latentexplorer.ui.anomaly;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.latentexplorer.analysis.anomaly.AnomalyFigures;
import org.latentexplorer.analysis.anomaly.AnomalyResult;
import org.latentexplorer.analysis.anomaly.AnomalyScoring;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.SliderKeys;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.workspace.Workspace;

/**
 * The Anomaly tab: choose the classes that count as anomalous, score the held-out items with the
 * main model (and the compared one, AE against VAE), then read the ROC curves with their AUCs, a
 * score's histograms for normal and anomalous items, a threshold with its confusion matrix and
 * the items nearest it, and the most anomalous items with their reconstructions. The table of
 * {@code anomaly --leave-out-all} is shown when one exists for the data set.
 */
public final class AnomalyView extends ScrollPane {

  private static final int NEAREST = 8;

  private final AnomalyModel model;
  private final FlowPane classBoxes = new FlowPane(8, 4);
  private final Label about = new Label();
  private final VBox notes = new VBox(2);
  private final ImageView roc = new ImageView();
  private final ImageView histogram = new ImageView();
  private final ComboBox<String> columns = new ComboBox<>();
  private final Label columnAbout = new Label();
  private final Slider threshold = new Slider(0, 1, 0.5);
  private final Label thresholdText = new Label();
  private final GridPane confusion = new GridPane();
  private final ItemRow nearest = new ItemRow("anomaly-nearest");
  private final ItemRow most = new ItemRow("anomaly-most");
  private final Label mostTitle = new Label();
  private final VBox results = new VBox(8);
  private final LeaveOutTableView table = new LeaveOutTableView();
  private boolean updating;

  public AnomalyView(Workspace explorer) {
    this.model = new AnomalyModel(explorer);
    setId("anomaly");
    setFitToWidth(true);
    Button run = new Button("Score");
    run.setId("anomaly-run");
    Tips.set(run, "Score the held-out items in the background");
    run.setOnAction(e -> model.run());
    run.disableProperty().bind(model.runningProperty().or(explorer.main().sessionProperty().isNull()));
    Button cancel = new Button("Cancel");
    cancel.setId("anomaly-cancel");
    Tips.set(cancel, "Stop scoring");
    cancel.setOnAction(e -> model.cancel());
    cancel.disableProperty().bind(model.runningProperty().not());
    Spinner<Integer> k = new Spinner<>(1, 100_000, model.samplesProperty().get(), 50);
    k.setId("anomaly-k");
    k.setEditable(true);
    k.setPrefWidth(90);
    Tips.set(k, "K: importance samples an item for -ELBO and -log p(x) (VAE only)");
    k.valueProperty().addListener((o, a, b) -> model.samplesProperty().set(b));
    ProgressBar progress = new ProgressBar(0);
    progress.progressProperty().bind(model.fractionProperty());
    progress.visibleProperty().bind(model.runningProperty());
    Label message = new Label();
    message.setId("anomaly-message");
    message.textProperty().bind(model.messageProperty());
    Label classesLabel = new Label("Anomalous classes:");
    classesLabel.getStyleClass().add("section-title");
    HBox classRow = new HBox(8, classesLabel, classBoxes);
    classRow.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(classBoxes, javafx.scene.layout.Priority.ALWAYS);
    HBox runRow = new HBox(8, new Label("K"), k, run, cancel, progress, message);
    runRow.setAlignment(Pos.CENTER_LEFT);
    VBox controls = new VBox(6, classRow, runRow);
    about.setWrapText(true);
    about.getStyleClass().add("hint");
    about.setId("anomaly-about");
    notes.setId("anomaly-notes");

    columns.setId("anomaly-column");
    Tips.set(columns, "The score whose histograms, threshold and most anomalous items are shown");
    columns.valueProperty().addListener((o, a, b) -> {
      if (!updating) {
        model.columnProperty().set(b);
      }
    });
    columnAbout.getStyleClass().add("hint");
    threshold.setId("anomaly-threshold");
    SliderKeys.keepHomeAndEnd(threshold);
    Tips.set(threshold, "Items scoring above the threshold are called anomalous; the confusion matrix follows it");
    threshold.setPrefWidth(AnomalyModel.HIST_W);
    threshold.valueProperty().addListener((o, a, b) -> {
      if (!updating) {
        model.thresholdProperty().set(b.doubleValue());
      }
    });
    confusion.setId("anomaly-confusion");
    confusion.setHgap(16);
    confusion.setVgap(2);
    Label thresholdTitle = new Label("Threshold: an item is called anomalous when its score is at least");
    VBox right =
        new VBox(6, new HBox(8, new Label("Score"), columns, columnAbout), histogram,
            thresholdTitle, threshold, thresholdText, confusion);
    HBox charts = new HBox(12, roc, right);
    Label nearestTitle = new Label("Items nearest the threshold (original above, reconstruction below; ● anomalous)");
    nearestTitle.getStyleClass().add("section-title");
    mostTitle.getStyleClass().add("section-title");
    results.getChildren().addAll(notes, charts, nearestTitle, nearest, mostTitle, most);
    results.setVisible(false);
    results.setManaged(false);
    table.setVisible(false);
    table.setManaged(false);
    VBox content = new VBox(10, controls, about, results, table);
    content.setPadding(new Insets(10));
    setContent(content);

    model.classes().addListener((ListChangeListener<String>) c -> rebuildClassBoxes());
    model.anomalous().addListener((ListChangeListener<String>) c -> syncClassBoxes());
    model.resultProperty().addListener((o, a, r) -> showResult(r));
    model.histogramProperty().addListener((o, a, h) -> histogram.setImage(h == null ? null : h.image()));
    model.columnProperty().addListener((o, a, c) -> showColumn());
    model.thresholdProperty().addListener((o, a, t) -> showThreshold());
    model.tableProperty().addListener((o, a, t) -> {
      table.setVisible(t != null);
      table.setManaged(t != null);
      if (t != null) {
        table.show(t);
      }
    });
    explorer.main().sessionProperty().addListener((o, a, b) -> describe());
    explorer.compare().sessionProperty().addListener((o, a, b) -> describe());
    explorer.comparingProperty().addListener((o, a, b) -> describe());
    rebuildClassBoxes();
    describe();
  }

  private void rebuildClassBoxes() {
    classBoxes.getChildren().clear();
    for (String name : model.classes()) {
      CheckBox box = new CheckBox(name);
      box.setId("anomaly-class-" + name.replaceAll("[^A-Za-z0-9]", "_"));
      Tips.set(box, "Count " + name + " as anomalous: the scores should rank these items above the others");
      box.setSelected(model.anomalous().contains(name));
      box.selectedProperty().addListener((o, a, selected) -> {
        if (selected && !model.anomalous().contains(name)) {
          model.anomalous().add(name);
        } else if (!selected) {
          model.anomalous().remove(name);
        }
      });
      classBoxes.getChildren().add(box);
    }
  }

  private void syncClassBoxes() {
    classBoxes.getChildren().forEach(n -> {
      CheckBox box = (CheckBox) n;
      box.setSelected(model.anomalous().contains(box.getText()));
    });
  }

  private void describe() {
    List<ModelSession> sessions = model.sessions();
    if (sessions.isEmpty()) {
      about.setText("Open a model to score its held-out items.");
      return;
    }
    ModelSession main = sessions.get(0);
    StringBuilder sb = new StringBuilder("Scores ");
    for (int i = 0; i < sessions.size(); i++) {
      ModelSession s = sessions.get(i);
      sb.append(i == 0 ? "" : " and ").append(s.name()).append(" (").append(s.description().model().kind());
      List<String> without = s.description().data().excludedClasses();
      sb.append(without.isEmpty() ? ", trained on every class" : ", trained without " + String.join(", ", without));
      sb.append(')');
    }
    sb.append(" on the held-out items of ").append(main.description().data().name())
        .append(". An AE is scored by its reconstruction error; a VAE also by -ELBO, the")
        .append(" importance-sampled -log p(x) and -log N(mu; 0, I). Higher means more anomalous.")
        .append(sessions.size() == 1 ? " Compare with a second model (AE against VAE) to see both." : "");
    about.setText(sb.toString());
  }

  private void showResult(AnomalyModel.Result r) {
    results.setVisible(r != null);
    results.setManaged(r != null);
    notes.getChildren().clear();
    if (r == null) {
      roc.setImage(null);
      histogram.setImage(null);
      nearest.clear();
      most.clear();
      return;
    }
    roc.setImage(r.roc());
    for (String note : r.scores().notes()) {
      Label l = new Label(note);
      l.setWrapText(true);
      l.getStyleClass().add("anomaly-note");
      notes.getChildren().add(l);
    }
    updating = true;
    columns.getItems().setAll(r.scores().columns().stream().map(AnomalyResult.Column::name).toList());
    updating = false;
  }

  private void showColumn() {
    AnomalyModel.Result r = model.resultProperty().get();
    AnomalyResult.Column c = model.selectedColumn();
    if (r == null || c == null) {
      return;
    }
    updating = true;
    columns.setValue(c.name());
    double[] v = c.values();
    double min = java.util.Arrays.stream(v).min().orElse(0);
    double max = java.util.Arrays.stream(v).max().orElse(1);
    threshold.setMin(min);
    threshold.setMax(max > min ? max : min + 1e-9);
    updating = false;
    columnAbout.setText(
        String.format(Locale.ROOT, "%s; AUC %.3f", AnomalyScoring.describe(c.score(), r.scores().samples()), r.scores().auc(c)));
    mostTitle.setText(
        "The " + AnomalyFigures.MOST + " most anomalous items by " + c.name()
            + " (original above, reconstruction below; ● anomalous)");
    most.show(r.scores(), c, r.scores().mostAnomalous(c, AnomalyFigures.MOST));
    showThreshold();
  }

  private void showThreshold() {
    AnomalyModel.Result r = model.resultProperty().get();
    AnomalyResult.Column c = model.selectedColumn();
    double t = model.thresholdProperty().get();
    if (r == null || c == null || Double.isNaN(t)) {
      return;
    }
    updating = true;
    threshold.setValue(t);
    updating = false;
    AnomalyResult.Confusion m = r.scores().confusion(c, t);
    thresholdText.setText(
        String.format(
            Locale.ROOT, "%.4g: finds %.1f%% of the anomalies, calls %.1f%% of the normal items anomalous",
            t, 100 * m.truePositiveRate(), 100 * m.falsePositiveRate()));
    confusion.getChildren().clear();
    String[][] cells = {
      {"", "called anomalous", "called normal"},
      {"anomalous", Integer.toString(m.truePositives()), Integer.toString(m.falseNegatives())},
      {"normal", Integer.toString(m.falsePositives()), Integer.toString(m.trueNegatives())}
    };
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        Label l = new Label(cells[row][col]);
        if (row == 0 || col == 0) {
          l.getStyleClass().add("section-title");
        } else {
          l.getStyleClass().add("card-numbers");
          l.setId("anomaly-confusion-" + row + "-" + col);
        }
        confusion.add(l, col, row);
      }
    }
    nearest.show(r.scores(), c, r.scores().nearest(c, t, NEAREST));
  }

  public AnomalyModel model() {
    return model;
  }

  /** The items shown as the most anomalous, in order. */
  public List<Integer> mostAnomalousShown() {
    return most.shownItems();
  }

  /** The items shown as nearest the threshold, nearest first. */
  public List<Integer> nearestShown() {
    return nearest.shownItems();
  }

  /** A cell of the leave-out-all table: row 0 is the first class, column 0 the first score. */
  public String tableCell(int row, int column) {
    return table.cell(row, column);
  }

  /** The notes shown above the charts. */
  public List<String> notes() {
    return notes.getChildren().stream().map(n -> ((Label) n).getText()).toList();
  }
}
