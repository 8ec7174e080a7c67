package org.latentexplorer.analysis.evaluate;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.latentexplorer.engine.ProgressSink;

/** Progress and cancelling for the parts of an evaluation: each part asks between chunks. */
final class Steps {

  private final ProgressSink sink;
  private final BooleanSupplier cancelled;

  Steps(ProgressSink sink, BooleanSupplier cancelled) {
    this.sink = sink;
    this.cancelled = cancelled;
  }

  /** Reports, or throws {@link CancellationException} when the user cancelled. */
  void at(String message, double fraction) {
    if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
      throw new CancellationException("evaluation cancelled");
    }
    sink.progress(message, fraction);
  }

  /** Waits for an engine's answer, unwrapping its failure. */
  static <T> T await(CompletableFuture<T> future) {
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
