package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.AutoencoderBlock;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.LoadedModel;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;

class AutoencoderTrainerTest {

  @TempDir Path dir;

  private static double heldOutLoss(AutoencoderBlock block, NDManager m, DataSplit data) {
    NDArray x =
        m.create(data.heldOut().pixels(), new Shape(data.heldOut().size(), 1, 28, 28));
    double[] terms =
        new BatchArithmetic(m, block, new ParameterStore(m, false)).evaluate(x, data.heldOut().size(), new java.util.Random(1));
    return terms[0] + terms[1];
  }

  @Test
  void aShortRealRunLowersTheHeldOutLoss() throws Exception {
    DataSplit data = TinyModels.fashion(2000, 500);
    List<EpochRecord> seen = new ArrayList<>();
    double untrained;
    try (NDManager m = NDManager.newBaseManager()) {
      org.latentexplorer.model.Engines.seed(7);
      AutoencoderBlock fresh =
          new AutoencoderBlock(
              new org.latentexplorer.model.ModelSpec(
                  ModelKind.VAE,
                  Architecture.MLP,
                  2,
                  List.of(64),
                  new org.latentexplorer.model.InputShape(1, 28, 28),
                  org.latentexplorer.model.Likelihood.BERNOULLI));
      fresh.initialize(m);
      untrained = heldOutLoss(fresh, m, data);
    }

    ModelDescription d =
        new AutoencoderTrainer(
                data,
                new TrainingObserver() {
                  @Override
                  public void onEpoch(EpochRecord record) {
                    seen.add(record);
                  }
                },
                () -> false)
            .train(TinyModels.options(dir, ModelKind.VAE, Architecture.MLP, 2, List.of(64), 3));

    assertEquals(3, seen.size());
    assertEquals(3, d.history().size());
    // An untrained Bernoulli decoder gives about 784 ln 2 = 543 nats an image.
    assertTrue(untrained > 500, "untrained " + untrained);
    assertTrue(d.heldOutLoss() < 0.75 * untrained, untrained + " -> " + d.heldOutLoss());
    assertTrue(seen.get(2).heldOutTotal() < seen.get(0).heldOutTotal());
    assertTrue(seen.get(0).trainKl() > 0);
    assertEquals(d.heldOutLoss(), seen.get(2).heldOutTotal());
    try (NDManager m = NDManager.newBaseManager()) {
      LoadedModel loaded = ModelStore.load(dir, m, false);
      assertTrue(heldOutLoss(loaded.block(), m, data) < 0.75 * untrained);
    }
  }

  @Test
  void anAutoencoderHasNoKlTerm() throws Exception {
    ModelDescription d = TinyModels.train(dir, ModelKind.AE);
    assertEquals(0.0, d.history().get(1).trainKl());
    assertEquals(0.0, d.history().get(1).heldOutKl());
    assertEquals(0.0, d.training().beta());
  }

  @Test
  void aResumedRunContinuesExactlyAsAnUnbrokenOne() throws Exception {
    DataSplit data = TinyModels.fashion(600, 100);
    Path whole = dir.resolve("whole");
    Path broken = dir.resolve("broken");
    ModelDescription straight =
        new AutoencoderTrainer(data, new TrainingObserver() {}, () -> false)
            .train(TinyModels.options(whole, ModelKind.VAE, Architecture.MLP, 2, List.of(32), 3));
    new AutoencoderTrainer(data, new TrainingObserver() {}, () -> false)
        .train(TinyModels.options(broken, ModelKind.VAE, Architecture.MLP, 2, List.of(32), 2));

    ModelDescription resumed =
        new AutoencoderTrainer(data, new TrainingObserver() {}, () -> false)
            .resume(broken, 3, false);

    assertEquals(3, resumed.epochsDone());
    assertEquals(
        straight.history().get(2).trainTotal(), resumed.history().get(2).trainTotal(), 1e-3);
    assertEquals(straight.heldOutLoss(), resumed.heldOutLoss(), 1e-3);
    assertArrayEquals(
        Files.readAllBytes(whole.resolve(straight.parameters().file())).length > 0
            ? decodeOnce(whole)
            : null,
        decodeOnce(broken),
        1e-4f);
  }

  @Test
  void stoppingKeepsTheLastCompleteEpoch() throws Exception {
    DataSplit data = TinyModels.fashion(600, 100);
    int[] steps = {0};
    ModelDescription d =
        new AutoencoderTrainer(
                data,
                new TrainingObserver() {
                  @Override
                  public void onBatch(int epoch, int batch, double loss) {
                    steps[0]++;
                  }
                },
                () -> steps[0] >= 15)
            .train(TinyModels.options(dir, ModelKind.VAE, Architecture.MLP, 2, List.of(32), 5));
    assertEquals(1, d.epochsDone());
    assertEquals(1, ModelStore.readDescription(dir).epochsDone());
  }

  private static float[] decodeOnce(Path folder) throws Exception {
    try (NDManager m = NDManager.newBaseManager()) {
      AutoencoderBlock block = ModelStore.load(folder, m, false).block();
      return block
          .decode(new ParameterStore(m, false), m.create(new float[] {0.5f, -0.5f}, new Shape(1, 2)), false)
          .toFloatArray();
    }
  }

  /**
   * A constant that entered the graph as a Java number was freed by the garbage collector before
   * the backward pass read it (see {@link Losses}); a run with collections going on all the time
   * must give the same numbers, bit for bit, as one without.
   */
  @Test
  void garbageCollectionsDuringTrainingChangeNothing(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    DataSplit data = TinyModels.fashion(3000, 200);
    ModelDescription quiet =
        new AutoencoderTrainer(data, new TrainingObserver() {}, () -> false)
            .train(TinyModels.options(tmp.resolve("quiet"), ModelKind.VAE, Architecture.MLP, 2, List.of(64), 2));
    java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
    // collect over and over, but leave the training as much time as each collection took: a full
    // collection lasts longer when other tests have left more live objects in this JVM
    Thread collector = new Thread(() -> {
      while (running.get()) {
        long start = System.nanoTime();
        System.gc();
        long took = System.nanoTime() - start;
        java.util.concurrent.locks.LockSupport.parkNanos(took);
      }
    });
    collector.setDaemon(true);
    collector.start();
    ModelDescription busy;
    try {
      busy =
          new AutoencoderTrainer(data, new TrainingObserver() {}, () -> false)
              .train(TinyModels.options(tmp.resolve("busy"), ModelKind.VAE, Architecture.MLP, 2, List.of(64), 2));
    } finally {
      running.set(false);
      collector.join();
    }
    for (int e = 0; e < 2; e++) {
      assertEquals(quiet.history().get(e).trainTotal(), busy.history().get(e).trainTotal(), 0.0, "epoch " + (e + 1));
      assertEquals(quiet.history().get(e).heldOutTotal(), busy.history().get(e).heldOutTotal(), 0.0, "epoch " + (e + 1));
    }
  }
}
