package org.latentexplorer.ui.common.task;

/** A running {@link BackgroundTask}: cancel it, or ask whether it was cancelled. */
public interface TaskHandle {

  /** Asks the work to stop; no callback but onFinished runs afterwards. */
  void cancel();

  boolean isCancelled();
}
