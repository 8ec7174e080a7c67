package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {

  @TempDir Path dir;

  private static final float[] Z = {0.3f, -1.2f, 0.7f};

  private static float[] decode(AutoencoderBlock block, NDManager m) {
    try (NDManager sub = m.newSubManager()) {
      return block
          .decode(new ParameterStore(sub, false), sub.create(Z, new Shape(1, 3)), false)
          .toFloatArray();
    }
  }

  private float[] saveModel(Path folder, int epochs, NDList optimizer) throws Exception {
    try (NDManager m = NDManager.newBaseManager()) {
      Engines.seed(epochs);
      AutoencoderBlock block = new AutoencoderBlock(Descriptions.mlpVae(3));
      block.initialize(m);
      ModelStore.save(
          folder,
          block,
          Descriptions.of(block.spec(), epochs),
          optimizer == null ? null : new NDList(m.ones(new Shape(2))));
      return decode(block, m);
    }
  }

  private static float[] loadAndDecode(Path folder) throws Exception {
    try (NDManager m = NDManager.newBaseManager()) {
      return decode(ModelStore.load(folder, m, false).block(), m);
    }
  }

  @Test
  void loadingAModelDrawsNoRandomNumbers() throws Exception {
    saveModel(dir, 3, null);
    try (NDManager m = NDManager.newBaseManager()) {
      Engines.seed(42);
      float[] expected = m.randomNormal(new Shape(8)).toFloatArray();
      Engines.seed(42);
      loadAndDecode(dir);
      ModelStore.verify(dir);
      assertArrayEquals(expected, m.randomNormal(new Shape(8)).toFloatArray(),
          "a training run elsewhere in the process gets the noise its seed promises");
    }
  }

  @Test
  void savedAndLoadedModelDecodesIdentically() throws Exception {
    float[] before = saveModel(dir, 3, null);

    float[] after = loadAndDecode(dir);

    assertEquals(784, after.length);
    assertArrayEquals(before, after);
    ModelDescription d = ModelStore.readDescription(dir);
    assertEquals("model-0003.params", d.parameters().file());
    assertEquals(64, d.parameters().sha256().length());
    assertEquals(3, d.epochsDone());
  }

  @Test
  void aKillAtAnyMomentOfSavingLeavesTheLastGoodModel() throws Exception {
    Path model = dir.resolve("model");
    float[] good = saveModel(model, 1, null);
    Path other = dir.resolve("other");
    saveModel(other, 2, null);
    // Killed while writing the next parameter file.
    Files.write(model.resolve("model-0002.params" + AtomicFiles.TEMP_SUFFIX), new byte[] {1, 2, 3});
    assertArrayEquals(good, loadAndDecode(model));
    // Killed after the parameter file was renamed into place, before model.json was replaced.
    Files.copy(other.resolve("model-0002.params"), model.resolve("model-0002.params"));
    assertArrayEquals(good, loadAndDecode(model));
    // Killed while writing model.json's replacement.
    Files.writeString(model.resolve("model.json" + AtomicFiles.TEMP_SUFFIX), "{\"format\": 1, \"mo");
    assertArrayEquals(good, loadAndDecode(model));
    assertEquals(1, ModelStore.readDescription(model).epochsDone());
  }

  @Test
  void aFailedWriteLeavesTheTargetUntouched() throws Exception {
    Path target = dir.resolve("file.bin");
    Files.writeString(target, "old");
    assertThrows(
        java.io.IOException.class,
        () ->
            AtomicFiles.write(
                target,
                out -> {
                  out.write(new byte[100]);
                  throw new java.io.IOException("disk full");
                }));
    assertEquals("old", Files.readString(target));
  }

  @Test
  void theNextSaveRemovesStaleFilesAndNeverOverwritesTheCurrentOnes() throws Exception {
    saveModel(dir, 2, new NDList());
    assertTrue(Files.exists(dir.resolve("optimizer-0002.ndlist")));
    saveModel(dir, 2, null);
    try (var files = Files.list(dir)) {
      assertEquals(
          java.util.List.of("model-0002-2.params", "model.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void droppingTheOptimizerStateKeepsAUsableModel() throws Exception {
    float[] good = saveModel(dir, 2, new NDList());
    ModelDescription d = ModelStore.dropOptimizerState(dir);
    assertNull(d.optimizerState());
    assertFalse(Files.exists(dir.resolve("optimizer-0002.ndlist")));
    assertArrayEquals(good, loadAndDecode(dir));
  }

  private ModelException refused(Path folder) {
    return assertThrows(ModelException.class, () -> loadAndDecode(folder));
  }

  @Test
  void aFolderThatIsNotAModel() throws Exception {
    assertTrue(refused(dir.resolve("missing")).getMessage().endsWith("no such model folder"));
    Files.writeString(dir.resolve("file"), "x");
    assertTrue(refused(dir.resolve("file")).getMessage().endsWith("not a folder"));
    ModelException e = refused(dir);
    assertTrue(e.getMessage().contains("not a model folder: it has no model.json"), e.getMessage());
  }

  @Test
  void invalidJsonIsNamed() throws Exception {
    Files.writeString(dir.resolve("model.json"), "{ this is not json");
    ModelException e = refused(dir);
    assertTrue(e.getMessage().contains("model.json: not valid model JSON"), e.getMessage());
  }

  @Test
  void impossibleFieldsAreListed() throws Exception {
    saveModel(dir, 1, null);
    Path json = dir.resolve("model.json");
    Files.writeString(
        json, Files.readString(json).replace("\"latentSize\": 3", "\"latentSize\": 0"));
    ModelException e = refused(dir);
    assertTrue(e.getMessage().contains("latentSize is 0; it must be 1 to 512"), e.getMessage());
  }

  @Test
  void missingParameterFile() throws Exception {
    saveModel(dir, 1, null);
    Files.delete(dir.resolve("model-0001.params"));
    ModelException e = refused(dir);
    assertTrue(
        e.getMessage().contains("names the parameter file model-0001.params, which is missing"),
        e.getMessage());
  }

  @Test
  void damagedParameterFileFailsItsChecksum() throws Exception {
    saveModel(dir, 1, null);
    Path params = dir.resolve("model-0001.params");
    byte[] bytes = Files.readAllBytes(params);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(params, bytes);
    ModelException e = refused(dir);
    assertTrue(e.getMessage().contains("model-0001.params: damaged"), e.getMessage());
  }

  @Test
  void parametersThatDoNotMatchTheDescription() throws Exception {
    saveModel(dir, 1, null);
    Path json = dir.resolve("model.json");
    Files.writeString(
        json, Files.readString(json).replace("\"latentSize\": 3", "\"latentSize\": 5"));
    ModelException e = refused(dir);
    assertTrue(e.getMessage().contains("model-0001.params"), e.getMessage());
    assertTrue(e.getMessage().contains("has shape (6, 32)"), e.getMessage());
    assertTrue(e.getMessage().contains("needs (10, 32)"), e.getMessage());
  }
}
