package org.latentexplorer.analysis.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.engine.ClassifierEngine;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelMeasures;
import org.latentexplorer.engine.ProgressSink;
import org.latentexplorer.latent.metrics.ImportanceSampling;

/** Evaluations of the bundled models with the bundled classifiers. */
class EvaluatorTest {

  static final Path DIGITS = Path.of("models/digits-vae-2d");
  static final Path DIGITS_CLASSIFIER = Path.of("models/digits-classifier");
  static final Path FASHION_CLASSIFIER = Path.of("models/fashion-mnist-classifier");

  @TempDir Path out;

  private static EvaluationOptions quick() {
    return new EvaluationOptions(
        0, 359, 200, 100, EvaluationOptions.sigmaSweep(0.2, 2), 3, 6, 100, 1);
  }

  private static Evaluation evaluate(Path model, Path classifier, EvaluationOptions o) throws Exception {
    try (LatentEngine engine = LatentEngine.open(model);
        ClassifierEngine c = ClassifierEngine.open(classifier)) {
      EvaluationData data =
          EvaluationData.load(engine.description().data().name(), engine.inputShape());
      return new Evaluator(engine, model.getFileName().toString(), model, data, c, ProgressSink.none(), () -> false)
          .run(o);
    }
  }

  @Test
  void aVaeGetsEveryPartAndItsFiles() throws Exception {
    Evaluation e = evaluate(DIGITS, DIGITS_CLASSIFIER, quick());
    EvaluationReport r = e.report();
    assertEquals(359, r.heldOutItems(), "the digits' held-out fifth");
    double meanLoss = Arrays.stream(e.reconstruction().loss()).average().orElseThrow();
    assertEquals(meanLoss, r.reconstruction().loss().mean(), 1e-12);
    assertNull(r.reconstruction().ssim(), "8 x 8 images are too small for SSIM's window");
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("11 x 11")), r.notes().toString());
    assertEquals(Evaluator.SHOWN, r.reconstruction().best().length);
    assertTrue(e.reconstruction().loss()[r.reconstruction().best()[0]]
        <= e.reconstruction().loss()[r.reconstruction().worst()[0]]);

    EvaluationReport.Likelihood l = r.likelihood();
    assertEquals(200, l.samples());
    assertEquals(l.reconstruction() + l.kl(), l.negativeElbo(), 1e-9);
    assertTrue(l.negativeLogLikelihood() <= l.negativeElbo(), "with K = 200 the bound is at least the ELBO");
    assertEquals(l.negativeElbo() - l.negativeLogLikelihood(), l.gap(), 1e-12);

    EvaluationReport.Generation g = r.generation();
    assertEquals(List.of(GenerationResult.PRIOR_SAMPLES, GenerationResult.RECONSTRUCTIONS, GenerationResult.TRAINING_IMAGES),
        g.baselines().stream().map(EvaluationReport.Baseline::name).toList());
    assertEquals(g.frechetDistance(), g.baselines().get(0).frechetDistance());
    double floor = g.baselines().get(2).frechetDistance();
    assertTrue(floor < g.frechetDistance(), "real against real is the floor: " + floor + " vs " + g.frechetDistance());
    assertEquals(359, Arrays.stream(g.generatedClasses()).sum());
    assertTrue(g.featureSpace().contains("digits classifier"));
    assertTrue(g.score().mean() >= 1 && g.score().mean() <= 10);

    EvaluationReport.Robustness rb = r.robustness();
    assertArrayEquals(new double[] {0, 0.1, 0.2}, rb.sigma());
    assertEquals(0, rb.latentStability()[0]);
    assertTrue(rb.latentStability()[2] > rb.latentStability()[1]);
    assertTrue(rb.attackLatentStability()[1] > rb.latentStability()[1], "the worst case moves codes further");

    EvaluationReport written = EvaluationWriter.write(e, out, true);
    for (String f : written.files()) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    JsonObject json = JsonParser.parseString(Files.readString(out.resolve("evaluation.json"))).getAsJsonObject();
    assertEquals(l.negativeElbo(), json.getAsJsonObject("likelihood").get("negativeElbo").getAsDouble(), 1e-9);
    assertEquals(200, json.getAsJsonObject("likelihood").get("samples").getAsInt());
    assertEquals(g.score().mean(), json.getAsJsonObject("generation").getAsJsonObject("score").get("mean").getAsDouble(), 1e-12);
    assertEquals(3, json.getAsJsonObject("robustness").getAsJsonArray("reconstructionStability").size());
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("![Prior samples](generation-samples.png)"), md);
    assertTrue(md.contains(g.verdict()));

    Path undrawn = out.resolve("undrawn");
    UnsatisfiedLinkError noFreeType = new UnsatisfiedLinkError(
        "/opt/jdk/lib/libfontmanager.so: libfreetype.so.6: cannot open shared object file");
    java.io.IOException said = assertThrows(java.io.IOException.class,
        () -> EvaluationWriter.write(e, undrawn, true, x -> { throw noFreeType; }));
    assertTrue(said.getMessage().startsWith("wrote evaluation.json and report.md to " + undrawn
        + " without figures: Java cannot draw text"), said.getMessage());
    assertTrue(said.getMessage().contains("fonts-dejavu-core"), said.getMessage());
    assertTrue(said.getMessage().contains("libfreetype.so.6: cannot open"), said.getMessage());
    JsonObject kept = JsonParser.parseString(Files.readString(undrawn.resolve("evaluation.json"))).getAsJsonObject();
    assertEquals(json.get("likelihood"), kept.get("likelihood"), "the numbers are kept");
    assertTrue(kept.getAsJsonArray("files").toString().contains("originals.npy"));
    assertTrue(!kept.getAsJsonArray("files").toString().contains(".png"), kept.get("files").toString());
    assertTrue(!Files.readString(undrawn.resolve("report.md")).contains("!["), "no figure is named");
    assertTrue(Files.size(undrawn.resolve("originals.npy")) > 0);
    IllegalStateException bug = new IllegalStateException("a bug in a figure");
    assertEquals(bug, assertThrows(IllegalStateException.class,
        () -> EvaluationWriter.write(e, out.resolve("bug"), false, x -> { throw bug; })),
        "only a font failure is kept from failing the command");

    float[] originals = readNpy(out.resolve("originals.npy"), "(100, 1, 8, 8)");
    assertArrayEquals(Arrays.copyOf(e.heldOut(), 100 * 64), originals);
    float[] recon = readNpy(out.resolve("reconstructions.npy"), "(100, 1, 8, 8)");
    assertArrayEquals(Arrays.copyOf(e.reconstruction().pixels(), 100 * 64), recon);
    float[] features = readNpy(out.resolve("features-generated.npy"), "(359, 64)");
    assertArrayEquals(e.generation().samples().features(), features);
    List<String> csv = Files.readAllLines(out.resolve("metrics.csv"));
    assertEquals("index,label,loss,ssim,psnr", csv.get(0));
    assertEquals(360, csv.size());
    assertTrue(csv.get(1).startsWith("0," + e.labels()[0] + ","), csv.get(1));
  }

  /** The values of a version 1.0 .npy file of float32, checking its header. */
  static float[] readNpy(Path file, String shape) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    assertEquals((byte) 0x93, bytes[0]);
    assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
    int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
    assertEquals(0, (10 + headerLength) % 64, "the data starts on a 64-byte boundary");
    String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
    assertTrue(header.contains("'descr': '<f4'") && header.contains("'fortran_order': False")
        && header.contains("'shape': " + shape), header);
    ByteBuffer b = ByteBuffer.wrap(bytes, 10 + headerLength, bytes.length - 10 - headerLength).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[b.remaining() / 4];
    b.asFloatBuffer().get(v);
    return v;
  }

  @Test
  void withOneSampleTheBoundOfTheRealModelAveragesToItsElbo() throws Exception {
    try (LatentEngine engine = LatentEngine.open(DIGITS)) {
      EvaluationData data = EvaluationData.load("digits", engine.inputShape());
      int n = data.heldOut().size();
      float[] images = data.heldOut().pixels();
      Encoding encoding = engine.encode(images, n, null).get();
      ModelMeasures measures = new ModelMeasures(engine);
      Steps steps = new Steps(ProgressSink.none(), () -> false);
      double[] differences = new double[40];
      for (int s = 0; s < differences.length; s++) {
        LikelihoodResult one = LikelihoodResult.run(measures, images, encoding, n, 1, 64, 100 + s, steps);
        double isBound = Arrays.stream(one.estimates()).mapToDouble(ImportanceSampling.Estimate::logLikelihood).average().orElseThrow();
        double elbo = -Arrays.stream(one.estimates()).mapToDouble(ImportanceSampling.Estimate::negativeElbo).average().orElseThrow();
        differences[s] = isBound - elbo;
      }
      double mean = Arrays.stream(differences).average().orElseThrow();
      double sd = Math.sqrt(Arrays.stream(differences).map(d -> (d - mean) * (d - mean)).sum() / (differences.length - 1));
      double standardError = sd / Math.sqrt(differences.length);
      assertEquals(0, mean, 4 * standardError, "K = 1: log w averages to the ELBO (sd " + sd + ")");
      LikelihoodResult many = LikelihoodResult.run(measures, images, encoding, 50, 500, 64, 1, steps);
      assertTrue(many.negativeLogLikelihood() < many.negativeElbo(),
          "K = 500: at least the ELBO, " + many.negativeLogLikelihood() + " vs " + many.negativeElbo());
    }
  }

  @Test
  void theBundledAesPriorSamplesAreClearlyWorseThanTheVaes() throws Exception {
    EvaluationOptions o =
        new EvaluationOptions(2000, 5, 5, 5, EvaluationOptions.sigmaSweep(0.1, 1), 1, 3, 10, 1);
    Evaluation vae = evaluate(Path.of("models/fashion-vae-2d"), FASHION_CLASSIFIER, o);
    Evaluation ae = evaluate(Path.of("models/fashion-ae-2d"), FASHION_CLASSIFIER, o);
    double fVae = vae.report().generation().frechetDistance();
    double fAe = ae.report().generation().frechetDistance();
    assertTrue(fAe > 1.5 * fVae, "AE " + fAe + " against VAE " + fVae);
    assertNull(ae.report().likelihood());
    assertTrue(ae.report().notes().stream().anyMatch(n -> n.startsWith("No likelihood")));
    String sentence = ComparisonWriter.priorSamplesSentence(List.of(vae, ae));
    assertTrue(sentence.startsWith("fashion-ae-2d's prior samples are clearly worse than fashion-vae-2d's"), sentence);
    assertNotNull(vae.report().reconstruction().ssim());
    assertNotNull(vae.report().smoothness());
  }

  @Test
  void cancellingStopsBetweenChunks() throws Exception {
    try (LatentEngine engine = LatentEngine.open(DIGITS)) {
      EvaluationData data = EvaluationData.load("digits", engine.inputShape());
      Evaluator evaluator = new Evaluator(engine, "d", DIGITS, data, null, ProgressSink.none(), () -> true);
      assertThrows(CancellationException.class, () -> evaluator.run(quick()));
    }
  }
}
