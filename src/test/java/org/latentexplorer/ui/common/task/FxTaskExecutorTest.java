package org.latentexplorer.ui.common.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FxTaskExecutorTest {

  @Test
  void progressPostedBeforeACancelIsNotDeliveredAfterIt() throws Exception {
    ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
    List<String> seen = new ArrayList<>();
    CountDownLatch reported = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (FxTaskExecutor executor = new FxTaskExecutor(ui::add)) {
      TaskHandle handle =
          BackgroundTask.of(
                  "work",
                  p -> {
                    p.report("halfway", 0.5);
                    reported.countDown();
                    release.await();
                    return 1;
                  })
              .onProgress((m, f) -> seen.add("progress " + m))
              .onSuccess(v -> seen.add("success"))
              .onFinished(() -> seen.add("finished"))
              .executeWith(executor);
      assertTrue(reported.await(10, TimeUnit.SECONDS));
      assertEquals(1, ui.size(), "the progress waits for the UI thread");
      handle.cancel();
      release.countDown();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!seen.contains("finished") && System.nanoTime() < end) {
        Runnable r = ui.poll();
        if (r != null) {
          r.run();
        } else {
          Thread.onSpinWait();
        }
      }
    }
    assertEquals(List.of("finished"), seen, "a cancelled task calls no callback but onFinished");
  }
}
