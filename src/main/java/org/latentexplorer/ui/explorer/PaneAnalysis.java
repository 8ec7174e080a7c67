package org.latentexplorer.ui.explorer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentexplorer.analysis.CoverageResult;
import org.latentexplorer.analysis.ManifoldGrid;
import org.latentexplorer.analysis.PcaSummary;
import org.latentexplorer.analysis.TsneRun;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Tsne;
import org.latentexplorer.latent.TsneProjection;
import org.latentexplorer.ui.Fx;

/**
 * The analyses of one model that reach into its scatter: the PCA and t-SNE projections, the prior
 * samples drawn over it, and a decoded manifold grid drawn under it. Long work runs on the
 * analysis executor; results come back on the FX thread; t-SNE shows its embedding as it forms
 * and can be cancelled.
 */
public final class PaneAnalysis {

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

  private final ModelPaneModel pane;
  private final Executor executor;
  private final StatusSink status;
  private final ObjectProperty<Pca> pca = new SimpleObjectProperty<>();
  private final ObjectProperty<float[]> tsne = new SimpleObjectProperty<>();
  private final DoubleProperty tsneProgress = new SimpleDoubleProperty(-1);
  private final BooleanProperty tsneRunning = new SimpleBooleanProperty(false);
  private final ObjectProperty<CoverageResult> coverage = new SimpleObjectProperty<>();
  private final BooleanProperty showCoverage = new SimpleBooleanProperty(false);
  private final ObjectProperty<ManifoldGrid> manifold = new SimpleObjectProperty<>();
  private final BooleanProperty manifoldUnder = new SimpleBooleanProperty(false);
  private final ObjectProperty<View> view = new SimpleObjectProperty<>(View.LATENT_AXES);
  private volatile boolean cancelTsne;
  private double tsneSeconds;

  PaneAnalysis(ModelPaneModel pane, Executor executor, StatusSink status) {
    this.pane = pane;
    this.executor = executor;
    this.status = status;
    pane.sessionProperty().addListener((o, old, s) -> reset(s));
  }

  private void reset(ModelSession s) {
    cancelTsne = true;
    pca.set(null);
    tsne.set(null);
    tsneProgress.set(-1);
    coverage.set(null);
    manifold.set(null);
    view.set(View.LATENT_AXES);
    if (s != null && s.latentSize() > 1) {
      CompletableFuture.supplyAsync(() -> PcaSummary.of(s.encoding()), executor)
          .thenAccept(p -> Fx.run(() -> {
            if (pane.session() == s) {
              pca.set(p);
            }
          }));
    }
  }

  /** Runs work on the analysis executor, reporting start and failure in the status bar. */
  public <T> CompletableFuture<T> run(String what, Callable<T> work) {
    Fx.run(() -> status.show(what + "...", -1));
    CompletableFuture<T> f =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return work.call();
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new CompletionException(e);
              }
            },
            executor);
    f.whenComplete(
        (v, e) ->
            Fx.run(
                () -> {
                  if (e == null) {
                    status.show(what + ": done", -2);
                  } else if (!(e.getCause() instanceof java.util.concurrent.CancellationException)) {
                    status.error(what + " failed: " + Fx.message(e));
                  } else {
                    status.show(what + ": cancelled", -2);
                  }
                }));
    return f;
  }

  /** The scatter shows latent dimensions {@code x} and {@code y}. */
  public void showLatentAxes(int x, int y) {
    view.set(View.LATENT_AXES);
    pane.showAxes(x, y);
  }

  /** The scatter shows principal axes {@code a} and {@code b} (0-based). */
  public void showPca(int a, int b) {
    ModelSession s = pane.session();
    if (s == null || pca.get() == null) {
      return;
    }
    view.set(View.PCA);
    pane.projectionProperty().set(new PcaProjection(pca.get(), s.encoding().means(), a, b));
  }

  /** The scatter shows the t-SNE embedding, computing it first when there is none. */
  public void showTsne(double perplexity) {
    view.set(View.TSNE);
    if (tsne.get() != null && !tsneRunning.get()) {
      pane.projectionProperty().set(new TsneProjection(tsne.get(), tsneName(perplexity)));
    } else if (!tsneRunning.get()) {
      runTsne(perplexity);
    }
  }

  private static String tsneName(double perplexity) {
    return String.format(java.util.Locale.ROOT, "t-SNE (perplexity %.0f)", perplexity);
  }

  /** Starts t-SNE of the scatter's items; the scatter follows the embedding as it forms. */
  public void runTsne(double perplexity) {
    ModelSession s = pane.session();
    if (s == null || tsneRunning.get()) {
      return;
    }
    cancelTsne = false;
    tsneRunning.set(true);
    tsneProgress.set(0);
    view.set(View.TSNE);
    long start = System.nanoTime();
    Tsne.Options options = new Tsne.Options(perplexity, 1000, 0.5, 0);
    String name = tsneName(perplexity);
    run(
            String.format(java.util.Locale.ROOT, "t-SNE of %,d items", s.encoding().count()),
            () ->
                TsneRun.embed(
                    s.encoding().means(), s.latentSize(), options,
                    (it, total, y) -> {
                      Fx.run(
                          () -> {
                            if (pane.session() != s || cancelTsne) {
                              return;
                            }
                            tsneProgress.set((double) it / total);
                            tsne.set(y);
                            status.show(
                                String.format(
                                    java.util.Locale.ROOT, "t-SNE: iteration %d of %d", it, total),
                                (double) it / total);
                            if (view.get() == View.TSNE) {
                              pane.projectionProperty().set(new TsneProjection(y, name));
                            }
                          });
                      return !cancelTsne && pane.session() == s;
                    }))
        .whenComplete(
            (y, e) ->
                Fx.run(
                    () -> {
                      tsneRunning.set(false);
                      tsneSeconds = (System.nanoTime() - start) / 1e9;
                      if (y != null && pane.session() == s) {
                        tsne.set(y);
                        tsneProgress.set(1);
                        if (view.get() == View.TSNE) {
                          pane.projectionProperty().set(new TsneProjection(y, name));
                        }
                      } else if (pane.session() == s && !isCancellation(e)) {
                        tsneProgress.set(-1);
                        tsne.set(null);
                        view.set(View.LATENT_AXES);
                        pane.showAxes(0, Math.min(1, s.latentSize() - 1));
                      }
                    }));
  }

  private static boolean isCancellation(Throwable e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof java.util.concurrent.CancellationException) {
        return true;
      }
      t = t.getCause();
    }
    return false;
  }

  /** Stops a running t-SNE; the scatter keeps the embedding reached so far. */
  public void cancelTsne() {
    cancelTsne = true;
  }

  /** Seconds the last t-SNE took. */
  public double tsneSeconds() {
    return tsneSeconds;
  }

  /** Draws prior samples and measures where they land; the scatter shows them. */
  public CompletableFuture<CoverageResult> measureCoverage(int samples, long seed) {
    ModelSession s = pane.session();
    if (s == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no model"));
    }
    CompletableFuture<CoverageResult> f =
        run(
            "Prior coverage", () -> CoverageResult.run(s.engine(), s.encoding(), samples, seed));
    f.thenAccept(r -> Fx.run(() -> {
      if (pane.session() == s) {
        coverage.set(r);
      }
    }));
    return f;
  }

  /** Decodes a manifold grid over a window of a 2-D latent plane. */
  public CompletableFuture<ManifoldGrid> decodeManifold(double[] window, int n, boolean quantiles) {
    ModelSession s = pane.session();
    if (s == null || s.latentSize() != 2) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("a manifold grid needs a 2-D latent"));
    }
    CompletableFuture<ManifoldGrid> f =
        run(
            "Manifold grid", () -> ManifoldGrid.run(s.engine(), window, n, quantiles));
    f.thenAccept(g -> Fx.run(() -> {
      if (pane.session() == s) {
        manifold.set(g);
      }
    }));
    return f;
  }

  public ObjectProperty<Pca> pcaProperty() {
    return pca;
  }

  public ObjectProperty<float[]> tsneProperty() {
    return tsne;
  }

  public DoubleProperty tsneProgressProperty() {
    return tsneProgress;
  }

  public BooleanProperty tsneRunningProperty() {
    return tsneRunning;
  }

  public ObjectProperty<CoverageResult> coverageProperty() {
    return coverage;
  }

  public BooleanProperty showCoverageProperty() {
    return showCoverage;
  }

  public ObjectProperty<ManifoldGrid> manifoldProperty() {
    return manifold;
  }

  public BooleanProperty manifoldUnderProperty() {
    return manifoldUnder;
  }

  public ObjectProperty<View> viewProperty() {
    return view;
  }

  public ModelPaneModel pane() {
    return pane;
  }

  /** The views offered for a latent size (PCA and t-SNE only above two dimensions). */
  public static List<View> viewsFor(int latentSize) {
    return latentSize > 2 ? List.of(View.values()) : List.of(View.LATENT_AXES);
  }
}
