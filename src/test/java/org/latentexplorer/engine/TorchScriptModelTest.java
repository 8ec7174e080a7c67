package org.latentexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.model.ModelKind;

/**
 * PyTorch models exported as TorchScript, made by {@code
 * src/test/resources/torchscript/make_torchscript_models.py} with Debian's PyTorch; the expected
 * encodings and decodes are the ones PyTorch computed there.
 */
class TorchScriptModelTest {

  /** PyTorch 1.13 wrote the expectations; libtorch 2.7.1 computes: float32 rounding apart. */
  private static final float TOLERANCE = 1e-5f;

  @TempDir Path dir;

  static Path folder(String name) throws Exception {
    return Path.of(TorchScriptModelTest.class.getResource("/torchscript/" + name).toURI());
  }

  private static JsonObject expected() throws Exception {
    return JsonParser.parseString(Files.readString(folder("expected.json"))).getAsJsonObject();
  }

  private static float[] floats(JsonObject o, String key) {
    var a = o.getAsJsonArray(key);
    float[] out = new float[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).getAsFloat();
    }
    return out;
  }

  private static float[][] rows(float[] flat, int width) {
    float[][] out = new float[flat.length / width][];
    for (int i = 0; i < out.length; i++) {
      out[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
    }
    return out;
  }

  @Test
  void aScriptedVaeEncodesAndDecodesAsPyTorchDid() throws Exception {
    JsonObject e = expected();
    try (LatentEngine engine = LatentEngine.open(folder("tiny-vae"), new GateExecutor(), false)) {
      assertEquals(ModelKind.VAE, engine.description().model().kind());
      assertEquals(3, engine.latentSize());
      Encoding enc = engine.encode(floats(e, "images"), 3, null).get();
      assertArrayEquals(floats(e.getAsJsonObject("vae"), "mu"), enc.means(), TOLERANCE);
      assertArrayEquals(floats(e.getAsJsonObject("vae"), "logvar"), enc.logVariances(), TOLERANCE);
      float[][] pixels = engine.decodeAll(rows(floats(e, "z"), 3)).get();
      float[][] wanted = rows(floats(e.getAsJsonObject("vae"), "pixels"), 64);
      for (int i = 0; i < 2; i++) {
        assertArrayEquals(wanted[i], pixels[i], TOLERANCE);
      }
    }
  }

  @Test
  void aTracedAeWithAFlatProbabilityDecoderWorksToo() throws Exception {
    JsonObject e = expected();
    try (LatentEngine engine = LatentEngine.open(folder("tiny-ae"), new GateExecutor(), false)) {
      assertEquals(ModelKind.AE, engine.description().model().kind());
      assertEquals("digits", engine.description().data().name(), "the bundled set of its shape");
      Encoding enc = engine.encode(floats(e, "images"), 3, null).get();
      assertArrayEquals(floats(e.getAsJsonObject("ae"), "mu"), enc.means(), TOLERANCE);
      assertEquals(null, enc.logVariances());
      float[] pixels = engine.decode(rows(floats(e, "z"), 3)[1]).get();
      assertArrayEquals(rows(floats(e.getAsJsonObject("ae"), "pixels"), 64)[1], pixels, TOLERANCE);
    }
  }

  @Test
  void torchScriptModelsCanBeMeasuredWhateverTheirDecoderReturns() throws Exception {
    JsonObject e = expected();
    float[] images = floats(e, "images");
    float[] x = java.util.Arrays.copyOf(images, 64);
    float[] zs = java.util.Arrays.copyOf(floats(e, "z"), 6);
    for (String name : new String[] {"tiny-vae", "tiny-ae"}) {
      try (LatentEngine engine = LatentEngine.open(folder(name), new GateExecutor(), false)) {
        ModelMeasures measures = new ModelMeasures(engine);
        float[] ll = measures.logLikelihoods(x, 1, zs, 2).get();
        float[][] pixels = engine.decodeAll(rows(zs, 3)).get();
        for (int k = 0; k < 2; k++) {
          double expected = 0;
          for (int p = 0; p < 64; p++) {
            double q = pixels[k][p];
            expected += x[p] * Math.log(q) + (1 - x[p]) * Math.log(1 - q);
          }
          assertEquals(expected, ll[k], 1e-4 * Math.abs(expected), name + ": Bernoulli log p(x|z) of point " + k);
        }
        assertFalse(engine.hasInputGradients());
        ExecutionException refused =
            assertThrows(
                ExecutionException.class,
                () -> measures.meanShiftAttack(images, 3, new float[3 * engine.latentSize()], 0.1f, 1).get());
        assertTrue(refused.getCause().getMessage().contains("TorchScript"), refused.getMessage());
      }
    }
  }

  @Test
  void aTorchScriptModelOpensAsASessionOnItsData() throws Exception {
    try (ModelSession s = ModelSession.open(folder("tiny-vae"), (m, f) -> {})) {
      assertEquals(1797, s.data().size());
      assertEquals(3, s.encoding().latentSize());
      assertTrue(s.description().model().summary().startsWith("VAE, TorchScript, 3-D latent"));
    }
  }

  @Test
  void aStateDictWhereTorchScriptBelongsIsNamed() throws Exception {
    ModelException e =
        assertThrows(
            ModelException.class,
            () -> LatentEngine.open(folder("state-dict"), new GateExecutor(), false));
    assertTrue(e.getMessage().startsWith(folder("state-dict").resolve("encoder.pt").toString()), e.getMessage());
    assertTrue(e.getMessage().contains("is not a TorchScript module"), e.getMessage());
  }

  @Test
  void aLatentSizeTheEncoderDoesNotHaveIsNamed() throws Exception {
    ModelException e =
        assertThrows(
            ModelException.class,
            () -> LatentEngine.open(folder("wrong-latent"), new GateExecutor(), false));
    assertTrue(e.getMessage().startsWith(folder("wrong-latent").resolve("encoder.pt").toString()), e.getMessage());
    assertTrue(e.getMessage().contains("shape (2, 3); model.json's latentSize 4 means (N, 4)"), e.getMessage());
  }

  @Test
  void aMissingDecoderOrAWrongDecoderOutputIsNamed() throws Exception {
    Path copy = Files.createDirectories(dir.resolve("m"));
    Files.copy(folder("tiny-vae").resolve("encoder.pt"), copy.resolve("encoder.pt"));
    Files.copy(folder("tiny-vae").resolve("model.json"), copy.resolve("model.json"));
    ModelException missing =
        assertThrows(ModelException.class, () -> LatentEngine.open(copy, new GateExecutor(), false));
    assertTrue(missing.getMessage().contains("decoder.pt is missing"), missing.getMessage());

    Files.copy(folder("tiny-vae").resolve("decoder.pt"), copy.resolve("decoder.pt"));
    Files.writeString(
        copy.resolve("model.json"),
        Files.readString(copy.resolve("model.json")).replace("\"logits\"", "\"probabilities\""));
    ModelException logits =
        assertThrows(ModelException.class, () -> LatentEngine.open(copy, new GateExecutor(), false));
    assertTrue(logits.getMessage().contains("not probabilities in [0, 1]"), logits.getMessage());

    Files.writeString(
        copy.resolve("model.json"),
        Files.readString(copy.resolve("model.json")).replace("\"probabilities\"", "\"pixels\""));
    ModelException word =
        assertThrows(ModelException.class, () -> LatentEngine.open(copy, new GateExecutor(), false));
    assertTrue(word.getMessage().contains("decoderOutput is 'pixels'"), word.getMessage());
  }
}
