package org.latentexplorer.data.codes;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.NpyArray;
import org.latentexplorer.data.NpyReader;
import org.latentexplorer.data.NumpyLabels;

/**
 * Reads codes made elsewhere ({@link CodeSet}) from the formats researchers keep them in: a NumPy
 * {@code .npy} of N x D numbers; an {@code .npz} archive, the codes from the array named by the
 * caller or else {@code codes}, {@code z}, {@code embeddings}, {@code latents}, {@code mu}, {@code
 * means} or the archive's only array, and the classes from {@code labels} or {@code y} in it; CSV
 * ({@link DelimitedCodes}); the Embedding Projector's tensor TSV ({@code .tsv}). Classes may come
 * from a file of their own ({@link ClassesFile}), which takes the place of any in the codes' file.
 *
 * <p>Strict as the data readers are: a shape that is not N x D, a dtype that is not a number, a
 * value that is not finite, fewer than two codes, or classes for a different number of items gives
 * one message naming the file and the problem.
 */
public final class CodesReader {

  /** The names an {@code .npz}'s codes array is looked for under, in this order. */
  public static final List<String> CODE_ARRAYS =
      List.of("codes", "z", "embeddings", "latents", "mu", "means");

  private static final List<String> LABEL_ARRAYS = List.of("labels", "y");

  private CodesReader() {}

  /** Whether the file's name ends in an extension this reader takes. */
  public static boolean handles(Path file) {
    String n = extension(file);
    return List.of("npy", "npz", "csv", "tsv").contains(n);
  }

  /**
   * Reads the codes and their classes.
   *
   * @param file the codes
   * @param classes a file of one class an item, or null to take them from the codes' file
   * @param array the name of the codes' array in an {@code .npz}, or null for the defaults
   */
  public static CodeSet read(Path file, Path classes, String array) throws DatasetException {
    requireFile(file, "codes file");
    if (classes != null) {
      requireFile(classes, "labels file");
    }
    if (array != null && !extension(file).equals("npz")) {
      throw new DatasetException(file, "is not an .npz archive; an array name is for archives only");
    }
    CodeSet codes =
        switch (extension(file)) {
          case "npy" -> fromArray(file, NpyReader.read(file), null);
          case "npz" -> fromArchive(file, array);
          case "csv" -> DelimitedCodes.read(file, false);
          case "tsv" -> DelimitedCodes.read(file, true);
          default -> throw new DatasetException(file, "is not a codes file this program reads (.npy,"
              + " .npz, .csv or the Embedding Projector's .tsv)");
        };
    if (classes == null) {
      return codes;
    }
    ClassesFile.Classes c = ClassesFile.read(classes, codes.count());
    return new CodeSet(codes.name(), file, codes.dims(), codes.codes(), c.labels(), c.names());
  }

  private static CodeSet fromArchive(Path file, String array) throws DatasetException {
    List<String> names = NpyReader.archiveNames(file);
    String codes = array;
    if (codes != null && !names.contains(codes)) {
      throw new DatasetException(file, "has no array '" + codes + "' (it holds "
          + String.join(", ", names) + ")");
    }
    if (codes == null) {
      codes = CODE_ARRAYS.stream().filter(names::contains).findFirst()
          .orElse(names.size() == 1 ? names.get(0) : null);
    }
    if (codes == null) {
      throw new DatasetException(file, "has no codes array (looked for "
          + String.join(", ", CODE_ARRAYS) + "; it holds " + String.join(", ", names)
          + "); name the array to read");
    }
    String labels = LABEL_ARRAYS.stream().filter(names::contains).findFirst().orElse(null);
    Map<String, NpyArray> read =
        NpyReader.readArchive(file, labels == null ? List.of(codes) : List.of(codes, labels));
    return fromArray(file, read.get(codes), labels == null ? null : read.get(labels));
  }

  private static CodeSet fromArray(Path file, NpyArray a, NpyArray labels) throws DatasetException {
    long[] s = a.shape();
    if (s.length != 2) {
      throw a.problem("has the shape " + a.shapeText() + "; codes must be N x D, one row an item"
          + (s.length == 1 ? " (for one dimension, save x.reshape(-1, 1))" : ""));
    }
    if (s[0] < 2 || s[1] < 1) {
      throw a.problem("has the shape " + a.shapeText() + "; the study needs at least two codes of"
          + " one dimension or more");
    }
    if (a.kind() != NpyArray.Kind.FLOAT && a.kind() != NpyArray.Kind.INT
        && a.kind() != NpyArray.Kind.UINT) {
      throw a.problem("holds " + a.typeName() + " values; codes must be numbers (float32, float64"
          + " or integers)");
    }
    float[] v = a.toFloats();
    for (int i = 0; i < v.length; i++) {
      if (!Float.isFinite(v[i])) {
        throw a.problem("holds " + v[i] + " at row " + i / s[1] + ", column " + i % s[1]
            + "; codes must be finite numbers");
      }
    }
    int dims = (int) s[1];
    String name = file.getFileName().toString();
    if (labels == null) {
      return unlabelled(name, file, dims, v);
    }
    int n = (int) s[0];
    int[] classes = new int[n];
    List<String> names = NumpyLabels.fill(labels, n, classes);
    return new CodeSet(name, file, dims, v, classes, names);
  }

  /** Fails, naming the file, when it is missing or a folder. */
  static void requireFile(Path file, String what) throws DatasetException {
    if (java.nio.file.Files.isDirectory(file)) {
      throw new DatasetException(file, "is a folder, not a " + what);
    }
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new DatasetException(file, "no such file");
    }
  }

  static CodeSet unlabelled(String name, Path file, int dims, float[] codes) {
    int[] labels = new int[codes.length / dims];
    Arrays.fill(labels, ImageSet.NO_LABEL);
    return new CodeSet(name, file, dims, codes, labels, List.of());
  }

  static String extension(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }
}
