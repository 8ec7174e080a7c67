package org.latentexplorer.analysis.anomaly;

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
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.model.Json;

/**
 * Writes an anomaly comparison to a folder, every file atomically: {@code scores.csv} (index,
 * label, anomalous as 0/1, one column per score), {@code roc.png}, a histogram and the most
 * anomalous items for every score column, {@code anomaly.json} (with {@code auc.<column>} for
 * every score column) and {@code report.md}.
 */
public final class AnomalyWriter {

  private AnomalyWriter() {}

  /** Writes everything; returns the names of the files written. */
  public static List<String> write(AnomalyResult r, Path out) throws IOException {
    Files.createDirectories(out);
    List<String> files = new ArrayList<>();
    byte[] csv = scoresCsv(r).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("scores.csv"), o -> o.write(csv));
    files.add("scores.csv");
    png(out, "roc.png", AnomalyFigures.roc(r, AnomalyFigures.W, AnomalyFigures.H), files);
    for (AnomalyResult.Column c : r.columns()) {
      png(out, "histogram-" + c.name() + ".png",
          AnomalyFigures.histogram(r, c, Double.NaN, AnomalyFigures.W, AnomalyFigures.H), files);
      png(out, "most-anomalous-" + c.name() + ".png", AnomalyFigures.mostAnomalous(r, c, 3), files);
    }
    files.add("anomaly.json");
    files.add("report.md");
    byte[] json = Json.GSON.toJson(json(r, files)).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("anomaly.json"), o -> o.write(json));
    byte[] md = report(r).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("report.md"), o -> o.write(md));
    return files;
  }

  /** index, label, anomalous (0/1), then one column per score. */
  static String scoresCsv(AnomalyResult r) {
    List<AnomalyResult.Column> columns = r.columns();
    StringBuilder sb = new StringBuilder("index,label,anomalous");
    columns.forEach(c -> sb.append(',').append(c.name()));
    sb.append('\n');
    boolean[] a = r.anomalous();
    for (int i = 0; i < r.count(); i++) {
      sb.append(i).append(',').append(r.labels()[i]).append(',').append(a[i] ? 1 : 0);
      for (AnomalyResult.Column c : columns) {
        sb.append(',').append(String.format(Locale.ROOT, "%.9g", c.values()[i]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static JsonObject json(AnomalyResult r, List<String> files) {
    JsonObject o = new JsonObject();
    o.addProperty("data", r.data());
    JsonArray models = new JsonArray();
    for (ScoredModel m : r.models()) {
      JsonObject jm = new JsonObject();
      jm.addProperty("name", m.name());
      jm.addProperty("kind", m.kind().toString());
      JsonArray ex = new JsonArray();
      m.excludedClasses().forEach(ex::add);
      jm.add("trainedWithout", ex);
      models.add(jm);
    }
    o.add("models", models);
    JsonArray anomalous = new JsonArray();
    r.anomalousClasses().forEach(anomalous::add);
    o.add("anomalousClasses", anomalous);
    o.addProperty("items", r.count());
    o.addProperty("anomalousItems", r.anomalousCount());
    o.addProperty("likelihoodSamples", r.samples());
    for (AnomalyResult.Column c : r.columns()) {
      o.addProperty("auc." + c.name(), r.auc(c));
    }
    JsonObject scores = new JsonObject();
    for (AnomalyResult.Column c : r.columns()) {
      scores.addProperty(c.name(), AnomalyScoring.describe(c.score(), r.samples()));
    }
    o.add("scores", scores);
    JsonArray notes = new JsonArray();
    r.notes().forEach(notes::add);
    o.add("notes", notes);
    o.addProperty("seconds", r.seconds());
    JsonArray f = new JsonArray();
    files.forEach(f::add);
    o.add("files", f);
    return o;
  }

  static String report(AnomalyResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Anomaly detection on ").append(r.data()).append("\n\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "%,d held-out items, %,d of them anomalous (%s). Models: %s.%n%n",
            r.count(), r.anomalousCount(), String.join(", ", r.anomalousClasses()),
            String.join(", ", r.models().stream().map(AnomalyWriter::describe).toList())));
    sb.append("| score | what it is | AUC |\n|---|---|---|\n");
    for (AnomalyResult.Column c : r.columns()) {
      sb.append(
          String.format(
              Locale.ROOT, "| %s | %s | %.4f |%n", c.name(),
              AnomalyScoring.describe(c.score(), r.samples()), r.auc(c)));
    }
    sb.append("\nAUC is the Mann-Whitney statistic with average ranks for ties; a higher score means")
        .append(" more anomalous.\n\n");
    for (String note : r.notes()) {
      sb.append("- ").append(note).append('\n');
    }
    sb.append("\n![ROC](roc.png)\n");
    for (AnomalyResult.Column c : r.columns()) {
      sb.append("\n## ").append(c.name()).append("\n\n")
          .append("![histogram](histogram-").append(c.name()).append(".png)\n\n")
          .append("The ").append(AnomalyFigures.MOST)
          .append(" most anomalous items (reconstructions below; * marks an anomalous class):\n\n")
          .append("![most anomalous](most-anomalous-").append(c.name()).append(".png)\n");
    }
    return sb.toString();
  }

  private static String describe(ScoredModel m) {
    return m.name() + " (" + m.kind()
        + (m.excludedClasses().isEmpty()
            ? ""
            : ", trained without " + String.join(", ", m.excludedClasses()))
        + ")";
  }

  private static void png(Path out, String name, BufferedImage image, List<String> files)
      throws IOException {
    AtomicFiles.write(out.resolve(name), o -> ImageIO.write(image, "png", o));
    files.add(name);
  }
}
