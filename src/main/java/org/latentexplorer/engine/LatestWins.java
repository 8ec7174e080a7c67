package org.latentexplorer.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A stream of requests where only the newest matters, such as decodes while a slider is dragged:
 * a request that arrives while an older one still waits replaces it, and the older one's future
 * is cancelled. At most one request waits and at most one task is queued on the executor, so a
 * fast drag never builds a queue.
 *
 * @param <T> the result type
 */
final class LatestWins<T> {

  private record Pending<T>(Supplier<T> work, CompletableFuture<T> future) {}

  private final Executor executor;
  private final AtomicReference<Pending<T>> pending = new AtomicReference<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  LatestWins(Executor executor) {
    this.executor = executor;
  }

  /** Submits a request; the future is cancelled if a newer request supersedes it. */
  CompletableFuture<T> submit(Supplier<T> work) {
    Pending<T> request = new Pending<>(work, new CompletableFuture<>());
    Pending<T> older = pending.getAndSet(request);
    if (older != null) {
      older.future.cancel(false);
    }
    if (scheduled.compareAndSet(false, true)) {
      try {
        executor.execute(this::drain);
      } catch (RuntimeException e) {
        scheduled.set(false);
        pending.compareAndSet(request, null);
        request.future.completeExceptionally(e);
      }
    }
    return request.future;
  }

  private void drain() {
    scheduled.set(false);
    Pending<T> request = pending.getAndSet(null);
    if (request == null || request.future.isDone()) {
      return;
    }
    try {
      request.future.complete(request.work.get());
    } catch (Throwable t) {
      request.future.completeExceptionally(t);
    }
  }
}
