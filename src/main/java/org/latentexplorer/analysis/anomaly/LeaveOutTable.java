package org.latentexplorer.analysis.anomaly;

import com.google.gson.JsonParseException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.model.Json;

/**
 * Every class of a data set left out in turn: one AE and one VAE trained without it, then the AUC
 * of each of their scores with that class as the anomaly ({@code anomaly --leave-out-all}). Written
 * as {@code leave-out-all.json}, {@code .csv}, {@code .md} and {@code .png}; the Anomaly tab shows
 * it when a folder among the models holds one for the data set.
 *
 * @param data the data set
 * @param columns score columns, such as {@code ae.reconstruction_error} and {@code vae.neg_elbo}
 * @param rows one per class left out
 * @param training how the models were trained, in words
 * @param samples K of the likelihood scores
 */
public record LeaveOutTable(
    String data, List<String> columns, List<Row> rows, String training, int samples,
    double seconds) {

  public static final String FILE = "leave-out-all.json";

  /**
   * @param auc one per column
   * @param items held-out items scored
   * @param anomalousItems of them, of the class left out
   */
  public record Row(String leftOut, List<Double> auc, int items, int anomalousItems) {}

  /** The AUC of a class and column, or NaN. */
  public double auc(String leftOut, String column) {
    int c = columns.indexOf(column);
    return rows.stream()
        .filter(r -> r.leftOut().equals(leftOut))
        .findFirst()
        .map(r -> c < 0 ? Double.NaN : r.auc().get(c))
        .orElse(Double.NaN);
  }

  /** Writes the four files; returns their names. */
  public List<String> write(Path out) throws IOException {
    Files.createDirectories(out);
    byte[] json = Json.GSON.toJson(this).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve(FILE), o -> o.write(json));
    byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("leave-out-all.csv"), o -> o.write(csv));
    byte[] md = markdown().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("leave-out-all.md"), o -> o.write(md));
    BufferedImage chart = chart(900, 420);
    AtomicFiles.write(out.resolve("leave-out-all.png"), o -> ImageIO.write(chart, "png", o));
    return List.of(FILE, "leave-out-all.csv", "leave-out-all.md", "leave-out-all.png");
  }

  /** Reads a table, or says in one line what is wrong with the file. */
  public static LeaveOutTable read(Path file) throws IOException {
    try {
      LeaveOutTable t =
          Json.GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), LeaveOutTable.class);
      if (t == null || t.data() == null || t.columns() == null || t.rows() == null) {
        throw new IOException(file + ": not a leave-out-all table (data, columns and rows needed)");
      }
      for (Row r : t.rows()) {
        if (r.auc() == null || r.auc().size() != t.columns().size()) {
          throw new IOException(
              file + ": the row of " + r.leftOut() + " has not one AUC for each of the "
                  + t.columns().size() + " columns");
        }
      }
      return t;
    } catch (JsonParseException e) {
      throw new IOException(file + ": not valid JSON (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The table for a data set among the folders under {@code models}, if one exists: the newest
   * readable one.
   */
  public static Optional<LeaveOutTable> find(Path models, String data) {
    if (data == null || !Files.isDirectory(models)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(models)) {
      List<Path> files =
          s.map(d -> d.resolve(FILE))
              .filter(Files::isRegularFile)
              .sorted(
                  (a, b) -> {
                    try {
                      return Files.getLastModifiedTime(b).compareTo(Files.getLastModifiedTime(a));
                    } catch (IOException e) {
                      return 0;
                    }
                  })
              .toList();
      for (Path f : files) {
        try {
          LeaveOutTable t = read(f);
          if (t.data().equals(data)) {
            return Optional.of(t);
          }
        } catch (IOException e) {
          // an unreadable table is not shown; the others still are
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  String csv() {
    StringBuilder sb = new StringBuilder("left_out,items,anomalous_items");
    columns.forEach(c -> sb.append(",auc.").append(c));
    sb.append('\n');
    for (Row r : rows) {
      sb.append(r.leftOut()).append(',').append(r.items()).append(',').append(r.anomalousItems());
      r.auc().forEach(a -> sb.append(',').append(String.format(Locale.ROOT, "%.6f", a)));
      sb.append('\n');
    }
    return sb.toString();
  }

  String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Every class of ").append(data).append(" left out in turn\n\n")
        .append(training).append(String.format(Locale.ROOT, "; K = %d.%n%n", samples))
        .append("AUC of each score with the left-out class as the anomaly (Mann-Whitney, average")
        .append(" ranks). Below 0.5 the score ranks that class as more normal than the training")
        .append(" classes.\n\n| left out |");
    columns.forEach(c -> sb.append(' ').append(c).append(" |"));
    sb.append("\n|---|");
    columns.forEach(c -> sb.append("---|"));
    sb.append('\n');
    for (Row r : rows) {
      sb.append("| ").append(r.leftOut()).append(" |");
      r.auc().forEach(a -> sb.append(String.format(Locale.ROOT, " %.3f%s |", a, a < 0.5 ? " (below 0.5)" : "")));
      sb.append('\n');
    }
    sb.append("\n![AUC per class](leave-out-all.png)\n");
    return sb.toString();
  }

  /** Grouped bars: for each class left out, one bar per column. */
  public BufferedImage chart(int width, int height) {
    String[] names = rows.stream().map(Row::leftOut).toArray(String[]::new);
    Chart chart =
        new Chart("AUC with each class left out of training", "class left out", "AUC")
            .categories(names)
            .yRange(0, 1.45);
    double slot = 0.8 / Math.max(1, columns.size());
    for (int c = 0; c < columns.size(); c++) {
      double[] x = new double[rows.size()];
      double[] y = new double[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        x[r] = r - 0.4 + slot * (c + 0.5);
        y[r] = rows.get(r).auc().get(c);
      }
      String column = columns.get(c);
      Color color = AnomalyFigures.colorOf(column.substring(column.indexOf('.') + 1));
      if (column.startsWith("ae.")) {
        color = color.darker();
      }
      chart.bars(column, x, y, slot * 0.9, color);
    }
    chart.line("0.5", new double[] {-0.5, rows.size() - 0.5}, new double[] {0.5, 0.5}, Color.GRAY, true);
    return chart.render(width, height);
  }

  /** The columns in a fixed order: the AE's score, then the VAE's. */
  static List<String> columnsOf(List<ScoredModel> models) {
    List<String> out = new ArrayList<>();
    for (ScoredModel m : models) {
      String prefix = m.kind().toString().toLowerCase(Locale.ROOT);
      m.scores().forEach(s -> out.add(prefix + "." + s.name()));
    }
    return out;
  }

  /** A row from one left-out class's comparison (an AE and a VAE, in that order). */
  public static Row rowOf(String leftOut, AnomalyResult r) {
    List<Double> auc = new ArrayList<>();
    for (AnomalyResult.Column c : r.columns()) {
      auc.add(r.auc(c));
    }
    return new Row(leftOut, auc, r.count(), r.anomalousCount());
  }

  /** The column names of a comparison of an AE and a VAE, as rows from {@link #rowOf} hold them. */
  public static List<String> columnsOf(AnomalyResult r) {
    return columnsOf(r.models());
  }
}
