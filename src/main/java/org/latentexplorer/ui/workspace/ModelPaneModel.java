package org.latentexplorer.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Sampling;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.common.task.TaskExecutor;
import org.latentexplorer.ui.workspace.projection.ProjectionModel;
import org.latentexplorer.ui.workspace.strip.StripPane;

/**
 * The state of one model in the window: the loaded session, the current latent point z and the
 * decode that answers the newest request for it, the selected data item with its reconstruction,
 * what the scatter shows, and the interpolation path drawn on it. Read and written on the UI
 * thread; DJL work goes to the model's engine through {@link BackgroundTask}s.
 *
 * <p>Invariant: when {@link #decodePendingProperty()} is false, {@link #decodedProperty()} holds
 * the decode of exactly {@link #z()}.
 */
public final class ModelPaneModel implements StripPane {

  private final String role;
  private final TaskExecutor tasks;
  private final StatusSink status;
  private final ReadOnlyObjectWrapper<ModelSession> session = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<float[]> z = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<DecodedImage> decoded = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper decodePending = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyObjectWrapper<float[]> reconstruction = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty samplePosterior = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<float[][]> path = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper allData = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper installing = new ReadOnlyBooleanWrapper(false);
  private final Random random = new Random(20_13);
  private final ProjectionModel projection;
  private final PaneAnalysis analysis;
  private final Bookmarks bookmarks = new Bookmarks();
  private final Selections selections = new Selections();
  /** Each model's bookmarks while another model is shown, by model folder. */
  private final java.util.Map<Path, List<Bookmarks.Bookmark>> keptBookmarks = new java.util.HashMap<>();
  private final ZHistory history = new ZHistory(this);
  private final NewestRequest decodes = new NewestRequest();
  private final ModelLoads loads;

  /**
   * @param role a short name for node ids ("main" or "compare")
   * @param tasks where background work runs
   * @param opener how a model folder is opened
   * @param status where progress and errors go
   */
  public ModelPaneModel(String role, TaskExecutor tasks, SessionOpener opener, StatusSink status) {
    this.role = role;
    this.tasks = tasks;
    this.status = status;
    this.projection = new ProjectionModel(tasks, status);
    this.analysis = new PaneAnalysis(this, tasks, status);
    this.loads = new ModelLoads(tasks, opener, status, opened -> install(opened, false), this::currentName);
  }

  public String role() {
    return role;
  }

  /** What the scatter shows (latent axes, PCA, t-SNE, UMAP). */
  public TaskExecutor tasks() {
    return tasks;
  }

  public ProjectionModel projection() {
    return projection;
  }

  /** Named latent points of this model. */
  public Bookmarks bookmarks() {
    return bookmarks;
  }

  /** Groups of items chosen on this model's scatter; they go when the model or its data changes. */
  public Selections selections() {
    return selections;
  }

  /** Keeps the items inside a loop drawn on the scatter as the next selection, and says so. */
  public void addSelection(int[] items, float[] loop) {
    if (session.get() != null) {
      status.show(selections.addDrawn(items, loop, projection.projection(), session.get().data()), -2);
    }
  }

  /** Back and forward through this model's z. */
  public ZHistory history() {
    return history;
  }

  /** The prior samples and manifold grid drawn on this model's scatter. */
  public PaneAnalysis analysis() {
    return analysis;
  }

  /**
   * Loads a model folder in the background; on success it replaces the current model (which is
   * closed), on failure the current model stays and {@code onFailure} hears why. A newer load
   * supersedes an older one that has not finished; opening the folder being loaded waits for it.
   */
  public void open(Path folder, Runnable onSuccess, java.util.function.Consumer<Throwable> onFailure) {
    loads.open(folder, onSuccess, onFailure);
  }

  /**
   * Shows every item of the model's data set (training and held-out together), or only the
   * held-out set again; the model stays.
   */
  public void showAllData(boolean all, Runnable onDone) {
    ModelSession s = session.get();
    if (s == null) {
      return;
    }
    NewestRequest.Request request = loads.next();
    BackgroundTask.of(
            (all ? "All items of " : "Held-out items of ") + s.name(),
            progress -> {
              ImageSet data =
                  all
                      ? s.allData()
                      : DatasetCatalog.loadForExploring(
                          s.description().data().name(),
                          new DataOptions(s.engine().inputShape().height(), 0));
              return s.withData(data, progress::report);
            })
        .onProgress((message, fraction) -> status.show(s.name() + ": " + message, fraction))
        .onSuccess(
            next -> {
              if (request.isNewest() && session.get() == s) {
                install(next, all);
                onDone.run();
              }
            })
        .onFailure(e -> status.error("Could not load all the data of " + s.name() + ": " + BackgroundTask.message(e)))
        .executeWith(tasks);
  }

  private String currentName() {
    return session.get() == null ? "no model" : session.get().name();
  }

  /**
   * Puts a new session in place. Listeners of z and the projection see {@link #isInstalling()}
   * true while the pieces change one by one; the session changes last, when all agree. Bookmarks
   * belong to their model: the old model's are kept and the new model's (if it was shown before)
   * come back.
   */
  private void install(ModelSession opened, boolean all) {
    ModelSession old = session.get();
    installing.set(true);
    try {
      selected.set(-1);
      reconstruction.set(null);
      path.set(null);
      decoded.set(null);
      z.set(opened.statistics().centre());
      projection.reset(opened);
      analysis.reset(opened);
      selections.reset();
      allData.set(all);
      if (old == null || old.engine() != opened.engine()) {
        if (old != null) {
          keptBookmarks.put(old.folder().toAbsolutePath().normalize(), List.copyOf(bookmarks.items()));
        }
        bookmarks.setAll(keptBookmarks.getOrDefault(opened.folder().toAbsolutePath().normalize(), List.of()));
        history.clear();
      }
      session.set(opened);
    } finally {
      installing.set(false);
    }
    status.device(opened.engine().deviceName());
    opened.engine().hearNotes(note -> tasks.post(() -> {
      status.device(opened.engine().deviceName());
      status.show(note, -2);
    }));
    status.show(
        String.format(Locale.ROOT, "Ready: %s, %,d items", opened.name(), opened.data().size()), -2);
    List<String> warnings = opened.description().warnings();
    if (!warnings.isEmpty()) {
      status.error(opened.folder() + ": " + String.join("; ", warnings));
    }
    setZ(opened.statistics().centre());
    if (old != null && old.engine() != opened.engine()) {
      old.close();
    }
  }

  /** Moves to a latent point and decodes it; only the newest request's decode is shown. */
  @Override
  public void setZ(float[] point) {
    ModelSession s = session.get();
    if (s == null || point == null || point.length != s.latentSize()) {
      return;
    }
    float[] copy = point.clone();
    z.set(copy);
    NewestRequest.Request request = decodes.next();
    decodePending.set(true);
    BackgroundTask.ofFuture("Decoding", p -> s.engine().decodeLatest(copy))
        .onSuccess(
            pixels -> {
              if (request.isNewest() && session.get() == s) {
                decoded.set(new DecodedImage(request.number(), copy, pixels));
                decodePending.set(false);
              }
            })
        .onFailure(
            e -> {
              if (request.isNewest() && session.get() == s) {
                decodePending.set(false);
                status.error("Decoding in " + s.name() + " failed: " + BackgroundTask.message(e));
              }
            })
        .executeWith(tasks);
  }

  /** Selects a data item (or none with -1): z moves to its encoding, its reconstruction follows. */
  public void select(int index) {
    ModelSession s = session.get();
    if (s == null) {
      return;
    }
    if (index < 0 || index >= s.data().size()) {
      selected.set(-1);
      reconstruction.set(null);
      return;
    }
    reconstruction.set(null);
    selected.set(index);
    setZ(encodingOf(index));
    BackgroundTask.ofFuture("Reconstruction", p -> s.engine().decode(s.encoding().mean(index)))
        .onSuccess(
            pixels -> {
              if (selected.get() == index && session.get() == s) {
                reconstruction.set(pixels);
              }
            })
        .onFailure(e -> status.error("Reconstruction in " + s.name() + " failed: " + BackgroundTask.message(e)))
        .executeWith(tasks);
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

  /** A click on an empty place of the scatter: no selection, z there. */
  public void clickAt(double x, double y) {
    if (session.get() == null) {
      return;
    }
    float[] target = latentAt(x, y);
    select(-1);
    setZ(target);
  }

  /**
   * The latent point at a place of the scatter, other dimensions from the current z; for a
   * projection that cannot be inverted, the encoding of the nearest data item.
   */
  public float[] latentAt(double x, double y) {
    Projection p = projection.projection();
    float[] current = z.get();
    float[] latent = p.latentAt(x, y, current);
    if (latent != null) {
      return latent;
    }
    int nearest = projection.nearestItem(x, y);
    return nearest >= 0 ? encodingOf(nearest) : current;
  }

  @Override
  public void showPath(float[][] points) {
    path.set(points);
  }

  public void close() {
    projection.cancelAll();
    if (session.get() != null) {
      session.get().close();
    }
  }

  public ReadOnlyObjectProperty<ModelSession> sessionProperty() {
    return session.getReadOnlyProperty();
  }

  @Override
  public ModelSession session() {
    return session.get();
  }

  /** Whether the pane shows the model of this folder. */
  public boolean shows(java.nio.file.Path folder) {
    ModelSession s = session.get();
    return s != null && s.folder().toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize());
  }

  @Override
  public ReadOnlyObjectProperty<float[]> zProperty() {
    return z.getReadOnlyProperty();
  }

  @Override
  public float[] z() {
    return z.get() == null ? null : z.get().clone();
  }

  /** The decode answering the newest request, with that request's z. */
  public ReadOnlyObjectProperty<DecodedImage> decodedProperty() {
    return decoded.getReadOnlyProperty();
  }

  /** True from a new z until its decode is shown. */
  public ReadOnlyBooleanProperty decodePendingProperty() {
    return decodePending.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public int selected() {
    return selected.get();
  }

  public ReadOnlyObjectProperty<float[]> reconstructionProperty() {
    return reconstruction.getReadOnlyProperty();
  }

  public BooleanProperty samplePosteriorProperty() {
    return samplePosterior;
  }

  /** The latent points of the interpolation drawn on the scatter; or null. */
  public ReadOnlyObjectProperty<float[][]> pathProperty() {
    return path.getReadOnlyProperty();
  }

  /** Whether the scatter shows the training and held-out sets together. */
  public ReadOnlyBooleanProperty allDataProperty() {
    return allData.getReadOnlyProperty();
  }

  /** True while a new session is being put in place (its pieces may disagree for a moment). */
  public boolean isInstalling() {
    return installing.get();
  }
}
