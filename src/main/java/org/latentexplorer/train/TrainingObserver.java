package org.latentexplorer.train;

import org.latentexplorer.model.EpochRecord;

/**
 * Hears how training goes: a progress bar on the command line, loss curves in the window. Every
 * call comes on the training thread, in this order: {@link #onStart} once, then for each step
 * {@link #onStep} and {@link #onBatch}, and after the last step of an epoch (its checkpoint
 * written) {@link #onEpoch}; {@link #onNote} whenever there is something to say.
 */
public interface TrainingObserver {

  /** Training starts (or resumes) at {@code firstEpoch}. */
  default void onStart(int firstEpoch, int epochs, int batchesPerEpoch, String device) {}

  /** Something worth telling the user, such as a resumed run without optimizer state. */
  default void onNote(String message) {}

  /** A step finished, with the batch's loss per image. */
  default void onBatch(int epoch, int batch, double loss) {}

  /** A step finished, with its reconstruction and KL terms. */
  default void onStep(StepRecord step) {}

  /** An epoch finished and its checkpoint is written. */
  default void onEpoch(EpochRecord record) {}
}
