package org.latentexplorer.ui.common.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link TaskExecutor} for tests of ordering: work runs at once on the caller's thread, but
 * what it posts to the UI thread waits until the test delivers it, in any order it likes.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

  private final List<Runnable> posted = new ArrayList<>();

  @Override
  public <T> TaskHandle execute(BackgroundTask<T> task) {
    BackgroundTask.Progress progress =
        new BackgroundTask.Progress() {
          @Override
          public void report(String message, double fraction) {}

          @Override
          public boolean isCancelled() {
            return false;
          }
        };
    CompletableFuture<T> future;
    try {
      future = task.isAsync() ? task.start(progress) : CompletableFuture.completedFuture(task.call(progress));
    } catch (Exception e) {
      future = CompletableFuture.failedFuture(e);
    }
    future.whenComplete((v, e) -> post(() -> task.deliver(v, e, false)));
    return new TaskHandle() {
      @Override
      public void cancel() {}

      @Override
      public boolean isCancelled() {
        return false;
      }
    };
  }

  @Override
  public void post(Runnable action) {
    posted.add(action);
  }

  /** How many callbacks wait. */
  public int waiting() {
    return posted.size();
  }

  /** Delivers what waits, newest first. */
  public void deliverNewestFirst() {
    List<Runnable> now = new ArrayList<>(posted);
    posted.clear();
    Collections.reverse(now);
    now.forEach(Runnable::run);
  }

  /** Delivers what waits, in order, until nothing does. */
  public void deliverAll() {
    while (!posted.isEmpty()) {
      Runnable r = posted.remove(0);
      r.run();
    }
  }

  @Override
  public void close() {}
}
