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
