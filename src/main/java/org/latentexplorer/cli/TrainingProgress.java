package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.train.TrainingObserver;

/** A progress bar an epoch, and one summary line after it. */
final class TrainingProgress implements TrainingObserver {
  private final PrintWriter err;
  private ProgressBar bar;
  private int epochs;
  private int batches;
  private String device;

  TrainingProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onStart(int firstEpoch, int epochs, int batchesPerEpoch, String device) {
    close();
    this.epochs = epochs;
    this.batches = batchesPerEpoch;
    this.device = device;
    err.println("Training on " + device + ", epochs " + firstEpoch + " to " + epochs);
    err.flush();
  }

  @Override
  public void onNote(String message) {
    err.println(message);
    err.flush();
  }

  @Override
  public void onBatch(int epoch, int batch, double loss) {
    if (bar == null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs))
              .setInitialMax(batches)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(1000)
              .build();
    }
    bar.stepTo(batch);
    if (batch % 10 == 0 || batch == batches) {
      bar.setExtraMessage(String.format(Locale.ROOT, "loss %.2f", loss));
    }
    if (batch == batches) {
      close();
    }
  }

  @Override
  public void onEpoch(EpochRecord r) {
    close();
    err.printf(
        Locale.ROOT,
        "epoch %3d  %6.2f s  train: recon %.2f  kl %.2f  total %.2f | held-out: recon %.2f  kl"
            + " %.2f  total %.2f%s%n",
        r.epoch(),
        r.seconds(),
        r.trainReconstruction(),
        r.trainKl(),
        r.trainTotal(),
        r.heldOutReconstruction(),
        r.heldOutKl(),
        r.heldOutTotal(),
        r.beta() > 0 && r.beta() != 1 ? String.format(Locale.ROOT, "  (beta %.3f)", r.beta()) : "");
    err.flush();
  }

  void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
