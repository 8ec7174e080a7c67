package org.latentexplorer.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A gradient collector that waits its turn: DJL's PyTorch engine lets one {@link
 * GradientCollector} collect at a time in the whole process (it throws "A PtGradientCollector is
 * already collecting" otherwise), while the window may train one model and evaluate two others at
 * once. Every forward-and-backward pass of the program opens its collector here; the lock is held
 * from creation to {@link #close()}.
 */
public final class ExclusiveGradients implements GradientCollector {

  private static final ReentrantLock TURN = new ReentrantLock(true);

  private final GradientCollector collector;

  private ExclusiveGradients() {
    TURN.lock();
    try {
      collector = Engine.getInstance().newGradientCollector();
    } catch (RuntimeException e) {
      TURN.unlock();
      throw e;
    }
  }

  /** A collector, once no other thread's collector is open. */
  public static GradientCollector open() {
    return new ExclusiveGradients();
  }

  @Override
  public void backward(NDArray target) {
    collector.backward(target);
  }

  @Override
  public void zeroGradients() {
    collector.zeroGradients();
  }

  @Override
  public void close() {
    try {
      collector.close();
    } finally {
      TURN.unlock();
    }
  }
}
