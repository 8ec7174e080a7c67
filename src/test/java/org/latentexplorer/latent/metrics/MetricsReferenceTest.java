package org.latentexplorer.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SSIM, PSNR, the Fréchet distance and the classifier score against their reference
 * implementations on fixed inputs: {@code src/test/resources/metrics/make_metric_references.py}
 * wrote the inputs and scikit-image's, SciPy's and torch-fidelity's values (docs/metrics.md).
 */
class MetricsReferenceTest {

  private static JsonObject references;

  @BeforeAll
  static void read() throws Exception {
    Path file = Path.of(MetricsReferenceTest.class.getResource("/metrics/metric-references.json").toURI());
    references = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
  }

  private static float[] floats(JsonArray a) {
    float[] out = new float[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).getAsFloat();
    }
    return out;
  }

  private static float[][] rows(JsonArray a) {
    float[][] out = new float[a.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = floats(a.get(i).getAsJsonArray());
    }
    return out;
  }

  @Test
  void ssimAndPsnrMatchScikitImage() {
    for (JsonElement e : references.getAsJsonArray("images")) {
      JsonObject c = e.getAsJsonObject();
      JsonArray shape = c.getAsJsonArray("shape");
      float[] x = floats(c.getAsJsonArray("x"));
      float[] y = floats(c.getAsJsonArray("y"));
      String name = c.get("name").getAsString();
      double ssim = Ssim.of(x, y, shape.get(0).getAsInt(), shape.get(1).getAsInt(), shape.get(2).getAsInt());
      assertEquals(c.get("ssim").getAsDouble(), ssim, 1e-12, name);
      assertEquals(c.get("psnr").getAsDouble(), Psnr.of(x, y), 1e-9, name);
    }
  }

  @Test
  void identicalImagesHaveSsimOneAndInfinitePsnr() {
    float[] x = new float[28 * 28];
    Random r = new Random(3);
    for (int i = 0; i < x.length; i++) {
      x[i] = r.nextFloat();
    }
    assertEquals(1.0, Ssim.of(x, x.clone(), 1, 28, 28), 1e-15);
    assertEquals(Double.POSITIVE_INFINITY, Psnr.of(x, x.clone()));
    float[] darker = x.clone();
    for (int i = 0; i < darker.length; i++) {
      darker[i] -= 0.1f;
    }
    assertEquals(20.0, Psnr.of(x, darker), 1e-5, "an MSE of 0.01 is 20 dB");
    assertThrows(IllegalArgumentException.class, () -> Ssim.of(new float[64], new float[64], 1, 8, 8));
  }

  @Test
  void theFrechetDistanceMatchesScipysSqrtm() {
    for (JsonElement e : references.getAsJsonArray("frechet")) {
      JsonObject c = e.getAsJsonObject();
      double expected = c.get("distance").getAsDouble();
      double actual = FrechetDistance.of(rows(c.getAsJsonArray("a")), rows(c.getAsJsonArray("b")));
      assertEquals(expected, actual, 1e-9 * Math.max(1, expected), c.get("name").getAsString());
    }
  }

  @Test
  void identicalSetsAreAtDistanceZero() {
    float[][] a = rows(references.getAsJsonArray("frechet").get(0).getAsJsonObject().getAsJsonArray("a"));
    assertEquals(0.0, FrechetDistance.of(a, a), 1e-9);
  }

  @Test
  void theScoreMatchesTorchFidelitysFormulaAndItsBounds() {
    JsonObject s = references.getAsJsonObject("score");
    JsonArray logits = s.getAsJsonArray("logits");
    double[][] l = new double[logits.size()][];
    int[] order = new int[l.length];
    for (int i = 0; i < l.length; i++) {
      JsonArray row = logits.get(i).getAsJsonArray();
      l[i] = new double[row.size()];
      for (int c = 0; c < row.size(); c++) {
        l[i][c] = row.get(c).getAsDouble();
      }
      order[i] = i;
    }
    ClassifierScore score = ClassifierScore.of(l, ClassifierScore.SPLITS, order);
    assertEquals(s.get("mean").getAsDouble(), score.mean(), 1e-12);
    assertEquals(s.get("sd").getAsDouble(), score.sd(), 1e-12);

    double[][] oneClass = new double[50][];
    for (int i = 0; i < oneClass.length; i++) {
      oneClass[i] = new double[] {30, 0, 0, 0};
    }
    assertEquals(1.0, ClassifierScore.of(oneClass, 7).mean(), 1e-9, "always one class: 1");
    double[][] confident = new double[400][];
    for (int i = 0; i < confident.length; i++) {
      confident[i] = new double[4];
      confident[i][i % 4] = 60;
    }
    int[] inOrder = java.util.stream.IntStream.range(0, 400).toArray();
    ClassifierScore four = ClassifierScore.of(confident, ClassifierScore.SPLITS, inOrder);
    assertEquals(4.0, four.mean(), 1e-9, "confident and even over 4 classes in every part: 4");
    assertEquals(0.0, four.sd(), 1e-9);
    ClassifierScore shuffled = ClassifierScore.of(confident, 7);
    assertTrue(shuffled.mean() > 3.5 && shuffled.mean() < 4.0, "parts of a shuffle are uneven: " + shuffled);
  }
}
