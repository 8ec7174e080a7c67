package org.latentexplorer.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.latentexplorer.model.FolderLock;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.model.ModelStore;

/**
 * A training that replaces the model in a folder that already holds files ({@code train --force}):
 * the run writes its checkpoints into a staging folder inside it, {@value #STAGING}, while the
 * folder stays locked and its old model loadable; only the complete new model replaces it. A run
 * stopped before the end leaves the old model as it was.
 */
public final class ReplacingTraining {

  /** The staging folder's name inside the folder being replaced. */
  public static final String STAGING = ".latent-explorer-new";

  private ReplacingTraining() {}

  /** Trains into the staging folder, then moves the new model into {@code options.out()}. */
  public static ModelDescription train(
      AutoencoderTrainer trainer, TrainingOptions options, PrintWriter err)
      throws IOException, ModelException, TrainingException {
    Path folder = options.out();
    try (FolderLock lock = FolderLock.acquire(folder, err::println)) {
      Path staging = folder.resolve(STAGING);
      if (Files.exists(staging)) {
        err.println("Discarding the unfinished model a stopped --force run left in " + staging);
        ModelStore.discard(staging);
      }
      err.println("The model in " + folder + " is replaced once the new one is complete.");
      ModelDescription staged = trainer.train(options.withOut(staging));
      return staged == null ? null : ModelStore.replace(folder, staging);
    }
  }
}
