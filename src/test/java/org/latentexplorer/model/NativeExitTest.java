package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NativeExitTest {

  @Test
  void theExitWaitsForTheOperationUnderWayDropsTheQueuedWorkAndAsksTrainingToStop() throws Exception {
    ExecutorService engine = Executors.newFixedThreadPool(1);
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    AtomicInteger queuedRan = new AtomicInteger();
    engine.execute(() -> {
      started.countDown();
      try {
        Thread.sleep(400);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      finished.set(true);
    });
    for (int i = 0; i < 5; i++) {
      engine.execute(queuedRan::incrementAndGet);
    }
    ExecutorService training = Executors.newSingleThreadExecutor();
    AtomicBoolean stop = new AtomicBoolean();
    training.execute(() -> {
      while (!stop.get()) {
        Thread.onSpinWait();
      }
    });
    assertTrue(started.await(10, TimeUnit.SECONDS));
    Map<ExecutorService, Runnable> running = new ConcurrentHashMap<>();
    running.put(engine, () -> {});
    running.put(training, () -> stop.set(true));

    NativeExit.settle(running, 10_000);

    assertTrue(finished.get(), "the operation under way ran to its end before the exit went on");
    assertEquals(0, queuedRan.get(), "the work still queued was dropped");
    assertTrue(engine.isTerminated());
    assertTrue(training.isTerminated(), "training was asked to stop and did");
  }

  @Test
  void anEngineThreadIsForgottenOnceItEnds() throws Exception {
    int before = NativeExit.registered();
    ExecutorService e = Executors.newSingleThreadExecutor();
    NativeExit.register(e, null);
    assertEquals(before + 1, NativeExit.registered());
    NativeExit.forget(e);
    e.shutdown();
    assertEquals(before, NativeExit.registered());
  }
}
