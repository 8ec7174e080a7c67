package org.latentexplorer.ui.common.task;

/**
 * Runs {@link BackgroundTask}s off the UI thread and brings their outcomes back onto it, in the
 * order they were posted. The window uses {@link FxTaskExecutor}; view-model tests use {@link
 * SameThreadTaskExecutor}, where everything runs at once on the caller's thread.
 */
public interface TaskExecutor extends AutoCloseable {

  <T> TaskHandle execute(BackgroundTask<T> task);

  /** Runs an action on the UI thread, after everything posted before it; never inline. */
  void post(Runnable action);

  /** Stops the worker threads; running work is interrupted. */
  @Override
  void close();
}
