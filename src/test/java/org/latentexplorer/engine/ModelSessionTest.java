package org.latentexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.train.TinyModels;

class ModelSessionTest {

  @TempDir Path dir;

  @Test
  void opensAModelWithItsDataEncoded() throws Exception {
    TinyModels.train(dir, ModelKind.VAE);
    try (ModelSession s = ModelSession.open(dir, ProgressSink.none())) {
      assertEquals(10_000, s.data().size());
      assertEquals(10_000, s.encoding().count());
      assertEquals(2, s.statistics().dims());
      assertEquals(s.encoding().mean(7)[1], s.encoding().means()[15]);
    }
  }

  @Test
  void aSecondOpenReadsTheCodesTheFirstEncodedFromTheUsersCache() throws Exception {
    TinyModels.train(dir, ModelKind.VAE);
    java.util.List<String> said = new java.util.ArrayList<>();
    try (ModelSession first = ModelSession.open(dir, ProgressSink.none());
        ModelSession second = ModelSession.open(dir, (what, f) -> said.add(what))) {
      assertTrue(said.stream().noneMatch(w -> w.startsWith("Encoding")), said.toString());
      org.junit.jupiter.api.Assertions.assertArrayEquals(first.encoding().means(), second.encoding().means());
      org.junit.jupiter.api.Assertions.assertArrayEquals(first.encoding().logVariances(), second.encoding().logVariances());
      String key = EncodingCache.key(second.description(), second.data());
      assertTrue(Files.isRegularFile(org.latentexplorer.data.AppHome.userData().resolve("cache/encodings")
          .resolve(key + EncodingCache.SUFFIX)));
      try (LatentEngine engine = LatentEngine.open(dir)) {
        Encoding fresh = engine.encode(second.data().pixels(), second.data().size(), f -> {}).join();
        org.junit.jupiter.api.Assertions.assertArrayEquals(fresh.means(), second.encoding().means(),
            "the kept codes are the model's");
      }
    }
  }

  @Test
  void aModelWhoseInputDoesNotFitItsDataIsRefusedByName() throws Exception {
    TinyModels.train(dir, ModelKind.AE);
    nameDataSet(dir, "digits");
    ModelException e =
        assertThrows(ModelException.class, () -> ModelSession.open(dir, ProgressSink.none()));
    assertTrue(
        e.getMessage().contains(
            "the model takes grey 28x28 images, but the data set 'digits' holds 1797 grey 8x8 images"),
        e.getMessage());
  }

  @Test
  void aModelWhoseDataCannotBeFoundSaysWhich() throws Exception {
    TinyModels.train(dir, ModelKind.AE);
    nameDataSet(dir, "/nowhere/faces");
    ModelException e =
        assertThrows(ModelException.class, () -> ModelSession.open(dir, ProgressSink.none()));
    assertTrue(e.getMessage().contains("its data set '/nowhere/faces' cannot be read"), e.getMessage());
  }

  /** Makes a tiny Fashion-MNIST model's model.json name another data set. */
  static void nameDataSet(Path model, String name) throws java.io.IOException {
    Path json = model.resolve("model.json");
    Files.writeString(
        json,
        Files.readString(json).replace("\"name\": \"fashion-mnist\"", "\"name\": \"" + name + "\""));
  }
}
