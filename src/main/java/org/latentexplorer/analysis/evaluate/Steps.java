package org.latentexplorer.analysis.evaluate;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.latentexplorer.engine.ProgressSink;

/**
 * Progress and cancelling for the parts of an evaluation (and of an anomaly scoring): each part
 * asks between chunks.
 */
public final class Steps {

  private final ProgressSink sink;
  private final BooleanSupplier cancelled;

  public Steps(ProgressSink sink, BooleanSupplier cancelled) {
    this.sink = sink;
    this.cancelled = cancelled;
  }

  /** Reports, or throws {@link CancellationException} when the user cancelled. */
  public void at(String message, double fraction) {
    if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
      throw new CancellationException("evaluation cancelled");
    }
    sink.progress(message, fraction);
  }

  /** Waits for an engine's answer, unwrapping its failure. */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
