package org.latentexplorer.ui.common.task;

import java.util.concurrent.CompletableFuture;

/**
 * Heavy runs that take turns: each run started in a lane waits, on its worker thread, until the
 * one started before it has returned, so two never hold their memory together. A {@link
 * ProgressRun} has a lane of its own unless it is given a shared one (the window's two
 * evaluations share one: each holds a data set and its pictures, and on two cores running them
 * side by side finishes neither sooner). Used on the UI thread.
 */
public final class RunLane {

  /** What a run waits for, what it completes when it returns, and what it says while waiting. */
  record Turn(CompletableFuture<Void> before, CompletableFuture<Void> returned, String waiting) {}

  private final String waitingForOther;
  private CompletableFuture<Void> lastReturned = CompletableFuture.completedFuture(null);
  private ProgressRun lastOwner;

  /** @param waitingForOther what a run says while one of another {@link ProgressRun} goes on */
  public RunLane(String waitingForOther) {
    this.waitingForOther = waitingForOther;
  }

  Turn next(ProgressRun owner) {
    String waiting = owner == lastOwner ? "Waiting for the cancelled run to stop" : waitingForOther;
    Turn turn = new Turn(lastReturned, new CompletableFuture<>(), waiting);
    lastReturned = turn.returned();
    lastOwner = owner;
    return turn;
  }
}
