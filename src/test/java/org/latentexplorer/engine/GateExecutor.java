package org.latentexplorer.engine;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A same-thread executor for deterministic engine tests and benchmarks: it runs tasks at once on
 * the caller's thread, or, while held, queues them until {@link #release}.
 */
public final class GateExecutor extends AbstractExecutorService {

  private final Queue<Runnable> queued = new ArrayDeque<>();
  private boolean held;
  private boolean shutdown;

  public void hold() {
    held = true;
  }

  public int queued() {
    return queued.size();
  }

  public void release() {
    held = false;
    while (!queued.isEmpty()) {
      queued.poll().run();
    }
  }

  @Override
  public void execute(Runnable task) {
    if (held) {
      queued.add(task);
    } else {
      task.run();
    }
  }

  @Override
  public void shutdown() {
    shutdown = true;
  }

  @Override
  public List<Runnable> shutdownNow() {
    shutdown = true;
    return List.copyOf(queued);
  }

  @Override
  public boolean isShutdown() {
    return shutdown;
  }

  @Override
  public boolean isTerminated() {
    return shutdown;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return true;
  }
}
