package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.metrics.disentanglement.Mig;

class DisentanglementEvaluateTest {

  @TempDir Path dir;

  @Test
  void evaluateWritesTheDisentanglementSectionAndTheCodesItWasComputedOn() throws Exception {
    Path model = dir.resolve("sprites-vae");
    CliRun train =
        CliRun.of("train", "--data", "sprites:300", "--kind", "vae", "--latent", "3", "--hidden", "16",
            "--epochs", "1", "--out", model.toString());
    assertEquals(0, train.code(), train.err());
    Path out = dir.resolve("eval");
    CliRun run =
        CliRun.of("evaluate", "--model", model.toString(), "--out", out.toString(), "--export",
            "--likelihood-images", "10", "--samples", "5", "--robustness-images", "10", "--sigma-steps", "1");
    assertEquals(0, run.code(), run.err());
    JsonObject d = JsonParser.parseString(Files.readString(out.resolve("evaluation.json")))
        .getAsJsonObject().getAsJsonObject("disentanglement");
    assertEquals("[\"shape\",\"scale\",\"orientation\",\"x\",\"y\"]", d.getAsJsonArray("factors").toString());
    for (String score : List.of("betaVae", "factorVae", "mig", "sap")) {
      double v = d.get(score).getAsDouble();
      assertTrue(v >= 0 && v <= 1, score + " " + v);
    }
    for (String part : List.of("disentanglement", "completeness", "informativeness")) {
      double v = d.getAsJsonObject("dci").get(part).getAsDouble();
      assertTrue(v >= 0 && v <= 1, part + " " + v);
    }
    assertEquals(300, d.get("items").getAsInt(), "every item of sprites:300, held out first");

    List<String> csv = Files.readAllLines(out.resolve("disentanglement-codes.csv"));
    assertEquals("shape,scale,orientation,x,y,z1,z2,z3", csv.get(0));
    assertEquals(301, csv.size());
    double[][] codes = new double[300][3];
    int[][] factors = new int[300][5];
    for (int i = 0; i < 300; i++) {
      String[] f = csv.get(i + 1).split(",");
      for (int m = 0; m < 5; m++) {
        factors[i][m] = Integer.parseInt(f[m]);
      }
      for (int j = 0; j < 3; j++) {
        codes[i][j] = Float.parseFloat(f[5 + j]);
      }
    }
    assertEquals(d.get("mig").getAsDouble(), Mig.of(codes, factors).score(), 1e-12,
        "the MIG of the exported codes is the MIG reported");
    assertTrue(Files.size(out.resolve("disentanglement-mi.png")) > 0);
    assertTrue(Files.size(out.resolve("disentanglement-traversals.png")) > 0);
    assertTrue(Files.readString(out.resolve("report.md")).contains("## Disentanglement"));

    Path latents = dir.resolve("latents.csv");
    CliRun encode = CliRun.of("encode", "--model", model.toString(), "--out", latents.toString());
    assertEquals(0, encode.code(), encode.err());
    List<String> rows = Files.readAllLines(latents);
    assertEquals("index,label,class,part,shape,scale,orientation,x,y,z1,z2,z3,logvar1,logvar2,logvar3", rows.get(0),
        "the factor columns beside the latents");
    assertEquals(301, rows.size());

    CliRun digits = CliRun.of("evaluate", "--model", "models/digits-vae-2d", "--out", dir.resolve("d").toString(),
        "--likelihood-images", "10", "--samples", "5", "--robustness-images", "10", "--sigma-steps", "1");
    assertEquals(0, digits.code(), digits.err());
    assertNull(JsonParser.parseString(Files.readString(dir.resolve("d/evaluation.json"))).getAsJsonObject()
        .get("disentanglement"), "no factors, no section");
  }
}
