package org.latentexplorer.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Bringing background results onto the JavaFX thread without ever waiting on it. */
public final class Fx {

  private Fx() {}

  /** Runs now when on the FX thread, otherwise later on it. */
  public static void run(Runnable task) {
    if (Platform.isFxApplicationThread()) {
      task.run();
    } else {
      Platform.runLater(task);
    }
  }

  /**
   * Hands a future's result to {@code onResult} on the FX thread, or its failure to {@code
   * onError}; a cancelled future (superseded by a newer request) is ignored.
   */
  public static <T> void whenDone(
      CompletableFuture<T> future, Consumer<T> onResult, Consumer<Throwable> onError) {
    future.whenComplete(
        (value, error) -> {
          if (error == null) {
            run(() -> onResult.accept(value));
            return;
          }
          Throwable cause = error instanceof CompletionException && error.getCause() != null
              ? error.getCause()
              : error;
          if (!(cause instanceof CancellationException)) {
            run(() -> onError.accept(cause));
          }
        });
  }

  /** The message of an error as a person should read it. */
  public static String message(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof RuntimeException)
        && t.getCause() != null
        && t.getMessage() != null
        && t.getMessage().startsWith(t.getCause().getClass().getName())) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }
}
