package org.latentexplorer.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.common.task.TaskExecutor;

/**
 * Loading model folders into one pane: a newer request supersedes an older one that has not
 * finished (its session is closed unseen), and opening the folder whose load is still the newest
 * waits for that load instead of starting another (a lesson's Next or a chooser pressed while a
 * slow model encodes its data).
 */
final class ModelLoads {

  private record Pending(
      Path folder, NewestRequest.Request request, List<Runnable> successes, List<Consumer<Throwable>> failures) {}

  private final NewestRequest requests = new NewestRequest();
  private final TaskExecutor tasks;
  private final SessionOpener opener;
  private final StatusSink status;
  private final Consumer<ModelSession> install;
  private final Supplier<String> currentName;
  private Pending pending;

  /**
   * @param install puts a loaded session in place
   * @param currentName the model shown now, for the message when a load fails
   */
  ModelLoads(
      TaskExecutor tasks, SessionOpener opener, StatusSink status, Consumer<ModelSession> install,
      Supplier<String> currentName) {
    this.tasks = tasks;
    this.opener = opener;
    this.status = status;
    this.install = install;
    this.currentName = currentName;
  }

  /** A new request of another kind (the same model on other data), which supersedes any load. */
  NewestRequest.Request next() {
    return requests.next();
  }

  /**
   * Loads a folder in the background; on success the session is installed and {@code onSuccess}
   * runs, on failure the current model stays and {@code onFailure} hears why.
   */
  void open(Path folder, Runnable onSuccess, Consumer<Throwable> onFailure) {
    Path wanted = folder.toAbsolutePath().normalize();
    Pending p = pending;
    if (p != null && p.request().isNewest() && p.folder().equals(wanted)) {
      p.successes().add(onSuccess);
      p.failures().add(onFailure);
      return;
    }
    Pending mine = new Pending(
        wanted, requests.next(), new ArrayList<>(List.of(onSuccess)), new ArrayList<>(List.of(onFailure)));
    pending = mine;
    String name = String.valueOf(folder.getFileName());
    status.show("Loading " + name, -1);
    BackgroundTask.of("Loading " + name, progress -> opener.open(folder, progress::report))
        .onProgress((message, fraction) -> status.show(name + ": " + message, fraction))
        .onSuccess(
            opened -> {
              done(mine);
              if (!mine.request().isNewest()) {
                opened.close();
                return;
              }
              install.accept(opened);
              mine.successes().forEach(Runnable::run);
            })
        .onFailure(
            e -> {
              done(mine);
              if (mine.request().isNewest()) {
                status.show("Kept " + currentName.get(), -2);
                mine.failures().forEach(f -> f.accept(e));
              }
            })
        .executeWith(tasks);
  }

  private void done(Pending p) {
    if (pending == p) {
      pending = null;
    }
  }
}
