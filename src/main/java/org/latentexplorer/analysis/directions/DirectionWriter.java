package org.latentexplorer.analysis.directions;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.latentexplorer.analysis.evaluate.NpyWriter;
import org.latentexplorer.latent.directions.Analogy;
import org.latentexplorer.latent.directions.AttributeVector;
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.model.Json;

/**
 * Writes a direction study to a folder, every file atomically: {@code vector.npy} (float32, the
 * latent size long), {@code direction.json} (the groups, their sizes, the vector's length, the
 * AUC of the projection, the walk's positions, the analogy), {@code walk.png}, {@code
 * projection.png}, {@code projections.csv} (index, label, class, position) and, with an analogy,
 * {@code analogy.png}; with other pairs of groups, their vectors and the table of every pair's
 * cosine ({@code others}, {@code cosines}) in {@code direction.json}; with an expression, {@code
 * expression.png} and the point it gives ({@code expression}).
 */
public final class DirectionWriter {

  public static final String JSON = "direction.json";

  private DirectionWriter() {}

  /** Writes everything; returns the names of the files written. */
  public static List<String> write(DirectionStudy s, Path out) throws IOException {
    Files.createDirectories(out);
    List<String> files = new ArrayList<>();
    NpyWriter.write(out.resolve("vector.npy"), s.vector().vector(), s.vector().dims());
    files.add("vector.npy");
    byte[] csv = csv(s).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("projections.csv"), o -> o.write(csv));
    files.add("projections.csv");
    png(out, "walk.png", DirectionFigures.walk(s), files);
    png(out, "projection.png", DirectionFigures.projection(s, DirectionFigures.W, DirectionFigures.H), files);
    if (s.analogy() != null) {
      png(out, "analogy.png", DirectionFigures.analogy(s), files);
    }
    if (s.expressed() != null) {
      png(out, "expression.png", DirectionFigures.expressed(s), files);
    }
    files.add(JSON);
    byte[] json = Json.GSON.toJson(json(s, files)).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve(JSON), o -> o.write(json));
    return files;
  }

  private static void png(Path out, String name, BufferedImage image, List<String> files) throws IOException {
    AtomicFiles.write(out.resolve(name), o -> ImageIO.write(image, "png", o));
    files.add(name);
  }

  static String csv(DirectionStudy s) {
    StringBuilder sb = new StringBuilder("index,label,class,position\n");
    for (int i = 0; i < s.projection().length; i++) {
      int label = s.labels()[i];
      sb.append(i).append(',').append(label).append(',')
          .append(org.latentexplorer.data.CsvText.quote(label < 0 ? "" : s.className(label))).append(',')
          .append(String.format(Locale.ROOT, "%.9g", s.projection()[i])).append('\n');
    }
    return sb.toString();
  }

  static JsonObject json(DirectionStudy s, List<String> files) {
    AttributeVector v = s.vector();
    JsonObject o = new JsonObject();
    o.addProperty("model", s.model());
    o.addProperty("data", s.data());
    o.addProperty("items", s.projection().length);
    o.addProperty("name", v.name());
    o.addProperty("latentSize", v.dims());
    o.add("from", group(s, s.fromGroup(), v.fromSize()));
    o.add("to", group(s, s.toGroup(), v.toSize()));
    o.addProperty("length", v.length());
    o.addProperty("auc", s.auc());
    o.add("vector", floats(v.vector()));
    JsonArray axisShares = new JsonArray();
    for (double share : v.axisShares()) {
      axisShares.add(share);
    }
    o.add("axisShares", axisShares);
    o.add("fromMean", floats(v.from()));
    JsonArray amounts = new JsonArray();
    for (double a : s.amounts()) {
      amounts.add(a);
    }
    o.add("walk", amounts);
    if (s.analogy() != null) {
      DirectionStudy.AnalogyAnswer a = s.analogy();
      JsonObject ja = new JsonObject();
      JsonArray names = new JsonArray();
      a.names().forEach(names::add);
      ja.add("classes", names);
      ja.addProperty("nearest", a.result().neighbours().length);
      ja.addProperty("answer", s.className(a.result().answer().label()));
      ja.addProperty("share", (double) a.result().answer().count() / a.result().neighbours().length);
      JsonArray shares = new JsonArray();
      for (Analogy.Share sh : a.result().shares()) {
        JsonObject js = new JsonObject();
        js.addProperty("class", s.className(sh.label()));
        js.addProperty("count", sh.count());
        shares.add(js);
      }
      ja.add("shares", shares);
      ja.add("z", floats(a.result().z()));
      o.add("analogy", ja);
    }
    if (!s.others().isEmpty()) {
      JsonArray others = new JsonArray();
      for (AttributeVector other : s.others()) {
        JsonObject jo = new JsonObject();
        jo.addProperty("name", other.name());
        jo.addProperty("length", other.length());
        jo.addProperty("cosine", AttributeVector.cosine(v, other));
        jo.add("vector", floats(other.vector()));
        others.add(jo);
      }
      o.add("others", others);
      List<AttributeVector> all = new ArrayList<>(List.of(v));
      all.addAll(s.others());
      JsonObject cosines = new JsonObject();
      JsonArray names = new JsonArray();
      JsonArray rows = new JsonArray();
      for (AttributeVector a : all) {
        names.add(a.name());
        JsonArray row = new JsonArray();
        for (AttributeVector b : all) {
          row.add(AttributeVector.cosine(a, b));
        }
        rows.add(row);
      }
      cosines.add("names", names);
      cosines.add("values", rows);
      o.add("cosines", cosines);
    }
    if (s.expressed() != null) {
      JsonObject je = new JsonObject();
      je.addProperty("text", s.expressed().text());
      je.add("z", floats(s.expressed().z()));
      o.add("expression", je);
    }
    JsonArray f = new JsonArray();
    files.forEach(f::add);
    o.add("files", f);
    return o;
  }

  private static JsonObject group(DirectionStudy s, ItemGroup group, int size) {
    JsonObject g = new JsonObject();
    g.addProperty("name", group.name());
    JsonArray classes = new JsonArray();
    for (int l : group.labels()) {
      classes.add(s.className(l));
    }
    g.add("classes", classes);
    g.addProperty("size", size);
    if (group.labels().length == 0) {
      JsonArray items = new JsonArray();
      for (int i : group.items()) {
        items.add(i);
      }
      g.add("items", items);
    }
    return g;
  }

  private static JsonArray floats(float[] values) {
    JsonArray a = new JsonArray();
    for (float x : values) {
      a.add(x);
    }
    return a;
  }
}
