package org.latentexplorer.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Lets the threads that run tensor operations finish the operation under way before the process
 * exits. At exit libtorch tears down its global state (its C++ static destructors run); a thread
 * still inside an operation then calls into freed memory and the process dies with SIGSEGV instead
 * of exiting (seen when the window closed, or the process was sent SIGTERM, while an evaluation
 * ran). At exit each registered executor is asked to stop (training after its current step),
 * loses the work still queued, and the exit waits for its thread, {@link #WAIT_MILLIS} at most
 * for all of them together; work of many operations stops between them ({@link
 * #checkNotExiting}).
 */
public final class NativeExit {

  /** How long the exit waits, at most, for the operations under way. */
  public static final long WAIT_MILLIS = 10_000;

  private static final Map<ExecutorService, Runnable> RUNNING = new ConcurrentHashMap<>();
  private static volatile boolean exiting;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(NativeExit::settle, "native-exit"));
  }

  private NativeExit() {}

  /** An executor whose thread runs tensor operations, and how to ask its work to stop (or null). */
  public static void register(ExecutorService executor, Runnable stop) {
    RUNNING.put(executor, stop == null ? () -> {} : stop);
  }

  /** The executor's thread has ended: nothing to wait for at exit. */
  public static void forget(ExecutorService executor) {
    RUNNING.remove(executor);
  }

  /**
   * Throws when the process is exiting: work that runs many operations in one task (chunks of an
   * evaluation, of an encoding) asks between them, so that the exit waits for one operation, not
   * for all.
   *
   * @throws java.util.concurrent.CancellationException once the exit has begun
   */
  public static void checkNotExiting() {
    if (exiting) {
      throw new java.util.concurrent.CancellationException("the program is closing");
    }
  }

  /** How many executors the exit would wait for now (for tests). */
  public static int registered() {
    return RUNNING.size();
  }

  /** Stops every registered executor and waits for its thread, up to {@link #WAIT_MILLIS} in all. */
  static void settle() {
    exiting = true;
    settle(RUNNING, WAIT_MILLIS);
  }

  /** Stops each executor (its stop asked, its queue dropped) and waits for them, up to {@code waitMillis}. */
  static void settle(Map<ExecutorService, Runnable> running, long waitMillis) {
    running.forEach((executor, stop) -> {
      stop.run();
      if (executor instanceof ThreadPoolExecutor pool) {
        pool.getQueue().clear();
      }
      executor.shutdown();
    });
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    for (ExecutorService executor : running.keySet()) {
      try {
        executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
