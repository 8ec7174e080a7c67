package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoencoderBlockTest {

  @ParameterizedTest
  @CsvSource({
    "VAE, MLP, 1, 8, 8, 2",
    "AE, MLP, 1, 28, 28, 512",
    "VAE, CONV, 1, 8, 8, 3",
    "VAE, CONV, 1, 28, 28, 16",
    "AE, CONV, 3, 64, 64, 32",
    "VAE, CONV, 3, 96, 96, 128",
    "VAE, MLP, 3, 96, 96, 1"
  })
  void encodesAndDecodesEveryInputSize(
      ModelKind kind, Architecture arch, int channels, int height, int width, int latent) {
    ModelSpec spec =
        new ModelSpec(
            kind,
            arch,
            latent,
            ModelSpec.defaultHidden(arch),
            new InputShape(channels, height, width),
            Likelihood.BERNOULLI);
    assertEquals(List.of(), spec.problems());
    try (NDManager m = NDManager.newBaseManager()) {
      AutoencoderBlock block = new AutoencoderBlock(spec);
      block.initialize(m);
      ParameterStore store = new ParameterStore(m, false);
      NDArray x = m.randomUniform(0, 1, new Shape(3, channels, height, width));

      NDList encoded = block.encode(store, x, false);
      NDArray logits = block.decode(store, encoded.get(0), false);

      assertEquals(kind == ModelKind.VAE ? 2 : 1, encoded.size());
      assertEquals(new Shape(3, latent), encoded.get(0).getShape());
      assertEquals(new Shape(3, channels, height, width), logits.getShape());
      NDList all = block.forward(store, new NDList(x), false);
      assertEquals(logits.getShape(), all.get(0).getShape());
    }
  }

  @ParameterizedTest
  @CsvSource({"MLP, 28", "CONV, 28"})
  void weightsAndBiasesStartWithinPyTorchsFanInBound(Architecture arch, int side) {
    ModelSpec spec =
        new ModelSpec(
            ModelKind.VAE, arch, 2, ModelSpec.defaultHidden(arch), new InputShape(1, side, side),
            Likelihood.BERNOULLI);
    try (NDManager m = NDManager.newBaseManager()) {
      AutoencoderBlock block = new AutoencoderBlock(spec);
      block.initialize(m);
      FanInUniformInitializer.initializeBiases(block, new java.util.Random(3));
      int weights = 0;
      int biases = 0;
      for (var p : block.getParameters()) {
        NDArray w = p.getValue().getArray();
        if (p.getKey().endsWith("bias")) {
          String weightName = p.getKey().substring(0, p.getKey().length() - 4) + "weight";
          Shape ws = block.getParameters().get(weightName).getArray().getShape();
          long fanIn = ws.size() / ws.get(0);
          float max = w.abs().max().getFloat();
          assertTrue(max <= 1 / Math.sqrt(fanIn) + 1e-6, p.getKey() + " max " + max);
          assertTrue(max > (w.size() >= 16 ? 0.5 : 0) / Math.sqrt(fanIn),
              p.getKey() + " max " + max + ": PyTorch's biases are not zero");
          biases++;
        }
        if (p.getKey().endsWith("weight")) {
          long fanIn = w.getShape().size() / w.getShape().get(0);
          float max = w.abs().max().getFloat();
          assertTrue(max <= 1 / Math.sqrt(fanIn) + 1e-6, p.getKey() + " max " + max);
          assertTrue(max > 0.5 / Math.sqrt(fanIn), p.getKey() + " max " + max);
          weights++;
        }
      }
      assertTrue(weights >= 4);
      assertEquals(weights, biases);
    }
  }

  @ParameterizedTest
  @CsvSource({"0, latentSize is 0", "513, latentSize is 513"})
  void latentSizeOutOfRangeIsAProblem(int latent, String message) {
    ModelSpec spec =
        new ModelSpec(
            ModelKind.AE, Architecture.MLP, latent, List.of(8), new InputShape(1, 8, 8),
            Likelihood.BERNOULLI);
    assertTrue(spec.problems().get(0).startsWith(message), spec.problems().toString());
  }

  @org.junit.jupiter.api.Test
  void chosenFiltersShapeTheConvolutionsAndTheFileKeepsThem() throws Exception {
    ModelSpec spec =
        new ModelSpec(
                ModelKind.VAE, Architecture.CONV, 10, List.of(32), new InputShape(1, 64, 64),
                Likelihood.BERNOULLI)
            .withFilters(List.of(4, 8, 8, 16));
    assertEquals(List.of(), spec.problems());
    assertEquals("VAE, conv 4-8-8-16, 10-D latent, " + spec.input(), spec.summary());
    try (NDManager m = NDManager.newBaseManager()) {
      AutoencoderBlock block = new AutoencoderBlock(spec);
      block.initialize(m);
      java.util.Map<String, Shape> shapes = new java.util.HashMap<>();
      long count = 0;
      for (var p : block.getParameters()) {
        shapes.put(p.getKey(), p.getValue().getArray().getShape());
        count += p.getValue().getArray().size();
      }
      // encoder: 4x4 convs 1-4-8-8-16 (64 to 4 pixels), 256 to 32, 32 to 20; decoder: 10 to 32,
      // 32 to 16x4x4, 3x3 convs 16-8-8-4-1
      long expected =
          (16 * 4 + 4) + (4 * 16 * 8 + 8) + (8 * 16 * 8 + 8) + (8 * 16 * 16 + 16)
              + (256 * 32 + 32) + (32 * 20 + 20)
              + (10 * 32 + 32) + (32 * 256 + 256)
              + (16 * 9 * 8 + 8) + (8 * 9 * 8 + 8) + (8 * 9 * 4 + 4) + (4 * 9 * 1 + 1);
      assertEquals(expected, count, shapes.toString());
      ParameterStore store = new ParameterStore(m, false);
      NDArray x = m.randomUniform(0, 1, new Shape(2, 1, 64, 64));
      assertEquals(new Shape(2, 1, 64, 64), block.forward(store, new NDList(x), false).get(0).getShape());
    }
    String json = Json.GSON.toJson(spec);
    assertEquals(spec, Json.GSON.fromJson(json, ModelSpec.class));
    ModelSpec older = Json.GSON.fromJson(json.replaceAll(",\\s*\"filters\"[^\\]]*\\]", ""), ModelSpec.class);
    assertEquals(ModelSpec.DEFAULT_FILTERS, older.convFilters(), "a file written before the option");
  }
}
