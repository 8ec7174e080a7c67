package org.latentexplorer.analysis.directions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.analysis.evaluate.NpyWriter;
import org.latentexplorer.data.CsvText;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.OutputFolder.OutputException;
import org.latentexplorer.latent.directions.AttributeVector;
import org.latentexplorer.model.AtomicFiles;

/**
 * The attribute vectors found in the window, written for Python: {@code NAME.npy} (float32, one
 * row a vector in the order found), {@code NAME.csv} (one row a vector: its name, its groups and
 * their sizes, its length) and {@code NAME-projections.csv} (one row an item: index, label,
 * class, and its position along each vector, 0 at the first group's mean and 1 at the second's).
 * Each file is written atomically. The two CSVs are written beside the {@code .npy} the user named
 * and replace files of those names only when that {@code .npy} was there too (an earlier export);
 * otherwise such a file is refused.
 */
public final class VectorExport {

  private VectorExport() {}

  /** The names of the two CSVs beside {@code npy}. */
  public static List<Path> besides(Path npy) {
    String stem = npy.getFileName().toString().replaceFirst("\\.npy$", "");
    return List.of(npy.resolveSibling(stem + ".csv"), npy.resolveSibling(stem + "-projections.csv"));
  }

  /**
   * Writes the three files.
   *
   * @param vectors the vectors, all of one latent space
   * @param codes the items' codes, row-major
   * @param data the items
   * @throws OutputException when a CSV of that name is there but the {@code .npy} was not
   */
  public static void write(Path npy, List<AttributeVector> vectors, float[] codes, ImageSet data)
      throws IOException {
    boolean earlier = Files.exists(npy);
    for (Path p : besides(npy)) {
      if (!earlier && Files.exists(p)) {
        throw new OutputException(p, "is there already and was not written with " + npy.getFileName()
            + "; choose another name");
      }
    }
    int dims = vectors.get(0).dims();
    float[] rows = new float[vectors.size() * dims];
    StringBuilder table = new StringBuilder("name,from,to,from_items,to_items,length\n");
    for (int k = 0; k < vectors.size(); k++) {
      AttributeVector v = vectors.get(k);
      System.arraycopy(v.vector(), 0, rows, k * dims, dims);
      table.append(CsvText.quote(v.name())).append(',').append(CsvText.quote(v.fromName())).append(',')
          .append(CsvText.quote(v.toName())).append(',').append(v.fromSize()).append(',')
          .append(v.toSize()).append(',').append(String.format(Locale.ROOT, "%.6g", v.length()))
          .append('\n');
    }
    double[][] positions = new double[vectors.size()][];
    StringBuilder projections = new StringBuilder("index,label,class");
    for (int k = 0; k < vectors.size(); k++) {
      positions[k] = vectors.get(k).project(codes);
      projections.append(",v").append(k + 1);
    }
    projections.append('\n');
    for (int i = 0; i < data.size(); i++) {
      projections.append(i).append(',').append(data.label(i)).append(',')
          .append(CsvText.quote(data.className(data.label(i))));
      for (double[] p : positions) {
        projections.append(',').append(String.format(Locale.ROOT, "%.6g", p[i]));
      }
      projections.append('\n');
    }
    NpyWriter.write(npy, rows, vectors.size(), dims);
    byte[] t = table.toString().getBytes(StandardCharsets.UTF_8);
    byte[] p = projections.toString().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(besides(npy).get(0), o -> o.write(t));
    AtomicFiles.write(besides(npy).get(1), o -> o.write(p));
  }
}
