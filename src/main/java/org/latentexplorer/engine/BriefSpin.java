package org.latentexplorer.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;

/**
 * Waiting by spinning for a few tens of microseconds before sleeping, on both sides of the engine
 * thread: a single decode takes about 0.03 ms, while waking a parked thread costs as much again
 * on each side (the hand-off took 0.07 ms for a 0.03 ms decode, docs/benchmarks.md). Nothing
 * spins on a machine with one core.
 */
final class BriefSpin {

  /** How long a waiter spins before it parks. */
  static final long SPIN_NANOS = 100_000;

  private static final boolean ENABLED = Runtime.getRuntime().availableProcessors() > 1;

  private BriefSpin() {}

  /** Spins until the condition holds or the spin time is over; returns the condition. */
  static boolean awhile(BooleanSupplier condition) {
    if (!ENABLED) {
      return condition.getAsBoolean();
    }
    long deadline = System.nanoTime() + SPIN_NANOS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      Thread.onSpinWait();
    }
    return true;
  }

  /** The engine thread's queue: a thread that just finished a task looks for the next awhile. */
  static final class Queue extends LinkedBlockingQueue<Runnable> {
    private static final long serialVersionUID = 1L;

    @Override
    public Runnable take() throws InterruptedException {
      Runnable[] next = new Runnable[1];
      if (awhile(() -> (next[0] = poll()) != null)) {
        return next[0];
      }
      return super.take();
    }
  }

  /** A future whose {@code get} and {@code join} spin awhile before they park. */
  static final class Future<T> extends CompletableFuture<T> {

    @Override
    public T get() throws InterruptedException, ExecutionException {
      awhile(this::isDone);
      return super.get();
    }

    @Override
    public T join() {
      awhile(this::isDone);
      return super.join();
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
      return new Future<>();
    }
  }
}
