package org.latentexplorer.train;

import org.latentexplorer.model.EpochRecord;

/** Hears how training goes: a progress bar on the command line, loss curves in the window. */
public interface TrainingListener {

  /** Training starts (or resumes) at {@code firstEpoch}. */
  default void onStart(int firstEpoch, int epochs, int batchesPerEpoch, String device) {}

  /** Something worth telling the user, such as a resumed run without optimizer state. */
  default void onNote(String message) {}

  /** A step finished, with the batch's loss per image. */
  default void onBatch(int epoch, int batch, double loss) {}

  /** An epoch finished and its checkpoint is written. */
  default void onEpoch(EpochRecord record) {}
}
