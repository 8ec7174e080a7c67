package org.latentexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.analysis.evaluate.NpyWriter;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.train.TrainingOptions;
import org.latentexplorer.ui.common.status.RecordingStatus;
import org.latentexplorer.ui.common.task.SameThreadTaskExecutor;

/**
 * The Train tab's view model without the FX toolkit: live training on the digits into the user's
 * models folder, on the same-thread executor (the training thread's rare events are delivered on
 * it as they come).
 */
class TrainModelTest {

  private final RecordingStatus status = new RecordingStatus();

  private static TrainingOptions digits(Path root) {
    return TrainingOptions.builder("digits", root.resolve("unused"))
        .latentSize(2).hidden(List.of(32)).epochs(2).batchSize(64).useGpu(false)
        .command("test").build();
  }

  @Test
  void anAeAndAVaeTrainSideBySideIntoTheModelsFolder(@TempDir Path root) throws Exception {
    TrainModel m = new TrainModel(new SameThreadTaskExecutor(), status, root);
    List<Path> checkpoints = new ArrayList<>();
    m.setOnCheckpoint(checkpoints::add);
    m.start(digits(root), "digits", true);
    m.awaitEnd(120);
    assertEquals(TrainModel.State.FINISHED, m.stateProperty().get(), status.errors.toString());
    List<Path> written = m.writtenProperty().get();
    assertEquals(List.of(root.resolve("digits-ae"), root.resolve("digits-vae")), written);
    for (Path folder : written) {
      ModelDescription d = ModelStore.readDescription(folder);
      assertEquals(2, d.epochsDone(), folder.toString());
      assertEquals(folder.getFileName().toString().endsWith("-ae") ? ModelKind.AE : ModelKind.VAE,
          d.model().kind());
    }
    assertEquals("Training done: digits-ae and digits-vae saved in " + root.toAbsolutePath(),
        status.shown.get(status.shown.size() - 1));
    assertEquals(4, checkpoints.size(), "one checkpoint an epoch of each model: " + checkpoints);
    assertEquals(2, m.runs().size());
    for (RunState run : m.runs()) {
      assertEquals(run.totalSteps(), run.steps(), run.name());
      assertEquals(run.name() + ": done (" + run.totalSteps() + " steps)", run.progressProperty().get());
    }

    // a second start does not overwrite the first models
    m.start(digits(root), "digits", false);
    m.awaitEnd(120);
    assertEquals(List.of(root.resolve("digits-vae-2")), m.writtenProperty().get());
  }

  @Test
  void theEndSaysWhichFoldersWereSavedAndWhere() {
    Path a = Path.of("/m/a-vae");
    assertEquals("Training stopped: a-vae saved in /m, as of the last complete epoch",
        TrainModel.endMessage(true, List.of(a)));
    assertEquals("Training done: " + a + " and " + Path.of("/n/b-ae") + " saved",
        TrainModel.endMessage(false, List.of(a, Path.of("/n/b-ae"))));
    assertEquals("Training stopped before its first epoch ended; nothing was saved",
        TrainModel.endMessage(true, List.of()));
  }

  @Test
  void stoppedWhileItsDataIsReadTheTrainingNeverBegins(@TempDir Path root) throws Exception {
    org.latentexplorer.ui.common.task.QueuedTaskExecutor tasks = new org.latentexplorer.ui.common.task.QueuedTaskExecutor();
    TrainModel m = new TrainModel(tasks, status, root);
    m.start(digits(root), "digits", false);
    assertEquals(TrainModel.State.LOADING, m.stateProperty().get());
    m.stop();
    assertEquals(TrainModel.State.IDLE, m.stateProperty().get());
    tasks.deliverAll();
    assertEquals(TrainModel.State.IDLE, m.stateProperty().get(), "the data read afterwards starts nothing");
    assertTrue(m.runs().isEmpty());
    assertTrue(Files.notExists(root.resolve("digits-vae")));
  }

  @Test
  void aNumpyFileTrainsAsABuiltInDataSetDoes(@TempDir Path root) throws Exception {
    ImageSet all = DatasetCatalog.loadForExploring("digits", DataOptions.defaults());
    Path file = root.resolve("digits-images.npy");
    NpyWriter.write(file, all.pixels(), all.size(), all.height(), all.width());
    TrainModel m = new TrainModel(new SameThreadTaskExecutor(), status, root.resolve("models"));
    m.start(
        TrainingOptions.builder(file.toString(), root.resolve("unused"))
            .latentSize(2).hidden(List.of(32)).epochs(1).batchSize(64).useGpu(false)
            .command("test").build(),
        "digits-images", false);
    m.awaitEnd(120);
    assertEquals(TrainModel.State.FINISHED, m.stateProperty().get(), status.errors.toString());
    ModelDescription d = ModelStore.readDescription(m.writtenProperty().get().get(0));
    assertEquals(file.toString(), d.data().name());
    assertEquals(all.size(), d.data().trainImages() + d.data().heldOutImages());
  }

  @Test
  void theInstallationsModelsFolderIsRefused() throws Exception {
    List<String> before;
    try (var files = Files.list(AppHome.models())) {
      before = files.map(Path::toString).sorted().toList();
    }
    TrainModel m = new TrainModel(new SameThreadTaskExecutor(), status, AppHome.models());
    m.start(digits(AppHome.models()), "digits", false);
    m.awaitEnd(30);
    assertEquals(TrainModel.State.FAILED, m.stateProperty().get());
    assertEquals(1, status.errors.size(), status.errors.toString());
    assertTrue(status.errors.get(0).startsWith("Cannot train on digits: "), status.errors.get(0));
    try (var files = Files.list(AppHome.models())) {
      assertEquals(before, files.map(Path::toString).sorted().toList());
    }
  }
}
