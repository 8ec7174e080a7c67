package org.latentexplorer.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelException;

/**
 * Trains an AE or VAE with DJL on the data in memory, one epoch after another, writing a
 * checkpoint (a complete model folder) after every epoch.
 *
 * <p>Each epoch re-seeds the engine and the shuffle from the run's seed and the epoch number, so
 * a run resumed from a checkpoint continues exactly as if it had not stopped (on the CPU).
 */
public final class AutoencoderTrainer {

  /** The program name written into model.json. */
  public static final String PROGRAM = org.latentexplorer.data.ProgramVersion.TEXT;

  private final DataSplit data;
  private final TrainingObserver observer;
  private final BooleanSupplier stop;

  /**
   * @param data training and held-out images
   * @param observer hears progress (may do nothing)
   * @param stop asked between steps; true ends training after the last complete epoch
   */
  public AutoencoderTrainer(DataSplit data, TrainingObserver observer, BooleanSupplier stop) {
    this.data = data;
    this.observer = observer;
    this.stop = stop;
  }

  /** Trains a new model into {@code options.out()}. */
  public ModelDescription train(TrainingOptions options)
      throws IOException, ModelException, TrainingException {
    return drive(GpuFailover.start(data, options, observer));
  }

  /**
   * Continues the run saved in a model folder up to {@code epochs} epochs in all.
   *
   * @param folder a folder written by {@link #train} (a checkpoint)
   * @param epochs the total number of epochs, or 0 to keep the one recorded
   * @param useGpu whether to use a GPU when DJL sees one
   */
  public ModelDescription resume(Path folder, int epochs, boolean useGpu)
      throws IOException, ModelException, TrainingException {
    return drive(GpuFailover.resume(data, folder, epochs, useGpu, observer));
  }

  /**
   * Steps until done or stopped, on the CPU after a GPU failure ({@link GpuFailover}); the
   * description of the last checkpoint written, or null. Closes the run.
   */
  private ModelDescription drive(TrainingRun started)
      throws IOException, ModelException, TrainingException {
    TrainingRun run = started;
    try {
      while (!stop.getAsBoolean()) {
        try {
          if (!run.step()) {
            break;
          }
        } catch (RuntimeException e) {
          run = GpuFailover.moveToCpu(run, e);
        }
      }
      return run.description();
    } finally {
      run.close();
    }
  }
}
