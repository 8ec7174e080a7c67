package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.analysis.evaluate.NpyWriter;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.engine.ProgressSink;
import picocli.CommandLine;

/** {@code analyze --codes}: the latent study of codes without the model that made them. */
class AnalyzeCodesTest {

  @TempDir static Path dir;

  private static Path codes;
  private static Path labels;
  private static float[] means;

  @BeforeAll
  static void writeTheAutoencodersCodes() throws Exception {
    try (ModelSession s =
        ModelSession.open(AppHome.models().resolve("fashion-ae-2d"), null, ProgressSink.none())) {
      means = s.encoding().means();
      codes = dir.resolve("ae-codes.npy");
      NpyWriter.write(codes, means, s.encoding().count(), 2);
      labels = dir.resolve("ae-labels.tsv");
      Files.writeString(labels, IntStream.of(s.data().labels()).mapToObj(Integer::toString)
          .collect(Collectors.joining("\n", "", "\n")));
    }
  }

  private static int run(StringWriter err, String... args) {
    CommandLine cli = MainCommand.commandLine(WindowLauncher.NONE);
    cli.setExecutionExceptionHandler(new FriendlyErrors());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  private static JsonObject analysis(Path out) throws Exception {
    return JsonParser.parseString(Files.readString(out.resolve("analysis.json"))).getAsJsonObject();
  }

  @Test
  void aModelsCodesGiveTheModelsOwnStudyWithoutWhatDecodes() throws Exception {
    Path byModel = dir.resolve("by-model");
    Path byCodes = dir.resolve("by-codes");
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "analyze", "--model", AppHome.models().resolve("fashion-ae-2d").toString(),
        "--out", byModel.toString(), "--samples", "500", "--grid", "3"), err.toString());
    assertEquals(0, run(err, "analyze", "--codes", codes.toString(), "--labels", labels.toString(),
        "--out", byCodes.toString(), "--samples", "500"), err.toString());

    JsonObject m = analysis(byModel);
    JsonObject c = analysis(byCodes);
    for (String key : List.of("items", "pca", "density", "priorCoverage")) {
      assertEquals(m.get(key), c.get(key), key + ": the same numbers from the same codes");
    }
    assertEquals(Files.readString(byModel.resolve("pca.csv")), Files.readString(byCodes.resolve("pca.csv")));
    assertEquals("codes only", c.get("model").getAsString());
    assertEquals("ae-codes.npy", c.get("data").getAsString());
    for (String absent : List.of("sensitivity", "manifold", "encoder")) {
      assertNull(c.get(absent), absent + " needs the model");
    }
    assertEquals(
        "[\"pca-explained-variance.png\",\"pca.csv\",\"scatter.png\",\"density-axes.png\","
            + "\"density-radius.png\",\"prior-coverage.png\",\"prior-coverage-distances.png\"]",
        c.getAsJsonArray("files").toString());
    try (var listed = Files.list(byCodes)) {
      assertEquals(8, listed.count(), "the files listed and analysis.json, nothing else");
    }
  }

  @Test
  void whiteningSetsCodesOfAnyScaleAgainstThePrior() throws Exception {
    float[] wide = new float[means.length];
    for (int i = 0; i < wide.length; i++) {
      wide[i] = 40 * means[i] + 10_000;
    }
    Path file = dir.resolve("wide.npy");
    NpyWriter.write(file, wide, wide.length / 2, 2);
    double[] inside = new double[2];
    String[] points = new String[2];
    for (int w = 0; w < 2; w++) {
      Path out = dir.resolve("wide-" + w);
      StringWriter err = new StringWriter();
      List<String> args = new java.util.ArrayList<>(List.of("analyze", "--codes", file.toString(),
          "--out", out.toString(), "--samples", "500"));
      if (w == 1) {
        args.add("--whiten");
      }
      assertEquals(0, run(err, args.toArray(String[]::new)), err.toString());
      JsonObject coverage = analysis(out).getAsJsonObject("priorCoverage");
      inside[w] = coverage.get("fractionInside").getAsDouble();
      points[w] = coverage.get("encodedPoints").getAsString();
    }
    assertEquals(0, inside[0], "codes around 10,000 leave every sample of N(0, I) outside");
    assertTrue(inside[1] > 0.4, "whitened, they cover the prior's samples: " + inside[1]);
    assertEquals("the codes", points[0]);
    assertTrue(points[1].startsWith("the codes after PCA whitening"), points[1]);
  }

  @Test
  void theSourceIsAModelOrCodesAndEachHasItsOwnOptions() {
    String model = AppHome.models().resolve("fashion-ae-2d").toString();
    String out = dir.resolve("never").toString();
    String[][] usage = {
      {"analyze", "--out", out},
      {"analyze", "--model", model, "--codes", codes.toString(), "--out", out},
      {"analyze", "--model", model, "--whiten", "--out", out},
      {"analyze", "--codes", codes.toString(), "--data", "mnist", "--out", out},
    };
    String[] said = {
      "Give either --model (a model and its data) or --codes (codes made elsewhere)",
      "Give either --model",
      "--codes-array and --whiten go with --codes",
      "--data goes with --model; with --codes, give the classes with --labels",
    };
    for (int i = 0; i < usage.length; i++) {
      StringWriter err = new StringWriter();
      assertEquals(2, run(err, usage[i]), err.toString());
      assertTrue(err.toString().contains(said[i]), err.toString());
    }
    assertTrue(Files.notExists(dir.resolve("never")));
  }

  @Test
  void badCodesGetOneLineNamingTheFile() throws Exception {
    Path bad = dir.resolve("flat.npy");
    NpyWriter.write(bad, new float[6], 6);
    StringWriter err = new StringWriter();
    assertEquals(1, run(err, "analyze", "--codes", bad.toString(), "--out", dir.resolve("x").toString()));
    assertTrue(err.toString().contains(bad + ": has the shape (6,); codes must be N x D"), err.toString());
    assertTrue(Files.notExists(dir.resolve("x")), "nothing is written for codes that cannot be read");
  }
}
