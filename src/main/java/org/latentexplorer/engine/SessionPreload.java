package org.latentexplorer.engine;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.model.ModelException;

/**
 * The first model's session, opened while the window is still being built: at the program's start
 * the engine, the data and the encoding of the first model take about as long as the window does,
 * and on two cores the two overlap. The first request to open that folder takes the session; a
 * preload nobody takes is closed when another folder is opened.
 */
public final class SessionPreload {

  private record Pending(Path folder, CompletableFuture<ModelSession> session) {}

  private static Pending pending;

  private SessionPreload() {}

  /** Starts opening {@code folder} on a thread of its own. */
  public static synchronized void start(Path folder) {
    CompletableFuture<ModelSession> session = new CompletableFuture<>();
    Thread opener =
        new Thread(
            () -> {
              try {
                session.complete(ModelSession.open(folder, (what, fraction) -> {}));
              } catch (Exception | Error e) {
                session.completeExceptionally(e);
              }
            },
            "model-preload");
    opener.setDaemon(true);
    pending = new Pending(folder.toAbsolutePath().normalize(), session);
    opener.start();
  }

  /**
   * Opens a model folder as {@link ModelSession#open(Path, ProgressSink)} does, taking the session
   * opened ahead when it is of this folder (its failure is this open's failure).
   */
  public static ModelSession open(Path folder, ProgressSink progress)
      throws ModelException, DatasetException {
    Pending p = take();
    if (p == null) {
      return ModelSession.open(folder, progress);
    }
    if (!p.folder().equals(folder.toAbsolutePath().normalize())) {
      p.session().thenAccept(ModelSession::close);
      return ModelSession.open(folder, progress);
    }
    progress.progress("Loading model " + folder.getFileName(), -1);
    try {
      return p.session().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.session().thenAccept(ModelSession::close);
      throw new CompletionException(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ModelException m) {
        throw m;
      }
      if (cause instanceof DatasetException d) {
        throw d;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new CompletionException(cause);
    }
  }

  private static synchronized Pending take() {
    Pending p = pending;
    pending = null;
    return p;
  }
}
