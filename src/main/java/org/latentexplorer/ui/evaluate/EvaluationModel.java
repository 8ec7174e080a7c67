package org.latentexplorer.ui.evaluate;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.latentexplorer.analysis.evaluate.Evaluation;
import org.latentexplorer.analysis.evaluate.EvaluationFigures;
import org.latentexplorer.analysis.evaluate.EvaluationOptions;
import org.latentexplorer.analysis.evaluate.EvaluationRun;
import org.latentexplorer.analysis.evaluate.EvaluationWriter;
import org.latentexplorer.data.OutputFolder;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.ProgressRun;
import org.latentexplorer.ui.common.task.RunLane;
import org.latentexplorer.ui.common.task.TaskExecutor;
import org.latentexplorer.ui.workspace.ModelPaneModel;

/**
 * The evaluation of one pane's model: run in the background with progress and cancel, the result
 * kept with its figures until the model changes. A result answers a numbered request and is kept
 * only if it is the newest and its model is still shown. Read and written on the UI thread.
 */
public final class EvaluationModel {

  /**
   * An evaluation with its figures, drawn and turned into images for the window off the UI
   * thread.
   *
   * @param images the figures as window images, in the same order
   */
  public record Result(
      Evaluation evaluation, List<EvaluationFigures.Figure> figures, List<Image> images) {

    static Result of(Evaluation e) {
      List<EvaluationFigures.Figure> figures = EvaluationFigures.all(e);
      return new Result(
          e, figures, figures.stream().map(f -> (Image) SwingFXUtils.toFXImage(f.image(), null)).toList());
    }
  }

  private final ModelPaneModel pane;
  private final TaskExecutor tasks;
  private final StatusSink status;
  private final ProgressRun work;
  private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
  private final IntegerProperty likelihoodSamples = new SimpleIntegerProperty(0);
  private final IntegerProperty likelihoodImages = new SimpleIntegerProperty(0);
  private final ObjectProperty<Path> classifier = new SimpleObjectProperty<>();

  private final EvaluationCache cache;

  /** What an evaluation says while it waits for the other model's. */
  static final String OTHER_RUNNING = "Waiting for the other model";

  public EvaluationModel(ModelPaneModel pane, TaskExecutor tasks, StatusSink status) {
    this(pane, tasks, status, new EvaluationCache(), new RunLane(OTHER_RUNNING));
  }

  /**
   * As above, keeping results in a cache shared with the other pane's model and taking turns with
   * its evaluations.
   */
  EvaluationModel(
      ModelPaneModel pane, TaskExecutor tasks, StatusSink status, EvaluationCache cache, RunLane lane) {
    this.cache = cache;
    this.pane = pane;
    this.tasks = tasks;
    this.status = status;
    this.work = new ProgressRun(tasks, status, lane);
    pane.sessionProperty().addListener((o, a, s) -> modelChanged());
  }

  private void modelChanged() {
    work.drop();
    result.set(null);
  }

  /**
   * What a lesson step asks for: the shown model's evaluation, kept from earlier in this run of the
   * program where there is one for the same model and settings; nothing when one is shown or
   * running; else a new one.
   */
  public void showOrRun() {
    ModelSession s = pane.session();
    if (s == null || result.get() != null || work.runningProperty().get()) {
      return;
    }
    Result kept = cache.get(keyOf(s));
    if (kept == null) {
      run();
    } else {
      result.set(kept);
      work.messageProperty().set(String.format(java.util.Locale.ROOT,
          "Kept from earlier (took %.1f s); Evaluate measures again", kept.evaluation().report().seconds().total()));
    }
  }

  /** Starts an evaluation of the shown model, cancelling one that runs. */
  public void run() {
    ModelSession s = pane.session();
    if (s == null) {
      return;
    }
    EvaluationCache.Key key = keyOf(s);
    EvaluationOptions options =
        EvaluationOptions.defaults()
            .withLikelihood(likelihoodImages.get(), likelihoodSamples.get());
    Path classifierFolder = classifier.get();
    work.start(
        "Evaluating " + s.name(),
        p -> {
          Evaluation e =
              EvaluationRun.run(
                  s.engine(), s.folder(), s.name(), null, classifierFolder, options, p::report,
                  p::isCancelled);
          p.report("Drawing the figures", -1);
          return Result.of(e);
        },
        r -> {
          if (pane.session() != s) {
            return null;
          }
          result.set(r);
          cache.put(key, r);
          return String.format(
              java.util.Locale.ROOT, "Done in %.1f s", r.evaluation().report().seconds().total());
        });
  }

  /** Stops a running evaluation; what was shown stays. */
  public void cancel() {
    work.cancel();
  }

  /** Writes the shown evaluation's figures, numbers, report and exports to a folder. */
  public void export(Path folder) {
    Result r = result.get();
    if (r == null) {
      return;
    }
    status.show("Writing the evaluation to " + folder + "...", -1);
    BackgroundTask.of(
            "Export",
            p -> {
              OutputFolder.refuseInstallation(folder);
              OutputFolder.checkWritable(folder);
              return EvaluationWriter.write(r.evaluation(), folder, true);
            })
        .onSuccess(w -> status.show("Wrote " + w.files().size() + " files to " + folder, -2))
        .onFailure(e -> status.error("Cannot write to " + folder + ": " + BackgroundTask.message(e)))
        .executeWith(tasks);
  }

  public ModelPaneModel pane() {
    return pane;
  }

  public ReadOnlyObjectProperty<Result> resultProperty() {
    return result.getReadOnlyProperty();
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

  /** K for the importance-sampled log-likelihood; 0 lets the program choose. */
  public IntegerProperty likelihoodSamplesProperty() {
    return likelihoodSamples;
  }

  /** Images for the log-likelihood; 0 sizes it to this machine. */
  public IntegerProperty likelihoodImagesProperty() {
    return likelihoodImages;
  }

  /** A classifier folder chosen by the user, or null to find the one for the data set. */
  public ObjectProperty<Path> classifierProperty() {
    return classifier;
  }

  /** What a result for {@code s} with the settings shown now is kept under. */
  private EvaluationCache.Key keyOf(ModelSession s) {
    return EvaluationCache.Key.of(s, likelihoodImages.get(), likelihoodSamples.get(), classifier.get());
  }
}
