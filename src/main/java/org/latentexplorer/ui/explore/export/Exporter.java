package org.latentexplorer.ui.explore.export;

import java.awt.image.BufferedImage;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.latentexplorer.analysis.plot.Raster;
import org.latentexplorer.data.OutputFolder;
import org.latentexplorer.engine.LatentCsv;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.TaskExecutor;
import org.latentexplorer.ui.explore.ModelPane;
import org.latentexplorer.ui.workspace.strip.StripRow;

/**
 * The window's exports: PNG of the decoded image, the strip and the scatter; an animated GIF of
 * the strip; CSV of the encoded points. Pictures are taken on the FX thread, files are written in
 * the background (atomically), and the result is reported through {@code report}.
 */
public final class Exporter {

  private static final int SCALE = 10;

  private final Window owner;
  private final TaskExecutor tasks;
  private final Consumer<String> report;

  public Exporter(Window owner, TaskExecutor tasks, Consumer<String> report) {
    this.owner = owner;
    this.tasks = tasks;
    this.report = report;
  }

  public void decodedImage(ModelPane pane) {
    ModelSession s = pane.model().session();
    var decoded = pane.model().decodedProperty().get();
    if (s == null || decoded == null) {
      report.accept("Nothing decoded yet.");
      return;
    }
    BufferedImage image = Raster.enlarged(decoded.pixels(), s.description().model().input(), SCALE);
    Path file = choose("decoded.png", "PNG image", "*.png");
    if (file != null) {
      write(file, () -> AtomicFiles.write(file, out -> ImageIO.write(image, "png", out)));
    }
  }

  /** The strip as a PNG: the heading (what the strip shows), each row's model and each frame's caption. */
  public void strip(List<StripRow> rows, String heading) {
    if (rows.isEmpty()) {
      report.accept("The strip is empty: drag across the scatter or choose a traversal first.");
      return;
    }
    BufferedImage image = stripImage(rows, heading);
    Path file = choose("strip.png", "PNG image", "*.png");
    if (file != null) {
      write(file, () -> AtomicFiles.write(file, out -> ImageIO.write(image, "png", out)));
    }
  }

  /**
   * The strip's rows as one picture with their context; rows of another image shape than the
   * first's are left out.
   */
  public static BufferedImage stripImage(List<StripRow> rows, String heading) {
    List<String> titles = new ArrayList<>();
    List<List<float[]>> frames = new ArrayList<>();
    List<List<String>> captions = new ArrayList<>();
    for (StripRow row : rows) {
      if (row.shape().equals(rows.get(0).shape())) {
        titles.add(row.title());
        frames.add(row.frames());
        captions.add(row.captions());
      }
    }
    int side = Math.max(rows.get(0).shape().width(), rows.get(0).shape().height());
    return Raster.titledGrid(heading, titles, frames, captions, rows.get(0).shape(), Math.max(2, 96 / side));
  }

  /** The strip's rows as an animation: frame i shows every row's frame i, named and captioned. */
  public void stripGif(List<StripRow> rows, String heading) {
    if (rows.isEmpty()) {
      report.accept("The strip is empty: drag across the scatter or choose a traversal first.");
      return;
    }
    List<BufferedImage> animation = gifFrames(rows, heading);
    Path file = choose("interpolation.gif", "Animated GIF", "*.gif");
    if (file != null) {
      write(file, () -> AtomicFiles.write(file, out -> GifWriter.write(animation, 120, out)));
    }
  }

  /** There and back again, so that the loop has no jump. */
  public static List<BufferedImage> gifFrames(List<StripRow> rows, String heading) {
    StripRow first = rows.get(0);
    int side = Math.max(first.shape().width(), first.shape().height());
    int scale = Math.max(2, 160 / side);
    int n = first.frames().size();
    int lines = 1;
    for (StripRow row : rows) {
      for (String c : row.captions()) {
        lines = Math.max(lines, c.split("\n").length);
      }
    }
    List<BufferedImage> frames = new ArrayList<>();
    for (int step = 0; step < 2 * n - 2; step++) {
      int i = step < n ? step : 2 * n - 2 - step;
      List<String> titles = new ArrayList<>();
      List<List<float[]>> cells = new ArrayList<>();
      List<List<String>> captions = new ArrayList<>();
      for (StripRow row : rows) {
        if (row.shape().equals(first.shape()) && i < row.frames().size()) {
          titles.add(row.title());
          cells.add(List.of(row.frames().get(i)));
          String c = row.captions().get(i);
          captions.add(List.of(c + "\n ".repeat(lines - c.split("\n").length)));
        }
      }
      frames.add(Raster.titledGrid(heading, titles, cells, captions, first.shape(), scale));
    }
    return frames;
  }

  /** The scatter as a PNG under a line naming the model and the projection, over its legend. */
  public void scatter(ModelPane pane) {
    BufferedImage image = scatterImage(pane);
    Path file = choose("scatter.png", "PNG image", "*.png");
    if (file != null) {
      write(file, () -> AtomicFiles.write(file, out -> ImageIO.write(image, "png", out)));
    }
  }

  /** What {@link #scatter} writes: heading, the scatter as shown, and the legend of classes. */
  public static BufferedImage scatterImage(ModelPane pane) {
    BufferedImage plot = SwingFXUtils.fromFXImage(pane.scatter().snapshot(new SnapshotParameters(), null), null);
    BufferedImage legend = SwingFXUtils.fromFXImage(pane.legend().snapshot(new SnapshotParameters(), null), null);
    ModelSession s = pane.model().session();
    var p = pane.model().projection().projection();
    String heading = (s == null ? "" : s.name() + ": ") + (p == null ? "" : p.name());
    int headH = 24;
    int width = Math.max(plot.getWidth(), legend.getWidth());
    BufferedImage out =
        new BufferedImage(width, headH + plot.getHeight() + legend.getHeight(), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = out.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(java.awt.Color.BLACK);
      g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 14));
      g.drawString(heading, 8, 17);
      g.drawImage(plot, 0, headH, null);
      g.drawImage(legend, 0, headH + plot.getHeight(), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  public void encodedPoints(ModelPane pane) {
    ModelSession s = pane.model().session();
    if (s == null) {
      report.accept("No model loaded.");
      return;
    }
    Path file = choose(s.name() + "-latents.csv", "CSV", "*.csv");
    if (file != null) {
      write(
          file,
          () ->
              AtomicFiles.write(
                  file,
                  out -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    LatentCsv.write(w, s.encoding(), s.data());
                    w.flush();
                  }));
    }
  }

  /** The points of the current view (its projection's x and y) as CSV, with each item's class and part. */
  public void viewPoints(ModelPane pane) {
    ModelSession s = pane.model().session();
    var p = pane.model().projection().projection();
    if (s == null || p == null) {
      report.accept("No model loaded.");
      return;
    }
    float[] xy = p.coordinates().clone();
    Path file = choose(s.name() + "-view.csv", "CSV", "*.csv");
    if (file != null) {
      write(file, () -> AtomicFiles.write(file, out -> {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        EmbeddingProjectorFiles.viewCsv(w, xy, s.data());
        w.flush();
      }));
    }
  }

  /**
   * The encoded points as the TensorBoard Embedding Projector opens them: {@code vectors.tsv} and
   * {@code metadata.tsv} in a chosen folder.
   */
  public void embeddingProjector(ModelPane pane) {
    ModelSession s = pane.model().session();
    if (s == null) {
      report.accept("No model loaded.");
      return;
    }
    javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
    chooser.setTitle("A folder for vectors.tsv and metadata.tsv");
    java.io.File dir = chooser.showDialog(owner);
    if (dir != null) {
      Path folder = dir.toPath();
      write(folder.resolve(EmbeddingProjectorFiles.VECTORS),
          () -> EmbeddingProjectorFiles.write(folder, s.encoding(), s.data()));
    }
  }

  private Path choose(String name, String kind, String pattern) {
    FileChooser chooser = new FileChooser();
    chooser.setInitialFileName(name);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
    java.io.File f = chooser.showSaveDialog(owner);
    return f == null ? null : f.toPath();
  }

  private interface Job {
    void run() throws Exception;
  }

  private void write(Path file, Job job) {
    BackgroundTask.of(
            "Saving " + file,
            p -> {
              OutputFolder.refuseInstallation(file);
              job.run();
              return file;
            })
        .onSuccess(f -> report.accept("Saved " + f))
        .onFailure(e -> report.accept("Could not save " + file + ": " + BackgroundTask.message(e)))
        .executeWith(tasks);
  }

}
