package org.latentexplorer.ui.workspace;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.latentexplorer.analysis.CoverageResult;
import org.latentexplorer.analysis.ManifoldGrid;
import org.latentexplorer.analysis.SensitivityMap;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.common.task.TaskExecutor;

/**
 * The analyses of one model that are drawn on its scatter: prior samples over it, and a decoded
 * manifold grid and a map of the decoder's sensitivity under it. Each result answers a numbered request and only the newest is kept;
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
  private final ReadOnlyObjectWrapper<SensitivityView> sensitivity = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty sensitivityUnder = new SimpleBooleanProperty(true);
  private final ObjectProperty<SensitivityMap.Measure> sensitivityMeasure =
      new SimpleObjectProperty<>(SensitivityMap.Measure.FROBENIUS);
  private final NewestRequest sensitivities = new NewestRequest();

  /**
   * A sensitivity map and the plane it covers.
   *
   * @param map the map
   * @param projection the name of the projection it was made on
   * @param plane the plane through the latent space it covers (above 2-D, through the z of then)
   */
  public record SensitivityView(SensitivityMap map, String projection, SensitivityMap.Plane plane) {

    /** Whether the map covers what a projection shows now, through the point z. */
    public boolean covers(Projection p, float[] z) {
      return p != null && p.name().equals(projection) && plane.sameAs(SensitivityMap.Plane.through(p, z));
    }
  }

  private final ObjectProperty<org.latentexplorer.latent.directions.AttributeVector> direction =
      new SimpleObjectProperty<>();
  private final javafx.collections.ObservableList<org.latentexplorer.latent.directions.AttributeVector> vectors =
      javafx.collections.FXCollections.observableArrayList();
  private final javafx.collections.ObservableList<org.latentexplorer.latent.directions.AttributeVector> vectorsShown =
      javafx.collections.FXCollections.unmodifiableObservableList(vectors);

  PaneAnalysis(ModelPaneModel pane, TaskExecutor tasks, StatusSink status) {
    this.pane = pane;
    this.tasks = tasks;
    this.status = status;
  }

  void reset(ModelSession s) {
    coverages.endAll();
    manifolds.endAll();
    sensitivities.endAll();
    coverage.set(null);
    manifold.set(null);
    sensitivity.set(null);
    direction.set(null);
    vectors.clear();
  }

  /**
   * The attribute vectors found for this model, in the order found (v1, v2, ... in latent
   * arithmetic, the cosine table and the sliders); cleared when the model changes.
   */
  public javafx.collections.ObservableList<org.latentexplorer.latent.directions.AttributeVector> vectors() {
    return vectorsShown;
  }

  /**
   * Keeps a vector found and draws it on the scatter: one of the same name is replaced in its
   * place, keeping its number; a new name is added last.
   */
  public void addVector(org.latentexplorer.latent.directions.AttributeVector v) {
    setVectors(java.util.stream.Stream.concat(vectors.stream(), java.util.stream.Stream.of(v)).toList());
    direction.set(v);
  }

  /** Replaces the vectors kept (a session's), later ones of a name replacing earlier ones in place. */
  public void setVectors(java.util.List<org.latentexplorer.latent.directions.AttributeVector> all) {
    java.util.LinkedHashMap<String, org.latentexplorer.latent.directions.AttributeVector> byName =
        new java.util.LinkedHashMap<>();
    all.forEach(v -> byName.put(v.name(), v));
    vectors.setAll(byName.values());
    if (!vectors.contains(direction.get())) {
      direction.set(vectors.isEmpty() ? null : vectors.get(vectors.size() - 1));
    }
  }

  /** The attribute vector drawn on the scatter as an arrow (the newest found), or null. */
  public ObjectProperty<org.latentexplorer.latent.directions.AttributeVector> directionProperty() {
    return direction;
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
        .onProgress(
            (message, fraction) -> {
              if (pane.session() == s) {
                status.show(title + "...", fraction);
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

  /**
   * Maps the decoder's sensitivity over a window of the current projection's plane through the
   * current z; stops between chunks once {@code cancelled} says so.
   *
   * @return false when the projection shows no plane of the latent space (t-SNE, UMAP)
   */
  public boolean mapSensitivity(
      double[] window, int n, java.util.function.BooleanSupplier cancelled, Runnable onFinished) {
    ModelSession s = pane.session();
    Projection p = pane.projection().projection();
    SensitivityMap.Plane plane = s == null || p == null ? null : SensitivityMap.Plane.through(p, pane.z());
    if (plane == null) {
      return false;
    }
    NewestRequest.Request request = sensitivities.next();
    run(
        "Sensitivity map",
        progress ->
            SensitivityMap.start(
                    s.engine(), plane, window, n, f -> progress.report("Sensitivity map", f),
                    cancelled)
                .get(),
        m -> {
          if (request.isNewest()) {
            sensitivity.set(new SensitivityView(m, p.name(), plane));
          }
        },
        onFinished);
    return true;
  }

  public ReadOnlyObjectProperty<SensitivityView> sensitivityProperty() {
    return sensitivity.getReadOnlyProperty();
  }

  public BooleanProperty sensitivityUnderProperty() {
    return sensitivityUnder;
  }

  public ObjectProperty<SensitivityMap.Measure> sensitivityMeasureProperty() {
    return sensitivityMeasure;
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
