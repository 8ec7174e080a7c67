package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.analysis.anomaly.LeaveOutTable;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.latent.metrics.Roc;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelStore;

class AnomalyCommandTest {

  @TempDir static Path dir;

  private static Path ae;
  private static Path vae;

  @BeforeAll
  static void trainWithoutTheOnes() {
    ae = dir.resolve("ae-no1");
    vae = dir.resolve("vae-no1");
    for (Path out : List.of(ae, vae)) {
      CliRun r =
          CliRun.of(
              "train", "--data", "digits", "--kind", out == ae ? "ae" : "vae", "--latent", "4",
              "--hidden", "32", "--epochs", "3", "--exclude-classes", "1", "--out", out.toString());
      assertEquals(0, r.code(), r.err());
    }
  }

  @Test
  void excludedClassesAreLeftOutOfTrainingAndRecorded() throws Exception {
    ModelDescription d = ModelStore.readDescription(ae);
    DataSplit split = DatasetCatalog.loadSplit("digits", new DataOptions(8, 0));
    long ones = IntStream.of(split.train().labels()).filter(l -> l == 1).count();
    long heldOutOnes = IntStream.of(split.heldOut().labels()).filter(l -> l == 1).count();
    assertTrue(ones > 100);
    assertEquals(List.of("1"), d.data().excludedClasses());
    assertEquals(split.train().size() - ones, d.data().trainImages());
    assertEquals(split.heldOut().size() - heldOutOnes, d.data().heldOutImages());
    CliRun info = CliRun.of("info", ae.toString());
    assertTrue(info.out().contains("trained without 1"), info.out());
  }

  @Test
  void writesScoresRocAndTheAucOfEveryScoreColumn() throws Exception {
    Path out = dir.resolve("compare");
    CliRun r =
        CliRun.of(
            "anomaly", "--model", ae.toString(), "--compare", vae.toString(), "--samples", "10",
            "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> csv = Files.readAllLines(out.resolve("scores.csv"));
    assertEquals(
        "index,label,anomalous,ae-no1.reconstruction_error,vae-no1.reconstruction_error,"
            + "vae-no1.neg_elbo,vae-no1.neg_log_px,vae-no1.latent_nll",
        csv.get(0));
    DataSplit split = DatasetCatalog.loadSplit("digits", new DataOptions(8, 0));
    assertEquals(split.heldOut().size() + 1, csv.size(), "every held-out item, the ones included");
    String[] header = csv.get(0).split(",");
    JsonObject json = JsonParser.parseString(Files.readString(out.resolve("anomaly.json"))).getAsJsonObject();
    for (int c = 3; c < header.length; c++) {
      double[] scores = new double[csv.size() - 1];
      boolean[] anomalous = new boolean[csv.size() - 1];
      for (int i = 1; i < csv.size(); i++) {
        String[] f = csv.get(i).split(",");
        assertEquals(i - 1, Integer.parseInt(f[0]));
        assertEquals(split.heldOut().label(i - 1), Integer.parseInt(f[1]));
        assertEquals(split.heldOut().label(i - 1) == 1 ? "1" : "0", f[2]);
        scores[i - 1] = Double.parseDouble(f[c]);
        anomalous[i - 1] = f[2].equals("1");
      }
      assertEquals(
          Roc.auc(scores, anomalous), json.get("auc." + header[c]).getAsDouble(), 1e-6,
          "anomaly.json's AUC is the AUC of the CSV's column " + header[c]);
    }
    assertEquals("1", json.getAsJsonArray("anomalousClasses").get(0).getAsString(), "defaults to the class left out");
    for (String f : List.of("roc.png", "report.md", "histogram-vae-no1.neg_elbo.png", "most-anomalous-ae-no1.reconstruction_error.png")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    assertFalse(Files.list(out).anyMatch(p -> p.toString().endsWith(".partial")));
  }

  @Test
  void anAeHasOnlyTheReconstructionError() throws Exception {
    Path out = dir.resolve("ae");
    CliRun r = CliRun.of("anomaly", "--model", ae.toString(), "--anomalous", "1,7", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("index,label,anomalous,reconstruction_error", Files.readAllLines(out.resolve("scores.csv")).get(0));
    JsonObject json = JsonParser.parseString(Files.readString(out.resolve("anomaly.json"))).getAsJsonObject();
    assertEquals(2, json.getAsJsonArray("anomalousClasses").size());
    assertTrue(json.getAsJsonArray("notes").toString().contains("ae-no1 was trained with 7"), json.toString());
  }

  @Test
  void badInputGetsOneClearMessage() {
    CliRun wrongClass = CliRun.of("anomaly", "--model", ae.toString(), "--anomalous", "eleven", "--out", dir.resolve("w").toString());
    assertEquals(1, wrongClass.code());
    assertTrue(wrongClass.err().contains("--anomalous: \"eleven\" is not a class of digits"), wrongClass.err());
    assertFalse(Files.exists(dir.resolve("w")));

    CliRun noModel = CliRun.of("anomaly", "--out", dir.resolve("x").toString());
    assertEquals(2, noModel.code());
    assertTrue(noModel.err().contains("anomaly needs --model"), noModel.err());

    CliRun everyClass = CliRun.of("anomaly", "--model", "models/digits-vae-2d", "--out", dir.resolve("y").toString());
    assertEquals(1, everyClass.code());
    assertTrue(everyClass.err().contains("choose the anomalous classes (--anomalous)"), everyClass.err());

    CliRun badExclude = CliRun.of("train", "--data", "digits", "--exclude-classes", "Sandal", "--out", dir.resolve("z").toString());
    assertEquals(1, badExclude.code());
    assertTrue(badExclude.err().contains("--exclude-classes: \"Sandal\" is not a class of digits"), badExclude.err());
  }

  @Test
  void leaveOutAllTabulatesEveryClass() throws Exception {
    Path out = dir.resolve("all");
    CliRun r =
        CliRun.of(
            "anomaly", "--leave-out-all", "--data", "digits", "--epochs", "1", "--latent", "2",
            "--hidden", "16", "--samples", "4", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    LeaveOutTable t = LeaveOutTable.read(out.resolve(LeaveOutTable.FILE));
    assertEquals(
        List.of("ae.reconstruction_error", "vae.reconstruction_error", "vae.neg_elbo", "vae.neg_log_px", "vae.latent_nll"),
        t.columns());
    List<String> classes = new ArrayList<>();
    t.rows().forEach(row -> classes.add(row.leftOut()));
    assertEquals(Arrays.asList("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), classes);
    ModelDescription seven = ModelStore.readDescription(out.resolve("models/vae-without-7"));
    assertEquals(List.of("7"), seven.data().excludedClasses());
    assertTrue(Files.size(out.resolve("leave-out-all.png")) > 0);
    Optional<LeaveOutTable> found = LeaveOutTable.find(dir, "digits");
    assertTrue(found.isPresent(), "found among the folders");
    assertEquals(t.rows().get(3).auc(), found.get().rows().get(3).auc());
    assertTrue(LeaveOutTable.find(dir, "mnist").isEmpty());
  }
}
