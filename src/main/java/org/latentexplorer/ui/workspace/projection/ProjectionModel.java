package org.latentexplorer.ui.workspace.projection;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentexplorer.analysis.PcaSummary;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.EmbeddingProjection;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.embedding.EmbeddingInput;
import org.latentexplorer.latent.embedding.Tsne;
import org.latentexplorer.latent.embedding.Umap;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.TaskExecutor;
import org.latentexplorer.ui.common.task.TaskHandle;

/**
 * What one model's scatter shows: two latent axes, two principal axes, or a t-SNE or UMAP
 * embedding, and the PCA, t-SNE and UMAP behind them. The one owner of the scatter's {@link
 * Projection}: the choosers in the Explore tab and the cards in the Analyse tab both ask it. PCA
 * is fitted in the background when a model arrives; t-SNE and UMAP run on request ({@link
 * EmbeddingJob}), are shown while they form, and can be cancelled. Read and written on the UI
 * thread.
 */
public final class ProjectionModel {

  /** Which kind of projection the scatter shows. */
  public enum View {
    LATENT_AXES("Latent axes"),
    PCA("PCA"),
    TSNE("t-SNE"),
    UMAP("UMAP");

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
  private final EmbeddingJob tsne;
  private final EmbeddingJob umap;
  private ModelSession session;
  private TaskHandle pcaTask;

  public ProjectionModel(TaskExecutor tasks, StatusSink status) {
    this.tasks = tasks;
    this.status = status;
    tsne = new EmbeddingJob("t-SNE", "iteration", tasks, status);
    umap = new EmbeddingJob("UMAP", "epoch", tasks, status);
  }

  /** A new model (or new data): latent axes 1 and 2, PCA fitted anew, any t-SNE or UMAP dropped. */
  public void reset(ModelSession s) {
    tsne.reset();
    umap.reset();
    if (pcaTask != null) {
      pcaTask.cancel();
    }
    session = s;
    pca.set(null);
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
    if (tsne.projection() != null && !tsne.runningProperty().get()) {
      projection.set(tsne.projection());
    } else if (!tsne.runningProperty().get()) {
      runTsne(perplexity);
    }
  }

  /** The scatter shows the UMAP embedding, computing it with umap-learn's defaults when there is none. */
  public void showUmap() {
    view.set(View.UMAP);
    if (umap.projection() != null && !umap.runningProperty().get()) {
      projection.set(umap.projection());
    } else if (!umap.runningProperty().get()) {
      runUmap(Umap.Options.defaults());
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
    ModelSession s = session;
    if (s == null || tsne.runningProperty().get()) {
      return;
    }
    view.set(View.TSNE);
    int k = components > 0 && components < s.latentSize() ? components : s.latentSize();
    Pca fitted = pca.get();
    String name =
        String.format(Locale.ROOT, "t-SNE (perplexity %.0f%s)", options.perplexity(),
            k < s.latentSize() ? ", first " + k + " PCs" : "");
    tsne.start(
        s, name,
        partial ->
            {
              EmbeddingInput in = EmbeddingInput.of(s.encoding().means(), s.latentSize(), k, fitted);
              return Tsne.embed(in.points(), in.dims(), options, partial::report);
            },
        p -> show(View.TSNE, p),
        () -> showLatentAxes(0, Math.min(1, s.latentSize() - 1)));
  }

  /** Starts UMAP of the scatter's items; the scatter follows the embedding as it forms. */
  public void runUmap(Umap.Options options) {
    ModelSession s = session;
    if (s == null || umap.runningProperty().get()) {
      return;
    }
    view.set(View.UMAP);
    String name =
        String.format(Locale.ROOT, "UMAP (%d neighbours, min_dist %.2f)", options.neighbours(), options.minDist());
    umap.start(
        s, name,
        partial -> {
          EmbeddingInput in = EmbeddingInput.of(s.encoding().means(), s.latentSize(), 0, null);
          return Umap.embed(in.points(), in.dims(), options, partial::report);
        },
        p -> show(View.UMAP, p),
        () -> showLatentAxes(0, Math.min(1, s.latentSize() - 1)));
  }

  private void show(View which, EmbeddingProjection p) {
    if (view.get() == which) {
      projection.set(p);
    }
  }

  /** Stops a running t-SNE; the scatter keeps the embedding reached so far. */
  public void cancelTsne() {
    tsne.cancel();
  }

  /** Stops a running UMAP; the scatter keeps the embedding reached so far. */
  public void cancelUmap() {
    umap.cancel();
  }

  /** Seconds the last t-SNE took. */
  public double tsneSeconds() {
    return tsne.seconds();
  }

  /** Seconds the last UMAP took. */
  public double umapSeconds() {
    return umap.seconds();
  }

  /** The views offered for a latent size (PCA, t-SNE and UMAP only above two dimensions). */
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
    return tsne.resultProperty();
  }

  public ReadOnlyDoubleProperty tsneProgressProperty() {
    return tsne.progressProperty();
  }

  public ReadOnlyBooleanProperty tsneRunningProperty() {
    return tsne.runningProperty();
  }

  public ReadOnlyObjectProperty<float[]> umapProperty() {
    return umap.resultProperty();
  }

  public ReadOnlyDoubleProperty umapProgressProperty() {
    return umap.progressProperty();
  }

  public ReadOnlyBooleanProperty umapRunningProperty() {
    return umap.runningProperty();
  }
}
