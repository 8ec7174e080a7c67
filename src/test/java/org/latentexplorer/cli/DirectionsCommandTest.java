package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.NpyReader;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.engine.ProgressSink;
import org.latentexplorer.latent.metrics.Roc;

/** {@code directions} on the bundled 2-D Fashion-MNIST VAE and its test set. */
class DirectionsCommandTest {

  private static final Path MODEL = AppHome.models().resolve("fashion-vae-2d");

  @TempDir Path dir;

  @Test
  void aGroupOfItemsGivesTheVectorBetweenTheirMeanCodes() throws Exception {
    Path out = dir.resolve("items");
    CliRun r = CliRun.of("directions", "--model", MODEL.toString(), "--from", "#0,#1,#2", "--to", "#3",
        "--frames", "3", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    float[] codes;
    try (ModelSession s = ModelSession.open(MODEL, null, ProgressSink.none())) {
      codes = s.encoding().means();
    }
    float[] expected = new float[2];
    for (int d = 0; d < 2; d++) {
      expected[d] = (float) (codes[6 + d] - ((double) codes[d] + codes[2 + d] + codes[4 + d]) / 3);
    }
    assertArrayEquals(expected, NpyReader.read(out.resolve("vector.npy")).toFloats());
    JsonObject json = JsonParser.parseString(Files.readString(out.resolve("direction.json"))).getAsJsonObject();
    assertEquals("#0, #1, #2 → #3", json.get("name").getAsString());
    assertEquals("[0,1,2]", json.getAsJsonObject("from").getAsJsonArray("items").toString());
    assertEquals(0, json.getAsJsonObject("from").getAsJsonArray("classes").size(), "no whole classes");
    double share = expected[0] * expected[0] / ((double) expected[0] * expected[0] + expected[1] * expected[1]);
    assertEquals(share, json.getAsJsonArray("axisShares").get(0).getAsDouble(), 1e-7);
    assertTrue(r.out().contains("most along z" + (share >= 0.5 ? 1 : 2) + " ("), r.out());
    double below = 0;
    for (int i = 0; i < 3; i++) {
      double dot = (codes[2 * i] - codes[6]) * (double) expected[0] + (codes[2 * i + 1] - codes[7]) * (double) expected[1];
      below += dot < 0 ? 1 : dot == 0 ? 0.5 : 0;
    }
    assertEquals(below / 3, json.get("auc").getAsDouble(), 0, "the share of the three that lie before #3");
  }

  @Test
  void writesTheVectorBetweenTheClassMeansWhereEveryItemLiesAlongItAndTheAnalogy() throws Exception {
    Path out = dir.resolve("trouser-dress");
    CliRun r = CliRun.of("directions", "--model", MODEL.toString(), "--from", "Trouser", "--to", "3",
        "--analogy", "Sneaker,Ankle boot,Sandal", "--frames", "5", "--also", "Sandal:9", "--also",
        "Sneaker,Sandal:Ankle boot", "--expression", "#0 + 0.5 * v - mean(Sandal) + mean(9) + v2 - v2",
        "--out", out.toString());
    assertEquals(0, r.code(), r.err());

    float[] codes;
    int[] labels;
    try (ModelSession s = ModelSession.open(MODEL, null, ProgressSink.none())) {
      codes = s.encoding().means();
      labels = s.data().labels();
    }
    double[] sum = new double[4];
    int[] count = new int[2];
    for (int i = 0; i < labels.length; i++) {
      int g = labels[i] == 1 ? 0 : labels[i] == 3 ? 1 : -1;
      if (g >= 0) {
        count[g]++;
        sum[2 * g] += codes[2 * i];
        sum[2 * g + 1] += codes[2 * i + 1];
      }
    }
    float[] expected = {
      (float) (sum[2] / count[1] - sum[0] / count[0]), (float) (sum[3] / count[1] - sum[1] / count[0])
    };
    float[] vector = NpyReader.read(out.resolve("vector.npy")).toFloats();
    assertArrayEquals(expected, vector, 1e-6f);

    JsonObject json = JsonParser.parseString(Files.readString(out.resolve("direction.json"))).getAsJsonObject();
    assertEquals("Trouser → Dress", json.get("name").getAsString());
    assertEquals(count[0], json.getAsJsonObject("from").get("size").getAsInt());
    assertEquals(count[1], json.getAsJsonObject("to").get("size").getAsInt());
    assertEquals(labels.length, json.get("items").getAsInt());
    assertEquals(Math.hypot(vector[0], vector[1]), json.get("length").getAsDouble(), 1e-6);
    assertEquals(5, json.getAsJsonArray("walk").size());
    assertEquals(-0.5, json.getAsJsonArray("walk").get(0).getAsDouble(), 0);
    assertEquals(1.5, json.getAsJsonArray("walk").get(4).getAsDouble(), 0);

    List<String> rows = Files.readAllLines(out.resolve("projections.csv"));
    assertEquals("index,label,class,position", rows.get(0));
    assertEquals(labels.length + 1, rows.size());
    List<Double> scores = new ArrayList<>();
    List<Boolean> dress = new ArrayList<>();
    double[] meanPosition = new double[2];
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      int label = Integer.parseInt(f[1]);
      double t = Double.parseDouble(f[3]);
      if (label == 1 || label == 3) {
        scores.add(t);
        dress.add(label == 3);
        meanPosition[label == 3 ? 1 : 0] += t / count[label == 3 ? 1 : 0];
      }
    }
    assertEquals(0, meanPosition[0], 1e-5, "the first group's mean position");
    assertEquals(1, meanPosition[1], 1e-5, "the second group's mean position");
    double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
    boolean[] positive = new boolean[s.length];
    for (int i = 0; i < s.length; i++) {
      positive[i] = dress.get(i);
    }
    assertEquals(Roc.auc(s, positive), json.get("auc").getAsDouble(), 1e-9);
    assertTrue(json.get("auc").getAsDouble() > 0.8, "trousers and dresses lie apart along it");

    JsonObject analogy = json.getAsJsonObject("analogy");
    JsonArray shares = analogy.getAsJsonArray("shares");
    int total = 0;
    for (var e : shares) {
      total += e.getAsJsonObject().get("count").getAsInt();
    }
    assertEquals(20, total);
    assertEquals(shares.get(0).getAsJsonObject().get("class").getAsString(), analogy.get("answer").getAsString());
    assertEquals(shares.get(0).getAsJsonObject().get("count").getAsInt() / 20.0, analogy.get("share").getAsDouble(), 0);
    assertTrue(r.out().startsWith("Wrote 7 files to " + out + String.format(java.util.Locale.ROOT, ": Trouser → Dress (%,d items to %,d items)", count[0], count[1])), r.out());
    assertTrue(r.out().contains("Sneaker is to Ankle boot as Sandal is to " + analogy.get("answer").getAsString()), r.out());

    JsonArray others = json.getAsJsonArray("others");
    assertEquals(2, others.size());
    assertEquals("Sandal → Ankle boot", others.get(0).getAsJsonObject().get("name").getAsString());
    assertEquals("Sneaker + Sandal → Ankle boot", others.get(1).getAsJsonObject().get("name").getAsString());
    JsonArray values = json.getAsJsonObject("cosines").getAsJsonArray("values");
    for (int i = 0; i < 2; i++) {
      JsonArray w = others.get(i).getAsJsonObject().getAsJsonArray("vector");
      double dot = vector[0] * w.get(0).getAsDouble() + vector[1] * w.get(1).getAsDouble();
      double cosine = dot / Math.hypot(vector[0], vector[1]) / Math.hypot(w.get(0).getAsDouble(), w.get(1).getAsDouble());
      assertEquals(cosine, others.get(i).getAsJsonObject().get("cosine").getAsDouble(), 1e-6);
      assertEquals(cosine, values.get(0).getAsJsonArray().get(i + 1).getAsDouble(), 1e-6);
      assertEquals(cosine, values.get(i + 1).getAsJsonArray().get(0).getAsDouble(), 1e-6);
      assertEquals(1, values.get(i).getAsJsonArray().get(i).getAsDouble(), 1e-12);
      assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "cosine with %s (length ",
          others.get(i).getAsJsonObject().get("name").getAsString())), r.out());
    }
    JsonArray z = json.getAsJsonObject("expression").getAsJsonArray("z");
    float[] sandal = mean(codes, labels, 5);
    float[] boot = mean(codes, labels, 9);
    for (int d = 0; d < 2; d++) {
      assertEquals(codes[d] + 0.5 * vector[d] - sandal[d] + boot[d], z.get(d).getAsDouble(), 1e-5);
    }
    assertTrue(r.out().contains("decoded into expression.png"), r.out());
    for (String png : List.of("walk.png", "projection.png", "analogy.png", "expression.png")) {
      BufferedImage image = ImageIO.read(out.resolve(png).toFile());
      assertTrue(image.getWidth() > 200 && image.getHeight() > 50, png);
    }
  }

  private static float[] mean(float[] codes, int[] labels, int label) {
    double[] sum = new double[2];
    int n = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == label) {
        sum[0] += codes[2 * i];
        sum[1] += codes[2 * i + 1];
        n++;
      }
    }
    return new float[] {(float) (sum[0] / n), (float) (sum[1] / n)};
  }

  @Test
  void aClassTheDataLacksOrOneClassInBothGroupsIsOneLineAndWritesNothing() throws Exception {
    Path out = dir.resolve("none");
    CliRun r = CliRun.of("directions", "--model", MODEL.toString(), "--from", "Trousers", "--to", "Dress",
        "--out", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().strip().endsWith("error: --from: \"Trousers\" is not a class of fashion-mnist (its classes: 0 T-shirt/top,"
        + " 1 Trouser, 2 Pullover, 3 Dress, 4 Coat, 5 Sandal, 6 Shirt, 7 Sneaker, 8 Bag, 9 Ankle boot)"), r.err());
    assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("error")).count(), r.err());
    assertFalse(Files.exists(out.resolve("direction.json")));

    r = CliRun.of("directions", "--model", MODEL.toString(), "--from", "Dress,Coat", "--to", "3",
        "--out", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().strip().endsWith("error: --from and --to both name Dress: the two groups must differ"), r.err());

    r = CliRun.of("directions", "--model", MODEL.toString(), "--from", "Dress", "--to", "Coat",
        "--also", "Sandal", "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Invalid value for option '--also': 'Sandal'; it must be FROM:TO, such as Sandal:9"), r.err());

    r = CliRun.of("directions", "--model", MODEL.toString(), "--from", "Dress", "--to", "Coat",
        "--also", "Sandal:Sandal", "--out", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().strip().endsWith("error: --also Sandal:Sandal both name Sandal: the two groups must differ"), r.err());

    r = CliRun.of("directions", "--model", MODEL.toString(), "--from", "Dress", "--to", "Coat",
        "--expression", "mean(Dress) + v3", "--out", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().strip().endsWith("error: --expression 'mean(Dress) + v3' at character 15: nothing is named 'v3'"
        + " (use #N for an item, mean(CLASS) for a class's mean, or a bookmark's or vector's name)"), r.err());

    r = CliRun.of("directions", "--model", MODEL.toString(), "--from", "Dress", "--to", "Coat",
        "--analogy", "Dress,Coat", "--out", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().strip().endsWith("error: --analogy needs three classes A,B,C (A is to B as C is to ?), not 2"), r.err());
    assertFalse(Files.exists(out.resolve("direction.json")));
  }
}
