package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.EngineException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.SettingChange;

/**
 * A run that its GPU fails goes on on the CPU. The runs here are on the CPU (the tests have no
 * GPU): {@link TrainingRun#continueOnCpu} is called where a CUDA error would have called it.
 */
class GpuFailoverTest {

  private static final String OOM = "CUDA error: out of memory";

  @TempDir Path dir;

  @Test
  void onlyTheGpusOwnErrorsOnAGpuMoveARun() {
    Device gpu = Device.gpu();
    assertTrue(Engines.isGpuError(gpu, new EngineException(OOM)));
    assertTrue(Engines.isGpuError(gpu, new EngineException("step failed", new RuntimeException(
        "CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 139.8 GiB total capacity)"))));
    assertTrue(Engines.isGpuError(gpu, new EngineException("cuDNN error: CUDNN_STATUS_NOT_INITIALIZED")));
    assertTrue(Engines.isGpuError(gpu, new EngineException("CUBLAS_STATUS_EXECUTION_FAILED when calling cublasSgemm")));
    assertFalse(Engines.isGpuError(Device.cpu(), new EngineException(OOM)));
    assertFalse(Engines.isGpuError(gpu, new EngineException(
        "mat1 and mat2 shapes cannot be multiplied (64x784 and 400x20)")));
    assertFalse(Engines.isGpuError(gpu, new IllegalStateException("the model is closed")));
  }

  @Test
  void anErrorOnTheCpuEndsTheRunAsBefore() throws Exception {
    DataSplit data = TinyModels.fashion(256, 64);
    try (TrainingRun run = TrainingRun.start(data, options("cpu", 1), new TrainingObserver() {})) {
      EngineException error = new EngineException(OOM);
      assertSame(error, assertThrows(EngineException.class, () -> GpuFailover.moveToCpu(run, error)));
    }
  }

  @Test
  void aRunThatFailsToStartWithoutAGpuFailsAsBefore() {
    List<String> notes = new ArrayList<>();
    EngineException error = new EngineException(OOM);
    assertSame(error, assertThrows(EngineException.class, () -> GpuFailover.begin(true, gpu -> {
      throw error;
    }, notes(notes))));
    assertEquals(List.of(), notes);
  }

  @Test
  void aRunOnTheCpuAsAskedSaysNothingOfDevices() throws Exception {
    List<String> notes = new ArrayList<>();
    try (TrainingRun run = GpuFailover.start(TinyModels.fashion(256, 64), options("asked", 1), notes(notes))) {
      assertEquals(Device.cpu(), run.device());
      assertEquals(List.of(), notes);
    }
  }

  @Test
  void aFailureAfterACheckpointGoesOnFromIt() throws Exception {
    DataSplit data = TinyModels.fashion(600, 100);
    ModelDescription straight = straight(data, 3);
    List<String> notes = new ArrayList<>();
    TrainingRun run = TrainingRun.start(data, options("moved", 3), notes(notes));
    int batches = run.batchesPerEpoch();
    for (int i = 0; i < batches + 3; i++) {
      run.step();
    }
    run.setBeta(1.0, 1);

    TrainingRun cpu = run.continueOnCpu(OOM);
    try {
      assertEquals(List.of("The GPU failed at epoch 2, step 4 (" + OOM + "): training goes on on the"
          + " CPU from the checkpoint after epoch 1."), notes);
      assertEquals(2, cpu.epoch());
      assertEquals(batches, cpu.steps());
      assertEquals(Device.cpu(), cpu.device());
      assertEquals(1, cpu.description().epochsDone());
      while (cpu.step()) {
        // to the end
      }
      assertEquals(3, cpu.description().epochsDone());
      assertEquals(straight.heldOutLoss(), cpu.description().heldOutLoss());
      assertEquals(straight.history().get(2).trainTotal(), cpu.description().history().get(2).trainTotal());
      assertEquals(List.of(new SettingChange(batches + 1, 1.0, 1)),
          cpu.description().history().get(1).changes(), "the warm-up set before the failure is kept");
    } finally {
      cpu.close();
    }
  }

  @Test
  void aFailureInTheFirstEpochStartsAgain() throws Exception {
    DataSplit data = TinyModels.fashion(600, 100);
    ModelDescription straight = straight(data, 2);
    List<String> notes = new ArrayList<>();
    TrainingRun run = TrainingRun.start(data, options("again", 2), notes(notes));
    run.step();
    run.step();

    TrainingRun cpu = run.continueOnCpu(OOM);
    try {
      assertEquals(List.of("The GPU failed at epoch 1, step 3 (" + OOM + "): training starts again"
          + " on the CPU (no epoch had finished)."), notes);
      assertEquals(0, cpu.steps());
      while (cpu.step()) {
        // to the end
      }
      assertEquals(straight.heldOutLoss(), cpu.description().heldOutLoss());
    } finally {
      cpu.close();
    }
  }

  private ModelDescription straight(DataSplit data, int epochs) throws Exception {
    return new AutoencoderTrainer(data, new TrainingObserver() {}, () -> false)
        .train(options("straight", epochs));
  }

  private TrainingOptions options(String name, int epochs) {
    return TinyModels.options(dir.resolve(name), ModelKind.VAE, Architecture.MLP, 2, List.of(32), epochs);
  }

  private static TrainingObserver notes(List<String> notes) {
    return new TrainingObserver() {
      @Override
      public void onNote(String message) {
        notes.add(message);
      }
    };
  }
}
