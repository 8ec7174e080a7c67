package org.latentexplorer.ui.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.OutputFolder;
import org.latentexplorer.latent.SteadyProjection;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.SettingChange;
import org.latentexplorer.train.LiveTraining;
import org.latentexplorer.train.StepRecord;
import org.latentexplorer.train.TrainingOptions;
import org.latentexplorer.train.TrainingRun;
import org.latentexplorer.train.TrainingSnapshot;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.common.task.TaskExecutor;

/**
 * The Train tab's state: one live training (one model, or an AE and a VAE side by side) with
 * Start, Pause, Resume, Stop and a live change of beta; what the training thread says reaches the
 * window through one inbox a run and is taken in by {@link #poll} on the FX thread, at most as
 * often as the view asks (latest wins for pictures, nothing lost for curves).
 */
public final class TrainModel {

  /** Where a training is. */
  public enum State { IDLE, LOADING, RUNNING, PAUSED, STOPPING, FINISHED, FAILED }

  /** How often a running model is pictured. */
  public static final long SNAPSHOT_MILLIS = 400;

  private final TaskExecutor tasks;
  private final StatusSink status;
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
  private final ObservableList<RunState> runs = FXCollections.observableArrayList();
  private final ObjectProperty<Path> modelsRoot = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<List<Path>> written = new ReadOnlyObjectWrapper<>(List.of());
  private final List<LiveInbox> inboxes = new ArrayList<>();
  private Consumer<Path> onCheckpoint = p -> {};
  private LiveTraining live;
  private final NewestRequest runsStarted = new NewestRequest();
  private float[] pictured = new float[0];
  private List<String> classNames = List.of();

  public TrainModel(TaskExecutor tasks, StatusSink status, Path modelsRoot) {
    this.tasks = tasks;
    this.status = status;
    this.modelsRoot.set(modelsRoot);
  }

  /** Called on the FX thread with a model folder each time a checkpoint of it is written. */
  public void setOnCheckpoint(Consumer<Path> action) {
    onCheckpoint = action;
  }

  /**
   * Starts training: reads the data in the background, then trains one model with {@code options},
   * or, {@code sideBySide}, an AE and a VAE with the same data, seed and architecture.
   *
   * @param name the model folder's name in the models folder, to which "-ae" or "-vae" is added
   *     (and a number when the folder exists)
   */
  public void start(TrainingOptions options, String name, boolean sideBySide) {
    if (state.get() == State.LOADING || state.get() == State.RUNNING || state.get() == State.PAUSED
        || state.get() == State.STOPPING) {
      return;
    }
    NewestRequest.Request id = runsStarted.next();
    state.set(State.LOADING);
    runs.clear();
    inboxes.clear();
    written.set(List.of());
    status.show("Reading " + options.data() + "...", -1);
    Path root = modelsRoot.get();
    BackgroundTask.of(
            "Reading " + options.data(),
            p -> {
              OutputFolder.refuseInstallation(root);
              OutputFolder.checkWritable(root);
              DataSplit split = DatasetCatalog.loadSplit(options.data(), DataOptions.defaults());
              List<LiveTraining.Setup> setups = new ArrayList<>();
              List<String> names = new ArrayList<>();
              if (sideBySide) {
                for (ModelKind kind : new ModelKind[] {ModelKind.AE, ModelKind.VAE}) {
                  String n = freeName(root, name + "-" + kind.name().toLowerCase(java.util.Locale.ROOT));
                  names.add(n);
                  setups.add(new LiveTraining.Setup(split, with(options, kind, root.resolve(n))));
                }
              } else {
                String n = freeName(root, name + "-" + options.kind().name().toLowerCase(java.util.Locale.ROOT));
                names.add(n);
                setups.add(new LiveTraining.Setup(split, with(options, options.kind(), root.resolve(n))));
              }
              return new Prepared(split, setups, names);
            })
        .onSuccess(prepared -> begin(id, prepared, options))
        .onFailure(
            e -> {
              if (id.isNewest()) {
                state.set(State.FAILED);
                status.error("Cannot train on " + options.data() + ": " + BackgroundTask.message(e));
              }
            })
        .executeWith(tasks);
  }

  private record Prepared(DataSplit split, List<LiveTraining.Setup> setups, List<String> names) {}

  private static TrainingOptions with(TrainingOptions o, ModelKind kind, Path out) {
    return o.toBuilder().kind(kind).out(out).build();
  }

  /** {@code name}, or {@code name-2}, {@code name-3}, ... where that folder exists. */
  static String freeName(Path root, String name) {
    String n = name;
    for (int k = 2; Files.exists(root.resolve(n)); k++) {
      n = name + "-" + k;
    }
    return n;
  }

  private void begin(NewestRequest.Request id, Prepared prepared, TrainingOptions options) {
    if (!id.isNewest()) {
      return;
    }
    ImageSet heldOut = prepared.split().heldOut();
    ImageSet subset =
        heldOut.subset(ProbeMaker.balancedSubset(heldOut, ProbeMaker.SUBSET, options.seed()));
    InputShape shape = new InputShape(subset.channels(), subset.height(), subset.width());
    pictured = subset.pixels();
    classNames = subset.classNames();
    int n = prepared.split().train().size();
    int batches = (n + Math.min(options.batchSize(), n) - 1) / Math.min(options.batchSize(), n);
    List<SteadyProjection> planes = new ArrayList<>();
    for (int i = 0; i < prepared.setups().size(); i++) {
      boolean vae = prepared.setups().get(i).options().kind() == ModelKind.VAE;
      runs.add(new RunState(prepared.names().get(i), vae, subset.labels(), shape, (long) batches * options.epochs()));
      inboxes.add(new LiveInbox());
      planes.add(new SteadyProjection());
    }
    live = new LiveTraining(new Listener(id, planes, prepared), ProbeMaker.probe(subset, options.latentSize(), options.seed()), SNAPSHOT_MILLIS, trainingThreads());
    state.set(State.RUNNING);
    status.show("Training " + String.join(" and ", prepared.names()), -1);
    live.start(prepared.setups());
  }

  /** Hears the training thread: into the inboxes, and the rare events posted to the FX thread. */
  private final class Listener implements LiveTraining.Listener {
    private final NewestRequest.Request id;
    private final List<SteadyProjection> planes;
    private final Prepared prepared;

    Listener(NewestRequest.Request id, List<SteadyProjection> planes, Prepared prepared) {
      this.id = id;
      this.planes = planes;
      this.prepared = prepared;
    }

    @Override
    public void onStart(int run, TrainingRun details) {}

    @Override
    public void onStep(int run, StepRecord step) {
      inboxes.get(run).step(step);
    }

    @Override
    public void onEpoch(int run, EpochRecord epoch) {
      inboxes.get(run).epoch(epoch);
      planes.get(run).refitNext();
      Path folder = prepared.setups().get(run).options().out();
      tasks.post(() -> {
        if (id.isNewest()) {
          onCheckpoint.accept(folder);
        }
      });
    }

    @Override
    public void onSnapshot(int run, TrainingSnapshot s) {
      float[] xy = planes.get(run).project(s.means(), s.latentSize());
      inboxes.get(run).picture(new LiveInbox.Picture(s.step(), s.epoch(), xy, s.decodes(), s.reconstructions()));
    }

    @Override
    public void onChange(int run, SettingChange change) {
      inboxes.get(run).change(change);
    }

    @Override
    public void onNote(int run, String message) {
      tasks.post(() -> status.show(message, -2));
    }

    @Override
    public void onEnd(List<ModelDescription> last, Throwable error, boolean stopped) {
      List<Path> folders = new ArrayList<>();
      for (int i = 0; i < last.size(); i++) {
        if (last.get(i) != null) {
          folders.add(prepared.setups().get(i).options().out());
        }
      }
      tasks.post(() -> {
        if (!id.isNewest()) {
          return;
        }
        poll();
        written.set(List.copyOf(folders));
        if (error != null) {
          state.set(State.FAILED);
          status.error("Training failed: " + BackgroundTask.message(error));
          runs.forEach(r -> r.finished("failed: " + BackgroundTask.message(error)));
        } else {
          state.set(State.FINISHED);
          String what = stopped ? "stopped" : "done";
          runs.forEach(r -> r.finished(what + " (" + r.steps() + " steps)"));
          status.show(endMessage(stopped, folders), -2);
        }
      });
    }
  }

  /**
   * The status line when training ends: which model folders were written and where, e.g.
   * "Training done: window-ae and window-vae saved in /home/ann/models".
   */
  static String endMessage(boolean stopped, List<Path> folders) {
    if (folders.isEmpty()) {
      return "Training stopped before its first epoch ended; nothing was saved";
    }
    List<String> names = folders.stream().map(f -> f.getFileName().toString()).toList();
    Path parent = folders.get(0).toAbsolutePath().getParent();
    boolean together = folders.stream().allMatch(f -> parent.equals(f.toAbsolutePath().getParent()));
    String saved = together
        ? String.join(" and ", names) + " saved in " + parent
        : String.join(" and ", folders.stream().map(Path::toString).toList()) + " saved";
    return stopped
        ? "Training stopped: " + saved + ", as of the last complete epoch"
        : "Training done: " + saved;
  }

  /**
   * Training in the window leaves one core to the window: it runs its tensor operations on one
   * thread fewer than there are cores (at least one), since a team of worker threads that shares
   * its cores with the window's drawing waits for the slowest of them at every operation (on two
   * cores: 7.5 s an epoch with one thread against 9 to 12 s with two, docs/benchmarks.md).
   */
  static int trainingThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }

  /** Takes in what the training thread said; returns whether anything changed. FX thread. */
  public boolean poll() {
    boolean changed = false;
    for (int i = 0; i < runs.size() && i < inboxes.size(); i++) {
      changed |= runs.get(i).take(inboxes.get(i));
    }
    if (changed && state.get() == State.RUNNING) {
      showProgress();
    }
    return changed;
  }

  /** The status bar's progress: the steps taken of all the runs' steps. */
  private void showProgress() {
    long done = 0;
    long total = 0;
    for (RunState r : runs) {
      done += r.steps();
      total += r.totalSteps();
    }
    if (total > 0) {
      status.show(runs.size() == 1 ? runs.get(0).progressProperty().get()
          : "Training " + runs.size() + " models side by side", Math.min(0.999, (double) done / total));
    }
  }

  public void pause() {
    if (live != null && state.get() == State.RUNNING) {
      live.pause();
      state.set(State.PAUSED);
    }
  }

  public void resume() {
    if (live != null && state.get() == State.PAUSED) {
      live.resume();
      state.set(State.RUNNING);
    }
  }

  /**
   * Ends the training after the current step; the last complete checkpoint stays. While the data
   * is still being read, the training does not begin.
   */
  public void stop() {
    if (state.get() == State.LOADING) {
      runsStarted.next();
      state.set(State.IDLE);
      status.show("Training stopped before it began", -2);
      return;
    }
    if (live != null && (state.get() == State.RUNNING || state.get() == State.PAUSED)) {
      state.set(State.STOPPING);
      live.stop();
    }
  }

  /** Changes beta and the warm-up of the VAEs from the next step on, marked on their curves. */
  public void setBeta(double beta, int warmupEpochs) {
    if (live == null || !(state.get() == State.RUNNING || state.get() == State.PAUSED)) {
      return;
    }
    live.setBeta(beta, warmupEpochs);
  }

  /** Stops training without waiting (the window closes); {@link #awaitEnd} waits. */
  public void close() {
    runsStarted.endAll();
    if (live != null) {
      live.stop();
    }
  }

  /** Waits, off the FX thread, until the training thread has ended. */
  public void awaitEnd(long seconds) throws InterruptedException {
    LiveTraining l = live;
    if (l != null) {
      l.awaitEnd(seconds);
    }
  }

  /** The pictured held-out items' pixels, flat. */
  public float[] pictured() {
    return pictured;
  }

  /** The data's class names. */
  public List<String> classNames() {
    return classNames;
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ObservableList<RunState> runs() {
    return runs;
  }

  /** The folders of the last training that hold a checkpoint (after it ended). */
  public ReadOnlyObjectProperty<List<Path>> writtenProperty() {
    return written.getReadOnlyProperty();
  }

  /** Where new model folders go. */
  public ObjectProperty<Path> modelsRootProperty() {
    return modelsRoot;
  }
}
