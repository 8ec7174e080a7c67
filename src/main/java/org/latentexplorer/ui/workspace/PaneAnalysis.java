package org.latentexplorer.ui.workspace;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.latentexplorer.analysis.CoverageResult;
import org.latentexplorer.analysis.ManifoldGrid;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.common.task.TaskExecutor;

/**
 * The analyses of one model that are drawn on its scatter: prior samples over it and a decoded
 * manifold grid under it. Each result answers a numbered request and only the newest is kept;
 * a new model drops them. Read and written on the UI thread.
 */
public final class PaneAnalysis {

  private final ModelPaneModel pane;
  private final TaskExecutor tasks;
  private final StatusSink status;
  private final ReadOnlyObjectWrapper<CoverageResult> coverage = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty showCoverage = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<ManifoldGrid> manifold = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty manifoldUnder = new SimpleBooleanProperty(false);
  private final NewestRequest coverages = new NewestRequest();
  private final NewestRequest manifolds = new NewestRequest();

  PaneAnalysis(ModelPaneModel pane, TaskExecutor tasks, StatusSink status) {
    this.pane = pane;
    this.tasks = tasks;
    this.status = status;
  }

  void reset(ModelSession s) {
    coverages.endAll();
    manifolds.endAll();
    coverage.set(null);
    manifold.set(null);
  }

  /**
   * Runs work in the background for this model, saying in the status bar, with the model's name,
   * that it runs, is done or failed; {@code onResult} hears it only while the model is still
   * shown.
   */
  public <T> void run(String what, BackgroundTask.Work<T> work, java.util.function.Consumer<T> onResult) {
    run(what, work, onResult, () -> {});
  }

  /** As {@link #run(String, BackgroundTask.Work, java.util.function.Consumer)}, then {@code onFinished}. */
  public <T> void run(
      String what,
      BackgroundTask.Work<T> work,
      java.util.function.Consumer<T> onResult,
      Runnable onFinished) {
    ModelSession s = pane.session();
    if (s == null) {
      return;
    }
    String title = what + " of " + s.name();
    status.show(title + "...", -1);
    BackgroundTask.of(title, work)
        .onSuccess(
            v -> {
              if (pane.session() == s) {
                status.show(title + ": done", -2);
                onResult.accept(v);
              }
            })
        .onFailure(
            e -> {
              if (pane.session() == s) {
                status.error(title + " failed: " + BackgroundTask.message(e));
              }
            })
        .onFinished(onFinished)
        .executeWith(tasks);
  }

  /** Draws prior samples and measures where they land; the scatter can show them. */
  public void measureCoverage(int samples, long seed, Runnable onFinished) {
    ModelSession s = pane.session();
    if (s == null) {
      return;
    }
    NewestRequest.Request request = coverages.next();
    run(
        "Prior coverage",
        p -> CoverageResult.run(s.engine(), s.encoding(), samples, seed),
        r -> {
          if (request.isNewest()) {
            coverage.set(r);
          }
        },
        onFinished);
  }

  /** Decodes a manifold grid over a window of a 2-D latent plane. */
  public void decodeManifold(double[] window, int n, boolean quantiles) {
    ModelSession s = pane.session();
    if (s == null || s.latentSize() != 2) {
      status.error("A manifold grid needs a 2-D latent.");
      return;
    }
    NewestRequest.Request request = manifolds.next();
    run(
        "Manifold grid",
        p -> ManifoldGrid.run(s.engine(), window, n, quantiles),
        g -> {
          if (request.isNewest()) {
            manifold.set(g);
          }
        });
  }

  public ReadOnlyObjectProperty<CoverageResult> coverageProperty() {
    return coverage.getReadOnlyProperty();
  }

  public BooleanProperty showCoverageProperty() {
    return showCoverage;
  }

  public ReadOnlyObjectProperty<ManifoldGrid> manifoldProperty() {
    return manifold.getReadOnlyProperty();
  }

  public BooleanProperty manifoldUnderProperty() {
    return manifoldUnder;
  }

  public ModelPaneModel pane() {
    return pane;
  }
}
