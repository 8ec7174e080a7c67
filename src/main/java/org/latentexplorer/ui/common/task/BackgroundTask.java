package org.latentexplorer.ui.common.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * A piece of work the window runs off the UI thread, with what to do on the UI thread when it
 * succeeds, fails or reports progress (after JabRef's {@code BackgroundTask}). The work either
 * computes its result itself ({@link #of}) or starts it elsewhere, such as on a model's engine
 * thread, and hands back a future ({@link #ofFuture}). A {@link TaskExecutor} runs it; every
 * callback reaches the UI thread in the order it was posted. A cancelled task calls no callback
 * but {@link #onFinished}.
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

  /** Work that computes its result on a worker thread. */
  @FunctionalInterface
  public interface Work<T> {
    T call(Progress progress) throws Exception;
  }

  /** Work that starts elsewhere and completes a future (called on the caller's thread). */
  @FunctionalInterface
  public interface AsyncWork<T> {
    CompletableFuture<T> start(Progress progress);
  }

  /** Where work reports how far it is, and learns whether it was cancelled. */
  public interface Progress {
    /** {@code fraction} 0 to 1, or negative when unknown. */
    void report(String message, double fraction);

    boolean isCancelled();
  }

  private final String title;
  private final Work<T> work;
  private final AsyncWork<T> asyncWork;
  private Consumer<T> onSuccess = v -> {};
  private Consumer<Throwable> onFailure = e -> {};
  private ProgressListener onProgress = (m, f) -> {};
  private Runnable onFinished = () -> {};

  /** Receives progress reports on the UI thread. */
  @FunctionalInterface
  public interface ProgressListener {
    void progress(String message, double fraction);
  }

  private BackgroundTask(String title, Work<T> work, AsyncWork<T> asyncWork) {
    this.title = title;
    this.work = work;
    this.asyncWork = asyncWork;
  }

  /** A task that computes its result on a worker thread. */
  public static <T> BackgroundTask<T> of(String title, Work<T> work) {
    return new BackgroundTask<>(title, work, null);
  }

  /** A task whose work is started on the caller's thread and completes a future elsewhere. */
  public static <T> BackgroundTask<T> ofFuture(String title, AsyncWork<T> work) {
    return new BackgroundTask<>(title, null, work);
  }

  /** What the task does, as the status bar says it ("Prior coverage of fashion-vae-2d"). */
  public String title() {
    return title;
  }

  public BackgroundTask<T> onSuccess(Consumer<T> action) {
    onSuccess = action;
    return this;
  }

  public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
    onFailure = action;
    return this;
  }

  public BackgroundTask<T> onProgress(ProgressListener action) {
    onProgress = action;
    return this;
  }

  /** Runs last on the UI thread, whatever the outcome (cancelled included). */
  public BackgroundTask<T> onFinished(Runnable action) {
    onFinished = action;
    return this;
  }

  /** Runs the task on an executor. */
  public TaskHandle executeWith(TaskExecutor executor) {
    return executor.execute(this);
  }

  boolean isAsync() {
    return asyncWork != null;
  }

  T call(Progress progress) throws Exception {
    return work.call(progress);
  }

  CompletableFuture<T> start(Progress progress) {
    return asyncWork.start(progress);
  }

  /** Delivers an outcome; to be called on the UI thread. */
  void deliver(T value, Throwable error, boolean cancelled) {
    try {
      if (cancelled || isCancellation(error)) {
        return;
      }
      if (error != null) {
        onFailure.accept(unwrap(error));
      } else {
        onSuccess.accept(value);
      }
    } finally {
      onFinished.run();
    }
  }

  void progress(String message, double fraction) {
    onProgress.progress(message, fraction);
  }

  /** The error a person should read: without the wrappers futures add. */
  public static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** The message of an error as a person should read it. */
  public static String message(Throwable error) {
    Throwable t = unwrap(error);
    while (t instanceof RuntimeException
        && t.getCause() != null
        && t.getMessage() != null
        && t.getMessage().startsWith(t.getCause().getClass().getName())) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }

  /** Whether an error means the work was superseded or cancelled. */
  public static boolean isCancellation(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CancellationException) {
        return true;
      }
    }
    return false;
  }
}
