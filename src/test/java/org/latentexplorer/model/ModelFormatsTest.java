package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.AppHome;

class ModelFormatsTest {

  private static Path torchScriptFolder() throws Exception {
    return Path.of(ModelFormatsTest.class.getResource("/torchscript/tiny-vae").toURI());
  }

  @Test
  void everyBundledModelOpensThroughItsFormat() throws Exception {
    List<Path> folders = ModelStore.listModels(AppHome.models());
    assertTrue(folders.size() >= 8, "bundled models: " + folders);
    for (Path folder : folders) {
      ModelDescription d = ModelStore.readDescription(folder);
      assertSame(ModelFormats.OWN, ModelFormats.of(d.model()), folder.toString());
      assertNull(d.model().format(), folder.toString());
      try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu());
          InferenceModel m = ModelStore.loadForInference(folder, manager)) {
        assertEquals(d.model(), m.description().model(), folder.toString());
      }
    }
  }

  @Test
  void aTorchScriptFolderIsReadAsTheTorchScriptFormat() throws Exception {
    ModelDescription d = ModelStore.readDescription(torchScriptFolder());
    assertSame(ModelFormats.TORCHSCRIPT, ModelFormats.of(d.model()));
    assertTrue(d.model().isTorchScript());
    assertNull(d.model().architecture(), "TorchScript is a format, not an architecture");
    assertEquals("VAE, TorchScript, 3-D latent, " + d.model().input(), d.model().summary());
    try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu());
        InferenceModel m = ModelStore.loadForInference(torchScriptFolder(), manager)) {
      assertEquals(3, m.description().model().latentSize());
    }
  }

  @Test
  void modelJsonIsWrittenAsItWasRead() throws Exception {
    ModelDescription d = ModelStore.readDescription(torchScriptFolder());
    JsonObject spec = JsonParser.parseString(Json.GSON.toJson(d.model())).getAsJsonObject();
    assertEquals("TORCHSCRIPT", spec.get("architecture").getAsString());
    assertFalse(spec.has("format"));
    Path own = AppHome.models().resolve("fashion-vae-2d").resolve(ModelStore.DESCRIPTION);
    JsonObject written = JsonParser.parseString(Files.readString(own)).getAsJsonObject().getAsJsonObject("model");
    JsonObject again =
        JsonParser.parseString(Json.GSON.toJson(ModelStore.readDescription(own.getParent()).model()))
            .getAsJsonObject();
    assertEquals(written, again);
  }
}
