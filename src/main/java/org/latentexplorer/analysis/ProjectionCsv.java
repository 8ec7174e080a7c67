package org.latentexplorer.analysis;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.latentexplorer.model.AtomicFiles;

/**
 * A projection's coordinates as CSV, one row an encoded item in the order of the encoding:
 * {@code index,label,x,y} (the format of {@code pca.csv} and {@code tsne.csv}).
 */
public final class ProjectionCsv {

  private ProjectionCsv() {}

  /** Writes the first {@code xy.length / 2} items' coordinates, atomically. */
  public static void write(Path file, float[] xy, int[] labels) throws IOException {
    AtomicFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      write(w, xy, labels);
      w.flush();
    });
  }

  /** Writes the header and one row an item. */
  public static void write(Writer w, float[] xy, int[] labels) throws IOException {
    w.write("index,label,x,y\n");
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < xy.length / 2; i++) {
      row.setLength(0);
      row.append(i).append(',').append(labels[i]).append(',')
          .append(String.format(Locale.ROOT, "%.6g", xy[2 * i])).append(',')
          .append(String.format(Locale.ROOT, "%.6g", xy[2 * i + 1])).append('\n');
      w.write(row.toString());
    }
  }
}
