package org.latentexplorer.ui.workspace.projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentexplorer.analysis.PcaSummary;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.embedding.EmbeddingMethod;
import org.latentexplorer.latent.embedding.EmbeddingMethods;
import org.latentexplorer.latent.embedding.EmbeddingSettings;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.TaskExecutor;
import org.latentexplorer.ui.common.task.TaskHandle;

/**
 * What one model's scatter shows: two latent axes, two principal axes, or the map of an
 * embedding method (t-SNE, UMAP, ...: {@link EmbeddingMethods#ALL}), and the PCA and maps behind
 * them. The one owner of the scatter's {@link
 * Projection}: the choosers in the Explore tab and the cards in the Analyse tab both ask it. PCA
 * is fitted in the background when a model arrives; the methods run on request ({@link
 * EmbeddingJob}), are shown while they form, and can be cancelled. Read and written on the UI
 * thread.
 */
public final class ProjectionModel {

  private final TaskExecutor tasks;
  private final StatusSink status;
  private final ReadOnlyObjectWrapper<Projection> projection = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ProjectionView> view =
      new ReadOnlyObjectWrapper<>(ProjectionView.LATENT_AXES);
  private final ReadOnlyObjectWrapper<Pca> pca = new ReadOnlyObjectWrapper<>();
  private final Map<EmbeddingMethod, EmbeddingJob> jobs = new LinkedHashMap<>();
  private final EmbeddingCache kept = new EmbeddingCache();
  private Codes session;

  /** The codes shown: a model's, or codes without a model. */
  private record Codes(String name, Encoding encoding) {
    int latentSize() {
      return encoding.latentSize();
    }
  }
  private TaskHandle pcaTask;

  public ProjectionModel(TaskExecutor tasks, StatusSink status) {
    this.tasks = tasks;
    this.status = status;
    for (EmbeddingMethod m : EmbeddingMethods.ALL) {
      jobs.put(m, new EmbeddingJob(m.label(), m.stepName(), tasks, status));
    }
  }

  /** A new model (or new data): latent axes 1 and 2, PCA fitted anew, any embedding dropped. */
  public void reset(ModelSession s) {
    reset(s == null ? null : s.name(), s == null ? null : s.encoding());
  }

  /** New codes without a model (null for none): as {@link #reset(ModelSession)}. */
  public void reset(String name, Encoding codes) {
    Codes s = codes == null ? null : new Codes(name, codes);
    jobs.values().forEach(EmbeddingJob::reset);
    if (pcaTask != null) {
      pcaTask.cancel();
    }
    session = s;
    pca.set(null);
    view.set(ProjectionView.LATENT_AXES);
    if (s == null) {
      projection.set(null);
      return;
    }
    projection.set(axes(s, 0, Math.min(1, s.latentSize() - 1)));
    if (s.latentSize() > 1) {
      pcaTask =
          BackgroundTask.of("PCA of " + s.name(), p -> PcaSummary.of(s.encoding()))
              .onSuccess(
                  fitted -> {
                    if (session == s) {
                      pca.set(fitted);
                    }
                  })
              .onFailure(e -> status.error("PCA of " + s.name() + " failed: " + BackgroundTask.message(e)))
              .executeWith(tasks);
    }
  }

  private static AxisProjection axes(Codes s, int x, int y) {
    return new AxisProjection(s.encoding().means(), s.latentSize(), x, y);
  }

  /** The scatter shows latent dimensions {@code x} and {@code y} (0-based). */
  public void showLatentAxes(int x, int y) {
    if (session == null || !valid(x) || !valid(y)) {
      return;
    }
    view.set(ProjectionView.LATENT_AXES);
    projection.set(axes(session, x, y));
  }

  /** The scatter shows principal axes {@code a} and {@code b} (0-based), once PCA is fitted. */
  public void showPca(int a, int b) {
    Pca p = pca.get();
    if (session == null || p == null || a >= p.dims() || b >= p.dims() || a < 0 || b < 0) {
      return;
    }
    view.set(ProjectionView.PCA);
    projection.set(new PcaProjection(p, session.encoding().means(), a, b));
  }

  /**
   * The scatter shows a method's map: the one made, else one kept from earlier in this run of the
   * program for the same codes, else one computed with the method's defaults.
   */
  public void show(EmbeddingMethod method) {
    EmbeddingJob job = jobs.get(method);
    view.set(ProjectionView.of(method));
    if (job.projection() != null && !job.runningProperty().get()) {
      projection.set(job.projection());
    } else if (!job.runningProperty().get() && !showKept(method, job)) {
      run(EmbeddingSettings.defaults(method));
    }
  }

  private boolean showKept(EmbeddingMethod method, EmbeddingJob job) {
    Codes s = session;
    if (s == null) {
      return false;
    }
    String runName = method.describe(EmbeddingSettings.defaults(method), s.latentSize());
    float[] map = kept.get(runName, s.encoding().means(), s.latentSize());
    if (map == null) {
      return false;
    }
    job.restore(map, runName);
    projection.set(job.projection());
    status.show(method.label() + " of " + s.name() + ": the map made earlier in this run", -2);
    return true;
  }

  private boolean valid(int dim) {
    return dim >= 0 && dim < session.latentSize();
  }

  /**
   * Starts a method's map of the scatter's items with the given settings; the scatter follows the
   * map as it forms. A method already running is left to finish.
   */
  public void run(EmbeddingSettings settings) {
    Codes s = session;
    EmbeddingMethod method = settings.method();
    EmbeddingJob job = jobs.get(method);
    if (s == null || job.runningProperty().get()) {
      return;
    }
    ProjectionView which = ProjectionView.of(method);
    view.set(which);
    Pca fitted = pca.get();
    job.start(
        s.name(), s.encoding().count(), method.describe(settings, s.latentSize()),
        partial -> method.embed(s.encoding().means(), s.latentSize(), fitted, settings, partial::report),
        p -> {
          if (view.get() == which) {
            projection.set(p);
          }
        },
        map -> kept.put(method.describe(settings, s.latentSize()), s.encoding().means(), s.latentSize(), map),
        () -> showLatentAxes(0, Math.min(1, s.latentSize() - 1)));
  }

  /** Stops a method's run; the scatter keeps the map reached so far. */
  public void cancel(EmbeddingMethod method) {
    jobs.get(method).cancel();
  }

  /** Stops every running method. */
  public void cancelAll() {
    jobs.values().forEach(EmbeddingJob::cancel);
  }

  /** Seconds a method's last run took. */
  public double seconds(EmbeddingMethod method) {
    return jobs.get(method).seconds();
  }

  /** The two axes shown (latent dimensions or principal axes), 0-based; {0, 1} for a map. */
  public int[] shownAxes() {
    Projection p = projection.get();
    if (p instanceof AxisProjection a) {
      return new int[] {a.dimX(), a.dimY()};
    }
    return p instanceof PcaProjection pc ? new int[] {pc.axisX(), pc.axisY()} : new int[] {0, 1};
  }

  /**
   * Runs an action once the codes' principal axes are fitted: now when they are, or when the codes
   * have one dimension (none will be), else as soon as the fit arrives.
   */
  public void whenPcaFitted(Runnable action) {
    if (pca.get() != null || session == null || session.latentSize() < 2) {
      action.run();
      return;
    }
    pca.addListener(new javafx.beans.value.ChangeListener<>() {
      @Override
      public void changed(javafx.beans.value.ObservableValue<? extends Pca> o, Pca was, Pca now) {
        if (now != null) {
          o.removeListener(this);
          action.run();
        }
      }
    });
  }

  /** The views offered for a latent size (PCA and the embedding methods only above two dimensions). */
  public static List<ProjectionView> viewsFor(int latentSize) {
    return latentSize > 2 ? ProjectionView.values() : List.of(ProjectionView.LATENT_AXES);
  }

  public ReadOnlyObjectProperty<Projection> projectionProperty() {
    return projection.getReadOnlyProperty();
  }

  public Projection projection() {
    return projection.get();
  }

  /** The data item whose scatter point is nearest a place, in scatter units. */
  public int nearestItem(double x, double y) {
    float[] xy = projection().coordinates();
    int best = -1;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < xy.length; i += 2) {
      double dx = xy[i] - x;
      double dy = xy[i + 1] - y;
      double d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = i / 2;
      }
    }
    return best;
  }

  public ReadOnlyObjectProperty<ProjectionView> viewProperty() {
    return view.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Pca> pcaProperty() {
    return pca.getReadOnlyProperty();
  }

  /** A method's newest map (partial while it runs), or null. */
  public ReadOnlyObjectProperty<float[]> resultProperty(EmbeddingMethod method) {
    return jobs.get(method).resultProperty();
  }

  /** How far a method's run is, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty(EmbeddingMethod method) {
    return jobs.get(method).progressProperty();
  }

  public ReadOnlyBooleanProperty runningProperty(EmbeddingMethod method) {
    return jobs.get(method).runningProperty();
  }
}
