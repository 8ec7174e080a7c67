package org.latentexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.Likelihood;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.TinyModels;
import org.latentexplorer.train.TrainingObserver;
import org.latentexplorer.train.TrainingOptions;

/** The measuring work against the same sums written out in double precision from the logits. */
class ModelMeasuresTest {

  @TempDir static Path dir;
  static Path bernoulli;
  static Path gaussian;
  static DataSplit data;

  @BeforeAll
  static void trainModels() throws Exception {
    bernoulli = dir.resolve("bernoulli");
    gaussian = dir.resolve("gaussian");
    TinyModels.train(bernoulli, ModelKind.VAE);
    data = TinyModels.fashion(1000, 200);
    new AutoencoderTrainer(data, new TrainingObserver() {}, () -> false)
        .train(
            TrainingOptions.builder("fashion-mnist", gaussian)
                .hidden(List.of(64)).likelihood(Likelihood.GAUSSIAN).epochs(1).batchSize(64)
                .seed(7).useGpu(false).command("test").build());
  }

  /** The decoder's logits, straight from the block. */
  private static float[] logits(Path folder, float[] z, int n) throws Exception {
    try (NDManager m = NDManager.newBaseManager()) {
      var block = ModelStore.load(folder, m, false).block();
      return block
          .decode(new ParameterStore(m, false), m.create(z, new Shape(n, z.length / n)), false)
          .toFloatArray();
    }
  }

  /** log p(x|z) from logits in double: Bernoulli -sum(softplus(l) - x l); Gaussian the density. */
  private static double logLikelihood(Likelihood kind, float[] x, float[] l, int offset) {
    double sum = 0;
    for (int p = 0; p < x.length; p++) {
      double logit = l[offset + p];
      if (kind == Likelihood.BERNOULLI) {
        double softplus = Math.max(logit, 0) + Math.log1p(Math.exp(-Math.abs(logit)));
        sum -= softplus - x[p] * logit;
      } else {
        double r = x[p] - 1 / (1 + Math.exp(-logit));
        sum -= 0.5 * r * r + 0.5 * Math.log(2 * Math.PI);
      }
    }
    return sum;
  }

  @Test
  void logLikelihoodsAreTheTrainingLikelihoodOfEachPoint() throws Exception {
    float[] x = data.heldOut().image(3);
    float[] zs = {0.1f, -0.4f, 1.2f, 0.3f, -2f, 0.5f};
    for (Path folder : new Path[] {bernoulli, gaussian}) {
      try (LatentEngine engine = LatentEngine.open(folder)) {
        ModelMeasures measures = new ModelMeasures(engine);
        float[] ll = measures.logLikelihoods(x, 1, zs, 3).get();
        float[] l = logits(folder, zs, 3);
        for (int k = 0; k < 3; k++) {
          double expected = logLikelihood(measures.likelihood(), x, l, k * 784);
          assertEquals(expected, ll[k], 1e-5 * Math.abs(expected), folder + " point " + k);
        }
      }
    }
  }

  @Test
  void pointsBeyondOneDecodeCallAreChunkedAndEachIsItsImagesLikelihood() throws Exception {
    int images = 3;
    int perImage = 4000;
    float[] x = Arrays.copyOf(data.heldOut().pixels(), images * 784);
    float[] zs = new float[images * perImage * 2];
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < zs.length; i++) {
      zs[i] = (float) random.nextGaussian();
    }
    try (LatentEngine engine = LatentEngine.open(bernoulli)) {
      ModelMeasures measures = new ModelMeasures(engine);
      assertEquals(8192, ModelMeasures.pointsPerChunk(engine.description().model()),
          "12,000 points take two calls");
      float[] ll = measures.logLikelihoods(x, images, zs, perImage).get();
      float[] l = logits(bernoulli, zs, images * perImage);
      for (int p = 0; p < images * perImage; p += 997) {
        float[] image = Arrays.copyOfRange(x, (p / perImage) * 784, (p / perImage + 1) * 784);
        double expected = logLikelihood(Likelihood.BERNOULLI, image, l, p * 784);
        assertEquals(expected, ll[p], 1e-5 * Math.abs(expected), "point " + p);
      }
    }
  }

  @Test
  void aConvDecoderTakesFewerPointsACallThanAnMlp() {
    var sprites = new org.latentexplorer.model.ModelSpec(
        ModelKind.VAE, Architecture.CONV, 10, List.of(256),
        new org.latentexplorer.model.InputShape(1, 64, 64), Likelihood.BERNOULLI)
        .withFilters(List.of(32, 32, 64, 64));
    assertEquals((1 << 25) / (32 * 64 * 64), ModelMeasures.pointsPerChunk(sprites));
  }

  @Test
  void reconstructionsDecodeTheMeansAndTheirLossIsTheTrainingLoss() throws Exception {
    float[] images = Arrays.copyOf(data.heldOut().pixels(), 5 * 784);
    for (Path folder : new Path[] {bernoulli, gaussian}) {
      try (LatentEngine engine = LatentEngine.open(folder)) {
        ModelMeasures measures = new ModelMeasures(engine);
        ModelMeasures.Reconstructions r = measures.reconstruct(images, 5).get();
        Encoding e = engine.encode(images, 5, null).get();
        float[] l = logits(folder, e.means(), 5);
        for (int i = 0; i < 5; i++) {
          float[] x = Arrays.copyOfRange(images, i * 784, (i + 1) * 784);
          float[] expected = new float[784];
          double sse = 0;
          for (int p = 0; p < 784; p++) {
            expected[p] = (float) (1 / (1 + Math.exp(-l[i * 784 + p])));
            sse += (x[p] - expected[p]) * (double) (x[p] - expected[p]);
          }
          assertArrayEquals(expected, Arrays.copyOfRange(r.pixels(), i * 784, (i + 1) * 784), 1e-6f);
          double loss =
              measures.likelihood() == Likelihood.BERNOULLI
                  ? -logLikelihood(Likelihood.BERNOULLI, x, l, i * 784)
                  : sse;
          assertEquals(loss, r.loss()[i], 1e-5 * loss, folder + " image " + i);
        }
      }
    }
  }

  @Test
  void theGradientSignStepMovesEveryPixelBySigmaAndTheCodeMoreThanNoiseDoes() throws Exception {
    int n = 200;
    float[] images = Arrays.copyOf(data.heldOut().pixels(), n * 784);
    float sigma = 0.1f;
    try (LatentEngine engine = LatentEngine.open(bernoulli)) {
      ModelMeasures measures = new ModelMeasures(engine);
      Encoding clean = engine.encode(images, n, null).get();
      assertArrayEquals(images, measures.meanShiftAttack(images, n, clean.means(), 0f, 1).get());
      float[] attacked = measures.meanShiftAttack(images, n, clean.means(), sigma, 1).get();
      int moved = 0;
      for (int p = 0; p < images.length; p++) {
        float step = Math.abs(attacked[p] - images[p]);
        boolean clipped = attacked[p] == 0f || attacked[p] == 1f;
        assertTrue(Math.abs(step - sigma) < 1e-6 || clipped || step == 0, "pixel " + p + " moved " + step);
        moved += step > 0 ? 1 : 0;
      }
      assertTrue(moved > images.length / 3, "most pixels move: " + moved);
      float[] noisy = new float[images.length];
      Random random = new Random(5);
      for (int p = 0; p < noisy.length; p++) {
        noisy[p] = Math.min(1f, Math.max(0f, images[p] + sigma * (float) random.nextGaussian()));
      }
      double attack = displacement(clean, engine.encode(attacked, n, null).get());
      double noise = displacement(clean, engine.encode(noisy, n, null).get());
      assertTrue(attack > 2 * noise, "the worst case of the same size moves codes further: " + attack + " vs " + noise);
    }
  }

  private static double displacement(Encoding a, Encoding b) {
    double sum = 0;
    for (int i = 0; i < a.means().length; i++) {
      double d = a.means()[i] - b.means()[i];
      sum += d * d;
    }
    return sum / a.count();
  }

  @Test
  void twoModelsAttackedAtOnceBothGetTheirAnswer() throws Exception {
    // DJL allows one gradient collector in the whole process; the Evaluate tab runs two models'
    // evaluations at once ("A PtGradientCollector is already collecting" before ExclusiveGradients)
    int n = 50;
    float[] images = Arrays.copyOf(data.heldOut().pixels(), n * 784);
    try (LatentEngine a = LatentEngine.open(bernoulli);
        LatentEngine b = LatentEngine.open(gaussian)) {
      Encoding ea = a.encode(images, n, null).get();
      Encoding eb = b.encode(images, n, null).get();
      float[] aloneA = new ModelMeasures(a).meanShiftAttack(images, n, ea.means(), 0.1f, 3).get();
      float[] aloneB = new ModelMeasures(b).meanShiftAttack(images, n, eb.means(), 0.1f, 3).get();
      for (int round = 0; round < 20; round++) {
        var fa = new ModelMeasures(a).meanShiftAttack(images, n, ea.means(), 0.1f, 3);
        var fb = new ModelMeasures(b).meanShiftAttack(images, n, eb.means(), 0.1f, 3);
        assertArrayEquals(aloneA, fa.get(), "round " + round);
        assertArrayEquals(aloneB, fb.get(), "round " + round);
      }
    }
  }
}
