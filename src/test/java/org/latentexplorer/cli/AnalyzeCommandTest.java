package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AppHome;
import picocli.CommandLine;

class AnalyzeCommandTest {

  @TempDir Path dir;

  private final StringWriter stdout = new StringWriter();

  private int run(StringWriter err, String... args) {
    CommandLine cli = MainCommand.commandLine(org.latentexplorer.cli.WindowLauncher.NONE);
    cli.setExecutionExceptionHandler(new FriendlyErrors());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(stdout, true));
    return cli.execute(args);
  }

  @Test
  void writesEveryFigureAndTheNumbersForA2dVae() throws Exception {
    Path out = dir.resolve("report");
    StringWriter err = new StringWriter();
    int code =
        run(err, "analyze", "--model", AppHome.models().resolve("fashion-vae-2d").toString(),
            "--out", out.toString(), "--samples", "500", "--grid", "6");
    assertEquals(0, code, err.toString());

    JsonObject json = JsonParser.parseString(Files.readString(out.resolve("analysis.json"))).getAsJsonObject();
    List<String> expected =
        List.of(
            "pca-explained-variance.png", "scatter.png", "density-axes.png", "density-radius.png",
            "prior-coverage.png", "prior-coverage-distances.png", "prior-coverage-outside.png",
            "samples.png", "manifold.png", "manifold-quantiles.png", "sensitivity.png",
            "sensitivity-magnification.png", "encoder-kl.png", "encoder-posterior-sd.png");
    for (String name : expected) {
      BufferedImage image = ImageIO.read(out.resolve(name).toFile());
      assertNotNull(image, name);
      assertTrue(image.getWidth() > 50 && image.getHeight() > 50, name);
      assertTrue(json.getAsJsonArray("files").toString().contains(name), name);
    }
    assertEquals(10_000, json.get("items").getAsInt());
    JsonObject coverage = json.getAsJsonObject("priorCoverage");
    assertEquals(500, coverage.get("samples").getAsInt());
    double inside = coverage.get("fractionInside").getAsDouble();
    assertTrue(inside > 0 && inside <= 1);
    assertEquals(2, json.getAsJsonObject("encoder").getAsJsonArray("klPerDimension").size());
    assertEquals(1.0, json.getAsJsonObject("density").get("chiMode").getAsDouble(), 1e-9);
    assertNull(json.get("tsne"));
    JsonObject sensitivity = json.getAsJsonObject("sensitivity");
    assertEquals(2000, sensitivity.get("items").getAsInt(), "at most 2,000 items' codes");
    assertEquals(64, sensitivity.getAsJsonObject("map").get("n").getAsInt());
    var q = sensitivity.getAsJsonArray("frobeniusQuantiles");
    assertTrue(0 < q.get(0).getAsDouble() && q.get(0).getAsDouble() <= q.get(1).getAsDouble()
        && q.get(1).getAsDouble() <= q.get(2).getAsDouble(), q.toString());
    assertTrue(stdout.toString().startsWith("Wrote 14 figures, pca.csv and analysis.json"),
        "the result goes to stdout: " + stdout);
    List<String> pca = Files.readAllLines(out.resolve("pca.csv"));
    assertEquals("index,label,x,y", pca.get(0));
    assertEquals(10_001, pca.size(), "one row an encoded item");
    int[] labels =
        org.latentexplorer.data.DatasetCatalog.loadForExploring(
                "fashion-mnist", org.latentexplorer.data.DataOptions.defaults())
            .labels();
    double[] sum = new double[4];
    for (int i = 0; i < 10_000; i++) {
      String[] row = pca.get(i + 1).split(",");
      assertEquals(String.valueOf(i), row[0]);
      assertEquals(labels[i], Integer.parseInt(row[1]), "the items' order");
      double x = Double.parseDouble(row[2]);
      double y = Double.parseDouble(row[3]);
      sum[0] += x;
      sum[1] += y;
      sum[2] += x * x;
      sum[3] += y * y;
    }
    assertEquals(0, sum[0] / 10_000, 1e-4, "principal coordinates are centred");
    assertEquals(0, sum[1] / 10_000, 1e-4);
    assertTrue(sum[2] >= sum[3], "the first principal axis carries the most variance");
    assertTrue(err.toString().contains("Prior coverage"), "progress goes to stderr: " + err);
  }

  @Test
  void the2dAutoencoderLeavesMorePriorSamplesOutsideThanThe2dVae() throws Exception {
    double[] inside = new double[2];
    double[] reach = new double[2];
    String[] models = {"fashion-vae-2d", "fashion-ae-2d"};
    for (int m = 0; m < 2; m++) {
      Path out = dir.resolve(models[m]);
      StringWriter err = new StringWriter();
      assertEquals(
          0,
          run(err, "analyze", "--model", AppHome.models().resolve(models[m]).toString(), "--out",
              out.toString(), "--samples", "2000", "--grid", "3"),
          err.toString());
      JsonObject c =
          JsonParser.parseString(Files.readString(out.resolve("analysis.json")))
              .getAsJsonObject()
              .getAsJsonObject("priorCoverage");
      inside[m] = c.get("fractionInside").getAsDouble();
      reach[m] = c.get("dataWithinPriorRadius").getAsDouble();
    }
    assertTrue(inside[0] > inside[1] + 0.1, "VAE " + inside[0] + ", AE " + inside[1]);
    assertTrue(reach[0] > 0.95 && reach[1] < 0.75, "VAE " + reach[0] + ", AE " + reach[1]);
  }

  @Test
  void aHigherDimensionalModelGetsPcaAndTsneFigures() throws Exception {
    Path out = dir.resolve("conv");
    StringWriter err = new StringWriter();
    int code =
        run(err, "analyze", "--model", AppHome.models().resolve("fashion-conv-vae-16d").toString(),
            "--out", out.toString(), "--samples", "300", "--tsne-points", "600", "--tsne-pcs", "4",
            "--perplexity", "20", "--tsne-iterations", "400", "--exaggeration-iterations", "100",
            "--tsne-seed", "3", "--umap-points", "500", "--umap-neighbours", "10", "--min-dist",
            "0.2", "--umap-epochs", "60", "--umap-seed", "2");
    assertEquals(0, code, err.toString());
    assertTrue(Files.exists(out.resolve("tsne.png")));
    assertTrue(Files.exists(out.resolve("scatter-pca.png")));
    JsonObject json = JsonParser.parseString(Files.readString(out.resolve("analysis.json"))).getAsJsonObject();
    JsonObject tsneJson = json.getAsJsonObject("tsne");
    assertEquals(600, tsneJson.get("points").getAsInt());
    assertEquals(4, tsneJson.get("components").getAsInt(), "t-SNE of the first 4 principal components");
    assertEquals(20, tsneJson.get("perplexity").getAsDouble());
    assertEquals(400, tsneJson.get("iterations").getAsInt());
    assertEquals(100, tsneJson.get("exaggerationIterations").getAsInt());
    assertEquals(12, tsneJson.get("exaggeration").getAsDouble());
    assertEquals(50, tsneJson.get("learningRate").getAsDouble(), "auto: max(600 / 12 / 4, 50)");
    assertEquals(3, tsneJson.get("seed").getAsLong());
    List<String> tsne = Files.readAllLines(out.resolve("tsne.csv"));
    assertEquals(601, tsne.size(), "the embedded items, in the encoding's order");
    assertEquals("index,label,x,y", tsne.get(0));
    assertEquals(10_001, Files.readAllLines(out.resolve("pca.csv")).size());
    JsonObject umapJson = json.getAsJsonObject("umap");
    assertEquals(500, umapJson.get("points").getAsInt());
    assertEquals(10, umapJson.get("neighbours").getAsInt());
    assertEquals(0.2, umapJson.get("minDist").getAsDouble());
    assertEquals(60, umapJson.get("epochs").getAsInt());
    assertEquals(2, umapJson.get("seed").getAsLong());
    assertTrue(Files.exists(out.resolve("umap.png")));
    List<String> umap = Files.readAllLines(out.resolve("umap.csv"));
    assertEquals(501, umap.size());
    assertEquals("index,label,x,y", umap.get(0));
    for (int i = 1; i < umap.size(); i++) {
      String[] u = umap.get(i).split(",");
      String[] t = tsne.get(i).split(",");
      assertEquals(t[0] + "," + t[1], u[0] + "," + u[1], "row " + i + ": the same item in both files");
      assertEquals(String.valueOf(i - 1), u[0]);
    }
    assertNull(json.get("manifold"));
    assertEquals(16, json.getAsJsonObject("pca").getAsJsonArray("explained").size());
  }

  @Test
  void anUnknownTsneMethodIsNamed() throws Exception {
    StringWriter err = new StringWriter();
    int code =
        run(err, "analyze", "--model", AppHome.models().resolve("fashion-conv-vae-16d").toString(),
            "--out", dir.resolve("bad").toString(), "--tsne-method", "exact");
    assertEquals(2, code);
    assertTrue(err.toString().contains("--tsne-method must be bh or fft, not 'exact'"), err.toString());
  }
}
