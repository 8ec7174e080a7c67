package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @TempDir Path dir;

  private static final String[] QUICK = {
    "--likelihood-images", "40", "--samples", "20", "--robustness-images", "40", "--sigma-steps", "2"
  };

  private CliRun evaluate(String... args) {
    String[] all = new String[args.length + QUICK.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(QUICK, 0, all, args.length, QUICK.length);
    return CliRun.of(all);
  }

  @Test
  void writesTheNumbersTheFiguresTheReportAndTheExports() throws Exception {
    Path out = dir.resolve("digits");
    CliRun run = evaluate("evaluate", "--model", "models/digits-vae-2d", "--out", out.toString(), "--export");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("digits-vae-2d: reconstruction binary cross-entropy"), run.out());
    JsonObject json = JsonParser.parseString(Files.readString(out.resolve("evaluation.json"))).getAsJsonObject();
    assertTrue(json.getAsJsonObject("generation").get("classifier").getAsString().endsWith("digits-classifier"),
        "the bundled classifier is found by the model's data set");
    assertEquals(20, json.getAsJsonObject("likelihood").get("samples").getAsInt());
    assertTrue(json.getAsJsonObject("likelihood").get("negativeLogLikelihood").getAsDouble() > 0);
    assertEquals(3, json.getAsJsonObject("robustness").getAsJsonArray("sigma").size());
    assertEquals(3, json.getAsJsonObject("robustness").getAsJsonArray("latentStability").size());
    for (String f : new String[] {"report.md", "originals.npy", "reconstructions.npy", "metrics.csv",
        "features-real.npy", "features-generated.npy", "robustness-latent.png", "generation-classes.png"}) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    assertFalse(Files.list(out).anyMatch(p -> p.toString().endsWith(".partial")));
  }

  @Test
  void twoModelsAreComparedInOneReport() throws Exception {
    Path out = dir.resolve("both");
    CliRun run = evaluate("evaluate", "--model", "models/digits-vae-2d", "--model", "models/digits-vae-2d",
        "--out", out.toString(), "--items", "300");
    assertEquals(0, run.code(), run.err());
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("[digits-vae-2d](digits-vae-2d/report.md)"), md);
    assertTrue(md.contains("[digits-vae-2d](digits-vae-2d-2/report.md)"), md);
    assertTrue(md.contains("about as good"), "the same model twice: " + md);
    assertTrue(Files.isRegularFile(out.resolve("digits-vae-2d-2/evaluation.json")));
  }

  @Test
  void badInputGetsOneClearMessage() throws Exception {
    CliRun missing = CliRun.of("evaluate", "--model", dir.resolve("nope").toString(), "--out", dir.resolve("o").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("nope") && missing.err().contains("no such model folder"), missing.err());
    assertFalse(Files.exists(dir.resolve("o")), "nothing written for a failed run");

    CliRun negative = CliRun.of("evaluate", "--model", "models/digits-vae-2d", "--out", dir.toString(), "--samples", "-1");
    assertEquals(2, negative.code(), "0 leaves K to the program; below 0 is refused");
    assertTrue(negative.err().contains("--samples"), negative.err());

    CliRun three = CliRun.of("evaluate", "--model", "a", "--model", "b", "--model", "c", "--out", dir.toString());
    assertEquals(2, three.code());
    assertTrue(three.err().contains("at most two models"), three.err());

    CliRun wrongClassifier = CliRun.of("evaluate", "--model", "models/digits-vae-2d", "--out", dir.resolve("w").toString(),
        "--classifier", "models/fashion-mnist-classifier", "--samples", "5", "--likelihood-images", "5");
    assertEquals(0, wrongClassifier.code(), wrongClassifier.err());
    assertFalse(wrongClassifier.out().contains("prior samples"), wrongClassifier.out());
    String notes = JsonParser.parseString(Files.readString(dir.resolve("w/evaluation.json")))
        .getAsJsonObject().getAsJsonArray("notes").toString();
    assertTrue(notes.contains("takes grey 28x28 images, the model grey 8x8"), notes);
  }

  @Test
  void aTorchScriptModelIsEvaluatedWithoutTheGradientAttack() throws Exception {
    Path model = Path.of(EvaluateCommandTest.class.getResource("/torchscript/tiny-vae").toURI());
    Path out = dir.resolve("ts");
    CliRun run = evaluate("evaluate", "--model", model.toString(), "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    JsonObject json = JsonParser.parseString(Files.readString(out.resolve("evaluation.json"))).getAsJsonObject();
    JsonObject robustness = json.getAsJsonObject("robustness");
    assertEquals(3, robustness.getAsJsonArray("latentStability").size());
    assertFalse(robustness.has("attackLatentStability") && !robustness.get("attackLatentStability").isJsonNull());
    assertTrue(json.getAsJsonArray("notes").toString().contains("No gradient-sign attack"));
    assertTrue(json.getAsJsonObject("likelihood").get("negativeLogLikelihood").getAsDouble() > 0);
  }
}
