package org.latentexplorer.ui.common.task;

import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.latentexplorer.ui.common.status.StatusSink;

/**
 * Long work a view starts again and again (an evaluation, an anomaly scoring): one at a time,
 * with its progress, a message and cancel. Each start is a numbered request; cancelling or
 * dropping ends it, so nothing the old work reports afterwards is shown. Cancelled work stops at
 * its next check, not at once: a new start waits, on its worker thread, until the old work has
 * returned, so two never hold their memory together; runs sharing a {@link RunLane} wait for one
 * another the same way. Used on the UI thread.
 */
public final class ProgressRun {

  private final TaskExecutor tasks;
  private final StatusSink status;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final StringProperty message = new SimpleStringProperty("");
  private final DoubleProperty fraction = new SimpleDoubleProperty(0);
  private final RunLane lane;
  private TaskHandle handle;
  private final NewestRequest requests = new NewestRequest();

  public ProgressRun(TaskExecutor tasks, StatusSink status) {
    this(tasks, status, new RunLane("Waiting for the run before it to stop"));
  }

  /** Taking turns with the other runs of {@code lane}. */
  public ProgressRun(TaskExecutor tasks, StatusSink status, RunLane lane) {
    this.tasks = tasks;
    this.status = status;
    this.lane = lane;
  }

  /**
   * Starts work, cancelling the running one.
   *
   * @param title what the status bar calls it
   * @param accept given the result if this is still the newest request; returns the message to
   *     show, or null when the result is not wanted after all
   */
  public <T> void start(String title, BackgroundTask.Work<T> work, Function<T, String> accept) {
    cancel();
    NewestRequest.Request request = requests.next();
    running.set(true);
    message.set("Starting");
    fraction.set(-1);
    status.show(title + "...", -1);
    RunLane.Turn turn = lane.next(this);
    BackgroundTask.Work<T> afterTheLast = p -> {
      try {
        awaitReturn(turn, p);
        return work.call(p);
      } finally {
        turn.returned().complete(null);
      }
    };
    handle =
        BackgroundTask.of(title, afterTheLast)
            .onProgress(
                (m, f) -> {
                  if (request.isNewest()) {
                    message.set(m);
                    fraction.set(f);
                  }
                })
            .onSuccess(
                r -> {
                  if (request.isNewest()) {
                    String done = accept.apply(r);
                    if (done != null) {
                      message.set(done);
                      status.show(title + ": done", -2);
                    }
                  }
                })
            .onFailure(
                e -> {
                  if (request.isNewest()) {
                    message.set("Failed: " + BackgroundTask.message(e));
                    status.error(title + " failed: " + BackgroundTask.message(e));
                  }
                })
            .onFinished(
                () -> {
                  if (request.isNewest()) {
                    running.set(false);
                    fraction.set(0);
                    handle = null;
                  }
                })
            .executeWith(tasks);
  }

  /** Waits until the earlier work in the lane has returned, or this work is cancelled. */
  private static void awaitReturn(RunLane.Turn turn, BackgroundTask.Progress p) throws Exception {
    java.util.concurrent.CompletableFuture<Void> before = turn.before();
    while (!before.isDone()) {
      if (p.isCancelled()) {
        throw new java.util.concurrent.CancellationException();
      }
      p.report(turn.waiting(), -1);
      try {
        before.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        // still running: look again
      }
    }
    if (p.isCancelled()) {
      throw new java.util.concurrent.CancellationException();
    }
  }

  /**
   * Stops the running work and ends its request, so progress it reported before it saw the
   * cancel is not shown over "Cancelled".
   */
  public void cancel() {
    if (handle != null) {
      requests.endAll();
      handle.cancel();
      handle = null;
      running.set(false);
      message.set("Cancelled");
      fraction.set(0);
    }
  }

  /** Cancels, and forgets the message: what the work was for is gone. */
  public void drop() {
    cancel();
    requests.endAll();
    message.set("");
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public StringProperty messageProperty() {
    return message;
  }

  public DoubleProperty fractionProperty() {
    return fraction;
  }
}
