package org.latentexplorer.data.codes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.NpyReader;
import org.latentexplorer.data.NumpyLabels;

/**
 * The classes of codes, in a file of their own: an {@code .npy} of integers from 0 or of strings
 * ({@link NumpyLabels}), or the Embedding Projector's metadata TSV: one column and no header, or a
 * header and several columns, the classes taken from the column {@code label} or {@code class},
 * else the first. Text labels follow {@link LabelValues}.
 */
final class ClassesFile {

  /** The classes read: one index an item and the names. */
  record Classes(int[] labels, List<String> names) {}

  private ClassesFile() {}

  static Classes read(Path file, int items) throws DatasetException {
    if (CodesReader.extension(file).equals("npy")) {
      int[] labels = new int[items];
      List<String> names = NumpyLabels.fill(NpyReader.read(file), items, labels);
      return new Classes(labels, names);
    }
    List<String> lines;
    try {
      lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DatasetException(file, "cannot be read (" + e.getMessage() + ")", e);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    if (lines.isEmpty()) {
      throw new DatasetException(file, "is empty; it must name one class a line, one line an item");
    }
    String[] header = lines.get(0).split("\t", -1);
    int column = 0;
    if (header.length > 1) {
      List<String> h = List.of(header);
      column = h.contains("label") ? h.indexOf("label") : Math.max(0, h.indexOf("class"));
      lines.remove(0);
    }
    if (lines.size() != items) {
      throw new DatasetException(file, "names the classes of " + lines.size() + " items"
          + (header.length > 1 ? " (after its header line)" : "") + ", but there are " + items
          + " codes");
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length != header.length) {
        throw new DatasetException(file, "line " + (i + (header.length > 1 ? 2 : 1)) + " has "
            + f.length + " fields, the first line " + header.length);
      }
      texts.add(f[column].trim());
    }
    LabelValues v = LabelValues.of(file, texts);
    return new Classes(v.labels(), v.classNames());
  }
}
