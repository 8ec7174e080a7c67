package org.latentexplorer.ui.anomaly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.latentexplorer.analysis.anomaly.AnomalyFigures;
import org.latentexplorer.analysis.anomaly.AnomalyOptions;
import org.latentexplorer.analysis.anomaly.AnomalyResult;
import org.latentexplorer.analysis.anomaly.AnomalyRun;
import org.latentexplorer.analysis.anomaly.LeaveOutTable;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.kept.KeptResults;
import org.latentexplorer.ui.common.kept.ModelIdentity;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.common.task.ProgressRun;
import org.latentexplorer.ui.workspace.Workspace;

/**
 * The Anomaly tab's state: which classes count as anomalous (at first, those the main model was
 * trained without), the scores of the main model and, when comparing, of the second one on the
 * held-out items; the chosen score column and threshold; and the leave-out-all table of the data
 * set when one exists. Scoring runs in the background; a result answers a numbered request and is
 * dropped when a model changes; the last four are kept for a lesson step that asks for the same
 * scoring again ({@link #showOrRun()}). Read and written on the UI thread.
 */
public final class AnomalyModel {

  /** A scoring with its ROC chart, drawn off the UI thread. */
  public record Result(AnomalyResult scores, Image roc) {}

  /** The histogram of a column with a threshold marked, and what it answers. */
  public record Histogram(String column, double threshold, Image image) {}

  /** What a scoring depends on: the models scored, the anomalous classes, K. */
  private record Key(List<ModelIdentity> models, List<String> anomalous, int samples) {}

  static final int ROC_W = 560;
  static final int ROC_H = 400;
  static final int HIST_W = 560;
  static final int HIST_H = 300;

  private final Workspace explorer;
  private final ObservableList<String> classes = FXCollections.observableArrayList();
  private final ObservableList<String> anomalous = FXCollections.observableArrayList();
  private final IntegerProperty samples =
      new SimpleIntegerProperty(AnomalyOptions.defaults().likelihoodSamples());
  private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Histogram> histogram = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<LeaveOutTable> table = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<String> column = new SimpleObjectProperty<>();
  private final DoubleProperty threshold = new SimpleDoubleProperty(Double.NaN);
  private final ProgressRun work;
  private final NewestRequest histograms = new NewestRequest();
  private final NewestRequest tables = new NewestRequest();
  private final KeptResults<Key, Result> kept = new KeptResults<>(4);

  public AnomalyModel(Workspace explorer) {
    this.explorer = explorer;
    this.work = new ProgressRun(explorer.tasks(), explorer.status());
    explorer.main().sessionProperty().addListener((o, a, s) -> mainChanged(s));
    explorer.compare().sessionProperty().addListener((o, a, s) -> dropResult());
    explorer.comparingProperty().addListener((o, a, b) -> dropResult());
    column.addListener((o, a, b) -> columnChanged());
    threshold.addListener((o, a, b) -> drawHistogram());
    mainChanged(explorer.main().session());
  }

  private void mainChanged(ModelSession s) {
    dropResult();
    classes.setAll(s == null ? List.of() : s.data().classNames());
    anomalous.setAll(
        s == null
            ? List.of()
            : s.description().data().excludedClasses().stream().filter(classes::contains).toList());
    table.set(null);
    if (s != null) {
      findTable(s.description().data().name());
    }
  }

  private void findTable(String data) {
    NewestRequest.Request request = tables.next();
    BackgroundTask.of("Leave-out-all table", p -> LeaveOutTable.find(AppHome.models(), data))
        .onSuccess(
            (Optional<LeaveOutTable> t) -> {
              if (request.isNewest()) {
                table.set(t.orElse(null));
              }
            })
        .executeWith(explorer.tasks());
  }

  private void dropResult() {
    work.drop();
    result.set(null);
    histogram.set(null);
    column.set(null);
  }

  /** The models that are scored: the main one, and the compared one when comparing. */
  public List<ModelSession> sessions() {
    List<ModelSession> out = new ArrayList<>();
    ModelSession main = explorer.main().session();
    if (main != null) {
      out.add(main);
      ModelSession other = explorer.compare().session();
      if (explorer.comparingProperty().get() && other != null
          && other.engine().inputShape().equals(main.engine().inputShape())) {
        out.add(other);
      }
    }
    return out;
  }

  /**
   * For a lesson: shows the scoring kept from earlier in the program for the same models, classes
   * and K; nothing when one is shown or running; else a new one.
   */
  public void showOrRun() {
    List<ModelSession> sessions = sessions();
    if (sessions.isEmpty() || result.get() != null || work.runningProperty().get()) {
      return;
    }
    Result r = kept.get(keyOf(sessions));
    if (r == null) {
      run();
    } else {
      show(r);
      work.messageProperty().set(String.format(Locale.ROOT,
          "Kept from earlier (took %.1f s); Score measures again", r.scores().seconds()));
    }
  }

  private Key keyOf(List<ModelSession> sessions) {
    return new Key(sessions.stream().map(ModelIdentity::of).toList(),
        anomalous.stream().sorted().toList(), samples.get());
  }

  private void show(Result r) {
    result.set(r);
    column.set(r.scores().columns().get(0).name());
  }

  /** Scores the held-out items with the chosen classes as anomalies, cancelling a run. */
  public void run() {
    List<ModelSession> sessions = sessions();
    if (sessions.isEmpty()) {
      return;
    }
    if (anomalous.isEmpty()) {
      work.messageProperty().set("Choose the classes that count as anomalous first.");
      return;
    }
    Key key = keyOf(sessions);
    List<String> classNames = List.copyOf(anomalous);
    AnomalyOptions options = AnomalyOptions.defaults().withLikelihoodSamples(samples.get());
    String data = sessions.get(0).description().data().name();
    List<AnomalyRun.Model> models =
        sessions.stream().map(s -> new AnomalyRun.Model(s.engine(), s.name())).toList();
    work.start(
        "Anomaly scores of "
            + String.join(" and ", models.stream().map(AnomalyRun.Model::name).toList()),
        p -> {
          AnomalyResult r =
              AnomalyRun.run(models, data, classNames, options, p::report, p::isCancelled);
          p.report("Drawing the ROC curves", -1);
          return new Result(r, SwingFXUtils.toFXImage(AnomalyFigures.roc(r, ROC_W, ROC_H), null));
        },
        r -> {
          show(r);
          kept.put(key, r);
          return String.format(
              Locale.ROOT, "%,d items, %,d anomalous; done in %.1f s", r.scores().count(),
              r.scores().anomalousCount(), r.scores().seconds());
        });
  }

  /** Stops a running scoring; what was shown stays. */
  public void cancel() {
    work.cancel();
  }

  private void columnChanged() {
    AnomalyResult.Column c = selectedColumn();
    if (c == null) {
      histogram.set(null);
      return;
    }
    double[] sorted = c.values().clone();
    java.util.Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    if (threshold.get() == median) {
      drawHistogram();
    } else {
      threshold.set(median);
    }
  }

  private void drawHistogram() {
    AnomalyResult.Column c = selectedColumn();
    Result r = result.get();
    if (c == null || r == null || Double.isNaN(threshold.get())) {
      return;
    }
    NewestRequest.Request request = histograms.next();
    double t = threshold.get();
    BackgroundTask.of(
            "Histogram",
            p -> new Histogram(
                c.name(), t,
                SwingFXUtils.toFXImage(
                    AnomalyFigures.histogram(r.scores(), c, t, HIST_W, HIST_H), null)))
        .onSuccess(
            h -> {
              if (request.isNewest() && result.get() == r) {
                histogram.set(h);
              }
            })
        .executeWith(explorer.tasks());
  }

  /** The chosen score column of the shown result, or null. */
  public AnomalyResult.Column selectedColumn() {
    Result r = result.get();
    String name = column.get();
    if (r == null || name == null) {
      return null;
    }
    return r.scores().columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }

  public ObservableList<String> classes() {
    return classes;
  }

  /** The class names that count as anomalous. */
  public ObservableList<String> anomalous() {
    return anomalous;
  }

  public IntegerProperty samplesProperty() {
    return samples;
  }

  public ReadOnlyObjectProperty<Result> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Histogram> histogramProperty() {
    return histogram.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<LeaveOutTable> tableProperty() {
    return table.getReadOnlyProperty();
  }

  public ObjectProperty<String> columnProperty() {
    return column;
  }

  public DoubleProperty thresholdProperty() {
    return threshold;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return work.runningProperty();
  }

  public StringProperty messageProperty() {
    return work.messageProperty();
  }

  public DoubleProperty fractionProperty() {
    return work.fractionProperty();
  }

  public Workspace explorer() {
    return explorer;
  }
}
