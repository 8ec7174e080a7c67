package org.latentexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.SettingChange;
import org.latentexplorer.train.StepRecord;

class RunStateTest {

  private static StepRecord step(long step, int epoch, int batch) {
    return new StepRecord(step, epoch, batch, 4, 16, 100, 5, 1);
  }

  /**
   * The window may look after the training thread has started the next epoch: the held-out point
   * belongs to the epoch's last step, not to the newest step heard (which put it after a beta
   * change made in the next epoch, and a test then stopped before that epoch was saved).
   */
  @Test
  void aHeldOutPointSitsAtItsEpochsLastStepEvenWhenLaterStepsWereHeardFirst() {
    RunState run = new RunState("vae", true, new int[0], new InputShape(1, 8, 8), 8);
    LiveInbox inbox = new LiveInbox();
    for (int b = 1; b <= 4; b++) {
      inbox.step(step(b, 1, b));
    }
    inbox.epoch(new EpochRecord(1, 1, 100, 5, 105, 90, 4, 94, 1.0, null));
    inbox.change(new SettingChange(5, 4, 0));
    inbox.step(step(5, 2, 1));
    inbox.step(step(6, 2, 2));

    run.take(inbox);

    assertEquals(List.of(new RunState.HeldOut(4, 90, 4, 94)), run.heldOut());
    assertEquals(List.of(new RunState.Mark(5, 4)), run.marks());
  }

  @Test
  void aRunThatWentBackToItsCheckpointDrawsItsCurveAnewFromThere() {
    RunState run = new RunState("vae", true, new int[0], new InputShape(1, 8, 8), 12);
    LiveInbox inbox = new LiveInbox();
    for (int b = 1; b <= 6; b++) {
      inbox.step(step(b, (b - 1) / 4 + 1, (b - 1) % 4 + 1));
    }
    inbox.step(new StepRecord(5, 2, 1, 4, 16, 80, 5, 1));
    inbox.step(new StepRecord(6, 2, 2, 4, 16, 80, 5, 1));

    run.take(inbox);

    assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), run.curve().stream().map(p -> p[0]).toList());
    assertEquals(80.0, run.curve().get(4)[1], "the curve starts again from the step's own loss");
    assertEquals(6, run.steps());
  }
}
