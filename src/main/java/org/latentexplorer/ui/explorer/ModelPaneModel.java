package org.latentexplorer.ui.explorer;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Sampling;
import org.latentexplorer.ui.Fx;

/**
 * The state of one model in the window: the loaded session, the current latent point z and its
 * decode, the selected data item with its reconstruction, and how the scatter projects the
 * latent space. Everything here is read and written on the FX thread; DJL work goes to the
 * model's engine and comes back through {@link Fx}.
 */
public final class ModelPaneModel {

  private final String role;
  private final Executor loader;
  private final StatusSink status;
  private final ReadOnlyObjectWrapper<ModelSession> session = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<float[]> z = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<float[]> decoded = new ReadOnlyObjectWrapper<>();
  private final IntegerProperty selected = new SimpleIntegerProperty(-1);
  private final ReadOnlyObjectWrapper<float[]> reconstruction = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty samplePosterior = new SimpleBooleanProperty(false);
  private final ObjectProperty<Projection> projection = new SimpleObjectProperty<>();
  private final ReadOnlyIntegerWrapper decodesInFlight = new ReadOnlyIntegerWrapper();
  private final ObjectProperty<float[][]> path = new SimpleObjectProperty<>();
  private final Random random = new Random(20_13);
  private final PaneAnalysis analysis;
  private final BooleanProperty allData = new SimpleBooleanProperty(false);
  private boolean selecting;

  /**
   * @param role a short name for node ids ("main" or "compare")
   * @param loader where slow loading runs (never the FX thread)
   * @param analyses where analyses run (t-SNE, prior coverage, manifold grids)
   * @param status where progress and errors go
   */
  public ModelPaneModel(String role, Executor loader, Executor analyses, StatusSink status) {
    this.role = role;
    this.loader = loader;
    this.status = status;
    this.analysis = new PaneAnalysis(this, analyses, status);
    selected.addListener((obs, was, now) -> onSelected(now.intValue()));
  }

  /** The analyses that draw into this model's scatter. */
  public PaneAnalysis analysis() {
    return analysis;
  }

  /**
   * Shows every item of the model's data set (training and held-out together), or only the
   * held-out set again.
   */
  public CompletableFuture<ModelSession> showAllData(boolean all) {
    ModelSession s = session.get();
    if (s == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no model"));
    }
    CompletableFuture<ModelSession> done = new CompletableFuture<>();
    CompletableFuture.supplyAsync(
            () -> {
              try {
                ImageSet data =
                    all
                        ? s.allData()
                        : DatasetCatalog.loadForExploring(
                            s.description().data().name(),
                            new DataOptions(s.engine().inputShape().height(), 0));
                return s.withData(data, (m, f) -> Fx.run(() -> status.show(m, f)));
              } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
              }
            },
            loader)
        .whenComplete(
            (next, error) ->
                Fx.run(
                    () -> {
                      if (error != null) {
                        status.error("Could not load all the data: " + Fx.message(error));
                        done.completeExceptionally(error);
                      } else if (session.get() == s) {
                        install(next);
                        allData.set(all);
                        done.complete(next);
                      }
                    }));
    return done;
  }

  public String role() {
    return role;
  }

  /**
   * Loads a model folder in the background; on success it replaces the current model (which is
   * closed), on failure the current model stays and the future fails with the reason.
   */
  /** Whether the scatter shows the training and held-out sets together. */
  public BooleanProperty allDataProperty() {
    return allData;
  }

  public CompletableFuture<ModelSession> open(Path folder) {
    CompletableFuture<ModelSession> done = new CompletableFuture<>();
    status.show("Loading " + folder.getFileName(), -1);
    CompletableFuture.supplyAsync(
            () -> {
              try {
                return ModelSession.open(
                    folder, (message, fraction) -> Fx.run(() -> status.show(message, fraction)));
              } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
              }
            },
            loader)
        .whenComplete(
            (opened, error) ->
                Fx.run(
                    () -> {
                      if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        status.show("Kept " + currentName(), -2);
                        done.completeExceptionally(cause);
                        return;
                      }
                      install(opened);
                      allData.set(false);
                      done.complete(opened);
                    }));
    return done;
  }

  private String currentName() {
    return session.get() == null ? "no model" : session.get().name();
  }

  private void install(ModelSession opened) {
    ModelSession old = session.get();
    selecting = true;
    selected.set(-1);
    selecting = false;
    reconstruction.set(null);
    path.set(null);
    int dims = opened.latentSize();
    projection.set(
        new AxisProjection(opened.encoding().means(), dims, 0, Math.min(1, dims - 1)));
    session.set(opened);
    status.device(opened.engine().deviceName());
    status.show(
        String.format(java.util.Locale.ROOT, "Ready: %s, %,d items", opened.name(), opened.data().size()),
        -2);
    setZ(opened.statistics().centre());
    if (old != null && old.engine() != opened.engine()) {
      old.close();
    }
  }

  /** Moves to a latent point and decodes it ("latest wins" while a control is dragged). */
  public void setZ(float[] point) {
    ModelSession s = session.get();
    if (s == null || point == null || point.length != s.latentSize()) {
      return;
    }
    float[] copy = point.clone();
    z.set(copy);
    decodesInFlight.set(decodesInFlight.get() + 1);
    s.engine()
        .decodeLatest(copy)
        .whenComplete(
            (pixels, error) ->
                Fx.run(
                    () -> {
                      decodesInFlight.set(decodesInFlight.get() - 1);
                      if (pixels != null && session.get() == s) {
                        decoded.set(pixels);
                      } else if (error != null
                          && !(error instanceof java.util.concurrent.CancellationException)) {
                        status.error("Decoding failed: " + Fx.message(error));
                      }
                    }));
  }

  /** Selects a data item: z moves to its encoding (the mean, or a sample of q(z|x)). */
  public void select(int index) {
    if (selected.get() == index) {
      onSelected(index);
    } else {
      selected.set(index);
    }
  }

  private void onSelected(int index) {
    ModelSession s = session.get();
    if (selecting || s == null) {
      return;
    }
    if (index < 0 || index >= s.data().size()) {
      reconstruction.set(null);
      return;
    }
    selecting = true;
    try {
      setZ(encodingOf(index));
      Fx.whenDone(
          s.engine().decode(s.encoding().mean(index)),
          pixels -> {
            if (selected.get() == index && session.get() == s) {
              reconstruction.set(pixels);
            }
          },
          error -> status.error("Reconstruction failed: " + Fx.message(error)));
    } finally {
      selecting = false;
    }
  }

  /** Item {@code index}'s latent point: its mean, or a draw from q(z|x) when asked for. */
  public float[] encodingOf(int index) {
    Encoding e = session.get().encoding();
    if (samplePosterior.get() && e.logVariances() != null) {
      return Sampling.posterior(random, e.mean(index), e.logVariance(index));
    }
    return e.mean(index);
  }

  /** z from the prior N(0, I). */
  public void samplePrior() {
    if (session.get() != null) {
      setZ(Sampling.prior(random, session.get().latentSize()));
    }
  }

  /** z back to the centre of the encoded data. */
  public void reset() {
    if (session.get() != null) {
      setZ(session.get().statistics().centre());
    }
  }

  /** z to the selected item's encoding again (a new sample when sampling q(z|x)). */
  public void useSelection() {
    if (selected.get() >= 0 && session.get() != null) {
      setZ(encodingOf(selected.get()));
    }
  }

  /** Shows two latent dimensions on the scatter's axes. */
  public void showAxes(int dimX, int dimY) {
    ModelSession s = session.get();
    if (s != null) {
      projection.set(new AxisProjection(s.encoding().means(), s.latentSize(), dimX, dimY));
    }
  }

  /**
   * The latent point at a place of the scatter, other dimensions from the current z; for a
   * projection that cannot be inverted, the encoding of the nearest data item.
   */
  public float[] latentAt(double x, double y) {
    Projection p = projection.get();
    float[] current = z.get();
    float[] latent = p.latentAt(x, y, current);
    if (latent != null) {
      return latent;
    }
    int nearest = nearestItem(x, y);
    return nearest >= 0 ? encodingOf(nearest) : current;
  }

  /** The data item whose scatter point is nearest a place, in scatter units. */
  public int nearestItem(double x, double y) {
    float[] xy = projection.get().coordinates();
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

  public void close() {
    if (session.get() != null) {
      session.get().close();
    }
  }

  public ReadOnlyObjectProperty<ModelSession> sessionProperty() {
    return session.getReadOnlyProperty();
  }

  public ModelSession session() {
    return session.get();
  }

  public ReadOnlyObjectProperty<float[]> zProperty() {
    return z.getReadOnlyProperty();
  }

  public float[] z() {
    return z.get() == null ? null : z.get().clone();
  }

  public ReadOnlyObjectProperty<float[]> decodedProperty() {
    return decoded.getReadOnlyProperty();
  }

  public IntegerProperty selectedProperty() {
    return selected;
  }

  public ReadOnlyObjectProperty<float[]> reconstructionProperty() {
    return reconstruction.getReadOnlyProperty();
  }

  public BooleanProperty samplePosteriorProperty() {
    return samplePosterior;
  }

  public ObjectProperty<Projection> projectionProperty() {
    return projection;
  }

  /** The latent points of the interpolation shown in the strip, drawn on the scatter; or null. */
  public ObjectProperty<float[][]> pathProperty() {
    return path;
  }

  /** Decodes asked for and not yet shown: 0 when the image on screen is the decode of z. */
  public ReadOnlyIntegerProperty decodesInFlightProperty() {
    return decodesInFlight.getReadOnlyProperty();
  }
}
