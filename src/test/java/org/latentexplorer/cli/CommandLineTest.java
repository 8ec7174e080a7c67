package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelStore;

class CommandLineTest {

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"train", "encode", "info", "explore"})
  void everyCommandHasHelp(String command) {
    CliRun r = run(command, "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Usage: latent-explorer " + command), r.out());
  }

  @Test
  void unknownOptionsAreRejectedWithUsage() {
    CliRun r = run("train", "--data", "digits", "--out", "x", "--learning-rate", "3");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown options: '--learning-rate'"), r.err());
    assertTrue(r.err().contains("Usage: latent-explorer train"), r.err());
  }

  @Test
  void badDataIsOneLineWithoutAStackTrace() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "1,2,3\n");
    CliRun r = run("train", "--data", bad.toString(), "--out", dir.resolve("m").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("error: " + bad + ": line 1 has 3 values"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(dir.resolve("m")));
  }

  @Test
  void trainEncodeAndInfoWorkTogether() throws Exception {
    Path model = dir.resolve("digits-vae");
    CliRun train =
        run(
            "train", "--data", "digits", "--kind", "VAE", "--arch", "mlp", "--latent", "2",
            "--hidden", "32", "--epochs", "2", "--batch", "64", "--seed", "3",
            "--out", model.toString());
    assertEquals(0, train.code(), train.err());
    ModelDescription d = ModelStore.readDescription(model);
    assertEquals(2, d.epochsDone());
    assertTrue(d.training().command().contains("--data digits"), d.training().command());
    assertTrue(d.heldOutLoss() > 0);

    Path csv = dir.resolve("z.csv");
    CliRun encode = run("encode", "--model", model.toString(), "--out", csv.toString());
    assertEquals(0, encode.code(), encode.err());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("index,label,class,part,z1,z2,logvar1,logvar2", lines.get(0));
    assertEquals(1798, lines.size());
    assertEquals(8, lines.get(1).split(",").length);
    assertTrue(lines.get(1).matches("0,0,0,(train|test),.*"), lines.get(1));
    assertEquals(359, lines.stream().skip(1).filter(l -> l.split(",")[3].equals("test")).count(),
        "the 359 digits the model held out, by the seeded split train used");

    CliRun info = run("info", model.toString());
    assertEquals(0, info.code(), info.err());
    assertTrue(info.out().contains("VAE, MLP 32, 2-D latent, grey 8x8"), info.out());
  }

  @Test
  void aBrokenModelFolderIsReportedByName() throws Exception {
    CliRun r = run("encode", "--model", dir.toString(), "--out", dir.resolve("z.csv").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(dir + ": not a model folder"), r.err());
  }
}
