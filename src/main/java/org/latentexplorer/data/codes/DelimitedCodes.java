package org.latentexplorer.data.codes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.latentexplorer.data.CsvText;
import org.latentexplorer.data.DatasetException;

/**
 * Codes as delimited text, one row an item: CSV (fields quoted as in RFC 4180) or the Embedding
 * Projector's tab-separated vectors. A first line with a field that is not a number is a header:
 * then the codes are the columns {@code z1..zD} where there are such (the CSV {@code encode}
 * writes), otherwise every column but {@code index}, {@code label}, {@code class} and {@code
 * part}; the classes come from the column {@code class}, else {@code label} (with both, as
 * {@code encode} writes them, {@code label} numbers the classes that {@code class} names, so that
 * they keep their order and colours). Without a header
 * every column is a code and the items have no classes.
 */
final class DelimitedCodes {

  private static final Set<String> NOT_CODES = Set.of("index", "label", "class", "part");

  private DelimitedCodes() {}

  /** Reads the file; {@code tabs} for tab-separated, commas otherwise. */
  static CodeSet read(Path file, boolean tabs) throws DatasetException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DatasetException(file, "cannot be read (" + e.getMessage() + ")", e);
    }
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      throw new DatasetException(file, "is empty; codes are one row of numbers an item");
    }
    List<String> top = fields(lines.get(first), tabs);
    boolean header = top.stream().anyMatch(f -> !isNumber(f));
    int[] columns;
    int classColumn = -1;
    int numberColumn = -1;
    if (header) {
      columns = codeColumns(file, top);
      classColumn = top.indexOf("class") >= 0 ? top.indexOf("class") : top.indexOf("label");
      numberColumn = top.indexOf("class") >= 0 ? top.indexOf("label") : -1;
    } else {
      columns = new int[top.size()];
      for (int c = 0; c < columns.length; c++) {
        columns[c] = c;
      }
    }
    int dims = columns.length;
    int width = top.size();
    float[] codes = new float[Math.max(16, (lines.size() - first) * dims)];
    List<String> classes = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    int n = 0;
    for (int l = header ? first + 1 : first; l < lines.size(); l++) {
      if (lines.get(l).isBlank()) {
        continue;
      }
      List<String> f = fields(lines.get(l), tabs);
      if (f.size() != width) {
        throw new DatasetException(file, "line " + (l + 1) + " has " + f.size() + " fields, line "
            + (first + 1) + " has " + width + "; every row must have the same columns");
      }
      for (int c = 0; c < dims; c++) {
        String text = f.get(columns[c]).trim();
        float v = isNumber(text) ? Float.parseFloat(text) : Float.NaN;
        if (!Float.isFinite(v)) {
          throw new DatasetException(file, "line " + (l + 1) + ", field " + (columns[c] + 1) + ": \""
              + text + "\" is not a finite number");
        }
        codes[n * dims + c] = v;
      }
      if (classColumn >= 0) {
        classes.add(f.get(classColumn).trim());
      }
      if (numberColumn >= 0) {
        numbers.add(f.get(numberColumn).trim());
      }
      n++;
    }
    if (n < 2) {
      throw new DatasetException(file, "holds " + n + " code" + (n == 1 ? "" : "s")
          + "; the study needs at least two");
    }
    float[] kept = java.util.Arrays.copyOf(codes, n * dims);
    String name = file.getFileName().toString();
    if (classColumn < 0) {
      return CodesReader.unlabelled(name, file, dims, kept);
    }
    LabelValues labels =
        numberColumn >= 0 ? LabelValues.numbered(file, numbers, classes) : LabelValues.of(file, classes);
    return new CodeSet(name, file, dims, kept, labels.labels(), labels.classNames());
  }

  /** The header's code columns: {@code z1..zD}, or every column that does not name the item. */
  private static int[] codeColumns(Path file, List<String> header) throws DatasetException {
    List<Integer> columns = new ArrayList<>();
    if (header.contains("z1")) {
      for (int d = 1; header.contains("z" + d); d++) {
        columns.add(header.indexOf("z" + d));
      }
    } else {
      for (int c = 0; c < header.size(); c++) {
        if (!NOT_CODES.contains(header.get(c).trim())) {
          columns.add(c);
        }
      }
    }
    if (columns.isEmpty()) {
      throw new DatasetException(file, "its header names no code columns (z1, z2, ... or any column"
          + " but index, label, class and part)");
    }
    return columns.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<String> fields(String line, boolean tabs) {
    return tabs ? List.of(line.split("\t", -1)) : CsvText.fields(line);
  }

  private static boolean isNumber(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return false;
    }
    try {
      Double.parseDouble(t);
      return !t.endsWith("d") && !t.endsWith("D") && !t.endsWith("f") && !t.endsWith("F");
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
