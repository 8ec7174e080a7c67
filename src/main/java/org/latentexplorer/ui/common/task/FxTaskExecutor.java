package org.latentexplorer.ui.common.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The window's {@link TaskExecutor}: work runs on daemon worker threads, and every callback is
 * posted with {@link Platform#runLater}, even when the work finished on the FX thread itself, so
 * that outcomes arrive in the order they were produced.
 */
public final class FxTaskExecutor implements TaskExecutor {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ExecutorService workers;
  private final Consumer<Runnable> ui;

  public FxTaskExecutor() {
    this(Platform::runLater);
  }

  /** With another way onto the UI thread (for a benchmark without a window). */
  public FxTaskExecutor(Consumer<Runnable> ui) {
    this.ui = ui;
    this.workers =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "ui-task-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public <T> TaskHandle execute(BackgroundTask<T> task) {
    Handle handle = new Handle();
    BackgroundTask.Progress progress =
        new BackgroundTask.Progress() {
          @Override
          public void report(String message, double fraction) {
            if (!handle.cancelled) {
              post(
                  () -> {
                    if (!handle.cancelled) {
                      task.progress(message, fraction);
                    }
                  });
            }
          }

          @Override
          public boolean isCancelled() {
            return handle.cancelled;
          }
        };
    CompletableFuture<T> future;
    if (task.isAsync()) {
      try {
        future = task.start(progress);
      } catch (RuntimeException e) {
        future = CompletableFuture.failedFuture(e);
      }
    } else {
      future = new CompletableFuture<>();
      CompletableFuture<T> result = future;
      try {
        workers.execute(
            () -> {
              try {
                result.complete(task.call(progress));
              } catch (Throwable t) {
                result.completeExceptionally(t);
              }
            });
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }
    handle.future = future;
    future.whenComplete((v, e) -> post(() -> task.deliver(v, e, handle.cancelled)));
    return handle;
  }

  @Override
  public void post(Runnable action) {
    ui.accept(action);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /**
   * Waits, off the UI thread, until the work running at {@link #close()} has stopped (a model
   * being loaded cannot be interrupted and finishes first).
   *
   * @return whether it stopped in time
   */
  public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit)
      throws InterruptedException {
    return workers.awaitTermination(timeout, unit);
  }

  private static final class Handle implements TaskHandle {
    private volatile boolean cancelled;
    private volatile CompletableFuture<?> future;

    @Override
    public void cancel() {
      cancelled = true;
      CompletableFuture<?> f = future;
      if (f != null) {
        f.cancel(false);
      }
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }
  }
}
