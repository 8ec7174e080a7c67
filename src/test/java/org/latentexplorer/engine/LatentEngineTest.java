package org.latentexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.train.TinyModels;

class LatentEngineTest {

  @TempDir static Path dir;
  static Path vae;
  static Path ae;

  @BeforeAll
  static void trainModels() throws Exception {
    vae = dir.resolve("vae");
    ae = dir.resolve("ae");
    TinyModels.train(vae, ModelKind.VAE);
    TinyModels.train(ae, ModelKind.AE);
  }

  private static float[] directDecode(Path folder, float[] z) throws Exception {
    try (NDManager m = NDManager.newBaseManager()) {
      var block = ModelStore.load(folder, m, false).block();
      return block
          .decode(new ParameterStore(m, false), m.create(z, new Shape(1, z.length)), false)
          .getNDArrayInternal()
          .sigmoid()
          .toFloatArray();
    }
  }

  /**
   * After a failure of its GPU the engine loads the model again on the CPU and runs there; the
   * tests have no GPU, so the reload is asked for directly, on the engine thread.
   */
  @Test
  void aModelLoadedAgainOnTheCpuDecodesTheSamePixelsAndSaysWhy() throws Exception {
    float[] z = {0.4f, -1.1f};
    java.util.List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (LatentEngine engine = LatentEngine.open(vae)) {
      engine.hearNotes(notes::add);
      float[] before = engine.decode(z).get();
      Encoding encoded = engine.encode(new float[784], 1, null).get();

      assertTrue(engine.withNetwork((network, m) -> engine.reloadOnCpu("CUDA error: out of memory")).get());

      assertEquals(java.util.List.of("The GPU failed (CUDA error: out of memory): the model vae runs on"
          + " the CPU from now on."), notes);
      assertEquals("CPU", engine.deviceName());
      assertArrayEquals(before, engine.decode(z).get());
      assertArrayEquals(encoded.mean(0), engine.encode(new float[784], 1, null).get().mean(0));
    }
  }

  @Test
  void decodesToTheModelsOwnPixels() throws Exception {
    float[] z = {0.4f, -1.1f};
    try (LatentEngine engine = LatentEngine.open(vae)) {
      float[] image = engine.decode(z).get();
      assertEquals("CPU", engine.deviceName());
      assertEquals(784, image.length);
      assertArrayEquals(directDecode(vae, z), image, 1e-6f);
      for (float v : image) {
        assertTrue(v >= 0 && v <= 1);
      }
      float[][] both = engine.decodeAll(new float[][] {z, {0f, 0f}}).get();
      assertArrayEquals(image, both[0], 1e-6f);
      assertArrayEquals(directDecode(vae, new float[] {0f, 0f}), both[1], 1e-6f);
    }
  }

  @Test
  void encodesAVaeToMeansAndLogVariancesAndAnAeToCodes() throws Exception {
    DataSplit data = TinyModels.fashion(10, 2500);
    try (LatentEngine v = LatentEngine.open(vae);
        LatentEngine a = LatentEngine.open(ae)) {
      double[] progress = {0};
      Encoding e = v.encode(data.heldOut().pixels(), 2500, f -> progress[0] = f).get();
      assertEquals(2500, e.count());
      assertEquals(5000, e.means().length);
      assertNotNull(e.logVariances());
      assertEquals(1.0, progress[0]);
      Encoding one = v.encode(data.heldOut().image(1234), 1, null).get();
      assertArrayEquals(one.mean(0), e.mean(1234), 1e-5f);
      assertNull(a.encode(data.heldOut().pixels(), 2500, null).get().logVariances());
    }
  }

  @Test
  void latestWinsSupersedesWaitingDecodes() throws Exception {
    GateExecutor gate = new GateExecutor();
    try (LatentEngine engine = LatentEngine.open(vae, gate, false)) {
      gate.hold();
      CompletableFuture<float[]> first = engine.decodeLatest(new float[] {1f, 1f});
      CompletableFuture<float[]> second = engine.decodeLatest(new float[] {2f, 2f});
      CompletableFuture<float[]> third = engine.decodeLatest(new float[] {-1f, 0.5f});

      assertEquals(1, gate.queued(), "a drag must not queue one task per request");
      assertTrue(first.isCancelled());
      assertTrue(second.isCancelled());
      assertTrue(!third.isDone());
      gate.release();

      assertArrayEquals(directDecode(vae, new float[] {-1f, 0.5f}), third.get(), 1e-6f);
      CompletableFuture<float[]> later = engine.decodeLatest(new float[] {0f, 0f});
      assertTrue(later.isDone(), "a request after the drain runs at once");
    }
  }

  @Test
  void badLatentPointsAreRefused() throws Exception {
    try (LatentEngine engine = LatentEngine.open(vae)) {
      assertThrows(IllegalArgumentException.class, () -> engine.decode(new float[3]));
      assertThrows(
          IllegalArgumentException.class, () -> engine.decodeLatest(new float[] {Float.NaN, 0}));
    }
  }

  @Test
  void aClosedEngineAnswersWithAnError() throws Exception {
    LatentEngine engine = LatentEngine.open(vae);
    engine.close();
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> engine.decode(new float[2]).get());
    assertTrue(e.getCause() instanceof IllegalStateException);
  }

  @Test
  void aBrokenFolderIsAModelException() throws Exception {
    Path broken = dir.resolve("broken");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("model.json"), "[1, 2");
    GateExecutor gate = new GateExecutor();
    ModelException e =
        assertThrows(ModelException.class, () -> LatentEngine.open(broken, gate, false));
    assertTrue(e.getMessage().contains("not valid model JSON"), e.getMessage());
    assertTrue(gate.isShutdown());
  }
}
