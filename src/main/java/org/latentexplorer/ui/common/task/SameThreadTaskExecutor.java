package org.latentexplorer.ui.common.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link TaskExecutor} for tests: work runs at once on the caller's thread, and callbacks run on
 * it too, in the order they were posted (a callback posted while another runs waits for it, as on
 * the FX thread). With an engine on a same-thread executor, everything is deterministic.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

  private final Deque<Runnable> queue = new ArrayDeque<>();
  private boolean draining;

  @Override
  public <T> TaskHandle execute(BackgroundTask<T> task) {
    boolean[] cancelled = {false};
    TaskHandle handle =
        new TaskHandle() {
          @Override
          public void cancel() {
            cancelled[0] = true;
          }

          @Override
          public boolean isCancelled() {
            return cancelled[0];
          }
        };
    BackgroundTask.Progress progress =
        new BackgroundTask.Progress() {
          @Override
          public void report(String message, double fraction) {
            post(
                () -> {
                  if (!cancelled[0]) {
                    task.progress(message, fraction);
                  }
                });
          }

          @Override
          public boolean isCancelled() {
            return cancelled[0];
          }
        };
    CompletableFuture<T> future;
    try {
      future =
          task.isAsync()
              ? task.start(progress)
              : CompletableFuture.completedFuture(task.call(progress));
    } catch (Exception e) {
      future = CompletableFuture.failedFuture(e);
    }
    future.whenComplete((v, e) -> post(() -> task.deliver(v, e, cancelled[0])));
    return handle;
  }

  @Override
  public synchronized void post(Runnable action) {
    queue.add(action);
    if (draining) {
      return;
    }
    draining = true;
    try {
      while (!queue.isEmpty()) {
        queue.poll().run();
      }
    } finally {
      draining = false;
    }
  }

  @Override
  public void close() {}
}
