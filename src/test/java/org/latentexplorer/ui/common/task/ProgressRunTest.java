package org.latentexplorer.ui.common.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.latentexplorer.ui.common.status.StatusSink;

class ProgressRunTest {

  private static final StatusSink QUIET = new StatusSink() {
    @Override
    public void show(String message, double fraction) {}

    @Override
    public void error(String message) {}

    @Override
    public void device(String device) {}
  };

  /** A first run held until released, and a second that notes whether it overlapped the first. */
  private static final class TwoRuns {
    final CountDownLatch firstStarted = new CountDownLatch(1);
    final CountDownLatch releaseFirst = new CountDownLatch(1);
    final CountDownLatch secondStarted = new CountDownLatch(1);
    final AtomicBoolean firstReturned = new AtomicBoolean();
    final AtomicBoolean overlapped = new AtomicBoolean();

    void startFirst(ProgressRun run) throws InterruptedException {
      run.start("first", p -> {
        firstStarted.countDown();
        releaseFirst.await();
        firstReturned.set(true);
        return 1;
      }, r -> "done");
      assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
    }

    void startSecond(ProgressRun run) {
      run.start("second", p -> {
        overlapped.set(!firstReturned.get());
        secondStarted.countDown();
        return 2;
      }, r -> "done");
    }

    void releaseTheFirstAndSeeTheSecondRunAfterIt() throws InterruptedException {
      releaseFirst.countDown();
      assertTrue(secondStarted.await(10, TimeUnit.SECONDS), "and starts once the first has returned");
      assertFalse(overlapped.get());
    }
  }

  @Test
  void aNewStartWaitsUntilTheCancelledWorkHasReturned() throws Exception {
    ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
    TwoRuns two = new TwoRuns();
    try (FxTaskExecutor executor = new FxTaskExecutor(ui::add)) {
      ProgressRun run = new ProgressRun(executor, QUIET);
      two.startFirst(run);
      two.startSecond(run);
      assertTrue(run.runningProperty().get());
      assertFalse(two.secondStarted.await(500, TimeUnit.MILLISECONDS), "the second waits while the cancelled first still runs");
      two.releaseTheFirstAndSeeTheSecondRunAfterIt();
    }
  }

  @Test
  void aWaitingStartThatIsCancelledNeverRuns() throws Exception {
    ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicBoolean secondRan = new AtomicBoolean();
    CountDownLatch thirdRan = new CountDownLatch(1);
    try (FxTaskExecutor executor = new FxTaskExecutor(ui::add)) {
      ProgressRun run = new ProgressRun(executor, QUIET);
      run.start("first", p -> {
        firstStarted.countDown();
        releaseFirst.await();
        return 1;
      }, r -> "done");
      assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
      run.start("second", p -> {
        secondRan.set(true);
        return 2;
      }, r -> "done");
      run.start("third", p -> {
        thirdRan.countDown();
        return 3;
      }, r -> "done");
      releaseFirst.countDown();
      assertTrue(thirdRan.await(10, TimeUnit.SECONDS), "the newest runs after the others have let go");
      assertFalse(secondRan.get(), "a start cancelled while it waited does not run its work");
    }
  }

  @Test
  void runsSharingALaneTakeTurnsAndSayWhatTheyWaitFor() throws Exception {
    ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
    TwoRuns two = new TwoRuns();
    RunLane lane = new RunLane("Waiting for the other one");
    try (FxTaskExecutor executor = new FxTaskExecutor(ui::add)) {
      ProgressRun one = new ProgressRun(executor, QUIET, lane);
      ProgressRun other = new ProgressRun(executor, QUIET, lane);
      two.startFirst(one);
      two.startSecond(other);
      assertFalse(two.secondStarted.await(500, TimeUnit.MILLISECONDS), "the other waits while the first runs");
      while (!ui.isEmpty()) {
        ui.poll().run();
      }
      assertEquals("Waiting for the other one", other.messageProperty().get());
      assertTrue(one.runningProperty().get(), "the first was not cancelled by the other's start");
      two.releaseTheFirstAndSeeTheSecondRunAfterIt();
    }
  }
}
