package org.latentexplorer.ui.workspace.projection;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentexplorer.latent.EmbeddingProjection;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.common.task.TaskExecutor;
import org.latentexplorer.ui.common.task.TaskHandle;

/**
 * One kind of neighbour embedding of a model's items (t-SNE or UMAP) run in the background: its
 * newest embedding, shown while it forms; a newer run or a cancel makes older answers stale.
 * Read and written on the UI thread.
 */
final class EmbeddingJob {

  /** The embedding's computation; reports partial embeddings and returns false to stop. */
  @FunctionalInterface
  interface Work {
    float[] run(Partial partial) throws Exception;
  }

  /** Hears a partial embedding; returns false when the run should stop. */
  @FunctionalInterface
  interface Partial {
    boolean report(int step, int steps, float[] embedding);
  }

  private final String method;
  private final String stepName;
  private final TaskExecutor tasks;
  private final StatusSink status;
  private final ReadOnlyObjectWrapper<float[]> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private TaskHandle task;
  private final NewestRequest runs = new NewestRequest();
  private String name = "";
  private double seconds;
  private long started;
  private String modelName = "";

  /**
   * @param method "t-SNE" or "UMAP"
   * @param stepName what one step is called in the status bar ("iteration", "epoch")
   */
  EmbeddingJob(String method, String stepName, TaskExecutor tasks, StatusSink status) {
    this.method = method;
    this.stepName = stepName;
    this.tasks = tasks;
    this.status = status;
  }

  /** Drops the embedding (a new model). */
  void reset() {
    cancel();
    result.set(null);
    progress.set(-1);
    running.set(false);
  }

  /**
   * Starts a run named {@code name}; {@code shown} hears each embedding (partial and final) while
   * the run is current, {@code finished} the final one, {@code failed} a failure.
   */
  void start(
      String codesName, int count, String runName, Work work, Consumer<EmbeddingProjection> shown,
      Consumer<float[]> finished, Runnable failed) {
    running.set(true);
    progress.set(0);
    modelName = codesName;
    long start = System.nanoTime();
    started = start;
    NewestRequest.Request run = runs.next();
    String title = String.format(Locale.ROOT, "%s of %s (%,d items)", method, codesName, count);
    status.show(title + "...", 0);
    task =
        BackgroundTask.<float[]>of(
                title,
                p ->
                    work.run(
                        (step, steps, y) -> {
                          tasks.post(() -> partial(run, runName, title, step, steps, y, shown));
                          return !p.isCancelled();
                        }))
            .onSuccess(
                y -> {
                  if (!run.isNewest()) {
                    return;
                  }
                  name = runName;
                  result.set(y);
                  progress.set(1);
                  status.show(title + ": done", -2);
                  finished.accept(y);
                  shown.accept(new EmbeddingProjection(y, runName, method));
                })
            .onFailure(
                e -> {
                  if (run.isNewest()) {
                    status.error(title + " failed: " + BackgroundTask.message(e));
                    result.set(null);
                    progress.set(-1);
                    failed.run();
                  }
                })
            .onFinished(
                () -> {
                  if (run.isNewest()) {
                    seconds = (System.nanoTime() - start) / 1e9;
                    running.set(false);
                  }
                })
            .executeWith(tasks);
  }

  private void partial(
      NewestRequest.Request run, String runName, String title, int step, int steps, float[] y,
      Consumer<EmbeddingProjection> shown) {
    if (!run.isNewest()) {
      return;
    }
    name = runName;
    progress.set((double) step / steps);
    result.set(y);
    status.show(
        String.format(Locale.ROOT, "%s: %s %d of %d", title, stepName, step, steps),
        (double) step / steps);
    shown.accept(new EmbeddingProjection(y, runName, method));
  }

  /** Shows a finished embedding made before (kept from earlier in the run) as this job's result. */
  void restore(float[] y, String runName) {
    cancel();
    name = runName;
    result.set(y);
    progress.set(1);
    running.set(false);
  }

  /** Stops a running embedding; the last one reached stays. */
  void cancel() {
    if (task != null && running.get()) {
      runs.endAll();
      seconds = (System.nanoTime() - started) / 1e9;
      task.cancel();
      status.show(method + " of " + modelName + ": cancelled", -2);
      running.set(false);
    }
  }

  /** The newest embedding as a projection, or null. */
  EmbeddingProjection projection() {
    return result.get() == null ? null : new EmbeddingProjection(result.get(), name, method);
  }

  double seconds() {
    return seconds;
  }

  ReadOnlyObjectProperty<float[]> resultProperty() {
    return result.getReadOnlyProperty();
  }

  ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }
}
