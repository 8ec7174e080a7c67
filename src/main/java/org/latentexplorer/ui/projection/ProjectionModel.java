package org.latentexplorer.ui.projection;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentexplorer.analysis.PcaSummary;
import org.latentexplorer.analysis.TsneRun;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Tsne;
import org.latentexplorer.latent.TsneProjection;
import org.latentexplorer.ui.status.StatusSink;
import org.latentexplorer.ui.task.BackgroundTask;
import org.latentexplorer.ui.task.TaskExecutor;
import org.latentexplorer.ui.task.TaskHandle;

/**
 * What one model's scatter shows: two latent axes, two principal axes, or a t-SNE embedding, and
 * the PCA and t-SNE behind them. The one owner of the scatter's {@link Projection}: the choosers
 * in the Explore tab and the cards in the Analyse tab both ask it. PCA is fitted in the background
 * when a model arrives; t-SNE runs on request, is shown while it forms, and can be cancelled.
 * Read and written on the UI thread.
 */
public final class ProjectionModel {

  /** Which kind of projection the scatter shows. */
  public enum View {
    LATENT_AXES("Latent axes"),
    PCA("PCA"),
    TSNE("t-SNE");

    private final String label;

    View(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final TaskExecutor tasks;
  private final StatusSink status;
  private final ReadOnlyObjectWrapper<Projection> projection = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<View> view = new ReadOnlyObjectWrapper<>(View.LATENT_AXES);
  private final ReadOnlyObjectWrapper<Pca> pca = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<float[]> tsne = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyDoubleWrapper tsneProgress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyBooleanWrapper tsneRunning = new ReadOnlyBooleanWrapper();
  private ModelSession session;
  private TaskHandle tsneTask;
  private long tsneRuns;
  private TaskHandle pcaTask;
  private String tsneName = "";
  private double tsneSeconds;

  public ProjectionModel(TaskExecutor tasks, StatusSink status) {
    this.tasks = tasks;
    this.status = status;
  }

  /** A new model (or new data): latent axes 1 and 2, PCA fitted anew, any t-SNE dropped. */
  public void reset(ModelSession s) {
    cancelTsne();
    if (pcaTask != null) {
      pcaTask.cancel();
    }
    session = s;
    pca.set(null);
    tsne.set(null);
    tsneProgress.set(-1);
    tsneRunning.set(false);
    view.set(View.LATENT_AXES);
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

  private static AxisProjection axes(ModelSession s, int x, int y) {
    return new AxisProjection(s.encoding().means(), s.latentSize(), x, y);
  }

  /** The scatter shows latent dimensions {@code x} and {@code y} (0-based). */
  public void showLatentAxes(int x, int y) {
    if (session == null || !valid(x) || !valid(y)) {
      return;
    }
    view.set(View.LATENT_AXES);
    projection.set(axes(session, x, y));
  }

  /** The scatter shows principal axes {@code a} and {@code b} (0-based), once PCA is fitted. */
  public void showPca(int a, int b) {
    Pca p = pca.get();
    if (session == null || p == null || a >= p.dims() || b >= p.dims() || a < 0 || b < 0) {
      return;
    }
    view.set(View.PCA);
    projection.set(new PcaProjection(p, session.encoding().means(), a, b));
  }

  /** The scatter shows the t-SNE embedding, computing it first when there is none. */
  public void showTsne(double perplexity) {
    view.set(View.TSNE);
    if (tsne.get() != null && !tsneRunning.get()) {
      projection.set(new TsneProjection(tsne.get(), tsneName));
    } else if (!tsneRunning.get()) {
      runTsne(perplexity);
    }
  }

  private boolean valid(int dim) {
    return dim >= 0 && dim < session.latentSize();
  }

  /** Starts t-SNE with scikit-learn's settings and a given perplexity. */
  public void runTsne(double perplexity) {
    Tsne.Options d = Tsne.Options.defaults();
    runTsne(new Tsne.Options(perplexity, d.iterations(), d.theta(), d.seed()), 0);
  }

  /**
   * Starts t-SNE of the scatter's items with the given settings, of all dimensions or of the first
   * {@code components} principal components; the scatter follows the embedding as it forms.
   */
  public void runTsne(Tsne.Options options, int components) {
    double perplexity = options.perplexity();
    ModelSession s = session;
    if (s == null || tsneRunning.get()) {
      return;
    }
    tsneRunning.set(true);
    tsneProgress.set(0);
    view.set(View.TSNE);
    long start = System.nanoTime();
    long run = ++tsneRuns;
    int k = components > 0 && components < s.latentSize() ? components : s.latentSize();
    Pca fitted = pca.get();
    String name =
        String.format(Locale.ROOT, "t-SNE (perplexity %.0f%s)", perplexity, k < s.latentSize() ? ", first " + k + " PCs" : "");
    String title = String.format(Locale.ROOT, "t-SNE of %s (%,d items)", s.name(), s.encoding().count());
    status.show(title + "...", 0);
    tsneTask =
        BackgroundTask.<float[]>of(
                title,
                progress ->
                    TsneRun.embed(
                        k < s.latentSize()
                            ? (fitted != null ? fitted : PcaSummary.of(s.encoding()))
                                .project(s.encoding().means(), k)
                            : s.encoding().means(),
                        k, options,
                        (it, total, y) -> {
                          tasks.post(() -> partial(run, name, title, it, total, y));
                          return !progress.isCancelled();
                        }))
            .onSuccess(
                y -> {
                  if (run != tsneRuns) {
                    return;
                  }
                  tsneName = name;
                  tsne.set(y);
                  tsneProgress.set(1);
                  status.show(title + ": done", -2);
                  if (view.get() == View.TSNE) {
                    projection.set(new TsneProjection(y, name));
                  }
                })
            .onFailure(
                e -> {
                  if (run == tsneRuns) {
                    status.error(title + " failed: " + BackgroundTask.message(e));
                    tsne.set(null);
                    tsneProgress.set(-1);
                    showLatentAxes(0, Math.min(1, s.latentSize() - 1));
                  }
                })
            .onFinished(
                () -> {
                  if (run == tsneRuns) {
                    tsneRunning.set(false);
                    tsneSeconds = (System.nanoTime() - start) / 1e9;
                  }
                })
            .executeWith(tasks);
  }

  private void partial(long run, String name, String title, int it, int total, float[] y) {
    if (run != tsneRuns) {
      return;
    }
    tsneName = name;
    tsneProgress.set((double) it / total);
    tsne.set(y);
    status.show(
        String.format(Locale.ROOT, "%s: iteration %d of %d", title, it, total), (double) it / total);
    if (view.get() == View.TSNE) {
      projection.set(new TsneProjection(y, name));
    }
  }

  /** Stops a running t-SNE; the scatter keeps the embedding reached so far. */
  public void cancelTsne() {
    if (tsneTask != null && tsneRunning.get()) {
      tsneRuns++;
      tsneTask.cancel();
      if (session != null) {
        status.show("t-SNE of " + session.name() + ": cancelled", -2);
      }
      tsneRunning.set(false);
    }
  }

  /** Seconds the last t-SNE took. */
  public double tsneSeconds() {
    return tsneSeconds;
  }

  /** The views offered for a latent size (PCA and t-SNE only above two dimensions). */
  public static List<View> viewsFor(int latentSize) {
    return latentSize > 2 ? List.of(View.values()) : List.of(View.LATENT_AXES);
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

  public ReadOnlyObjectProperty<View> viewProperty() {
    return view.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Pca> pcaProperty() {
    return pca.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<float[]> tsneProperty() {
    return tsne.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty tsneProgressProperty() {
    return tsneProgress.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty tsneRunningProperty() {
    return tsneRunning.getReadOnlyProperty();
  }
}
