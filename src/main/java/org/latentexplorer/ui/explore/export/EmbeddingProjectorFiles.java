package org.latentexplorer.ui.explore.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.latentexplorer.data.CsvText;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.model.AtomicFiles;

/**
 * The files the TensorBoard Embedding Projector opens ("Load" in projector.tensorflow.org):
 * {@code vectors.tsv}, one item's latent means a line, tab-separated, no header; and
 * {@code metadata.tsv}, a header line then one line an item in the same order (index, label,
 * class, part). Also the CSV of the points a view shows.
 */
public final class EmbeddingProjectorFiles {

  public static final String VECTORS = "vectors.tsv";
  public static final String METADATA = "metadata.tsv";

  private EmbeddingProjectorFiles() {}

  /** Writes both files into {@code folder}, each atomically. */
  public static void write(Path folder, Encoding encoding, ImageSet items) throws IOException {
    int dims = encoding.latentSize();
    float[] means = encoding.means();
    AtomicFiles.write(folder.resolve(VECTORS), out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < encoding.count(); i++) {
        line.setLength(0);
        for (int d = 0; d < dims; d++) {
          line.append(d > 0 ? "\t" : "").append(String.format(Locale.ROOT, "%.6g", means[i * dims + d]));
        }
        w.write(line.append('\n').toString());
      }
      w.flush();
    });
    AtomicFiles.write(folder.resolve(METADATA), out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write("index\tlabel\tclass\tpart\n");
      for (int i = 0; i < encoding.count(); i++) {
        w.write(i + "\t" + items.label(i) + "\t" + clean(items.className(items.label(i))) + "\t"
            + (items.isHeldOut(i) ? "test" : "train") + "\n");
      }
      w.flush();
    });
  }

  /** The points of a view: index, label, class, part, x, y, one row an item in the encoding's order. */
  public static void viewCsv(Writer w, float[] xy, ImageSet items) throws IOException {
    w.write("index,label,class,part,x,y\n");
    for (int i = 0; i < xy.length / 2; i++) {
      w.write(String.format(
          Locale.ROOT, "%d,%d,%s,%s,%.6g,%.6g\n", i, items.label(i), CsvText.quote(items.className(items.label(i))),
          items.isHeldOut(i) ? "test" : "train", xy[2 * i], xy[2 * i + 1]));
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }
}
