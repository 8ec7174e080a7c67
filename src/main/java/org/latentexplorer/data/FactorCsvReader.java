package org.latentexplorer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ground-truth factors of an image folder: {@code factors.csv} beside the images, a header
 * {@code file,<factor>,<factor>...} and one row an image (its path relative to the folder, then a
 * number a factor). Each factor's distinct values become its levels in increasing order; a factor
 * with more than {@link #MAX_LEVELS} distinct values is cut into {@link #BINS} equal-width bins
 * over its range (the scores need discrete factors).
 */
public final class FactorCsvReader {

  public static final String FILE = "factors.csv";
  public static final int MAX_LEVELS = 64;
  public static final int BINS = 20;

  private FactorCsvReader() {}

  /**
   * The factors of the given images, in their order.
   *
   * @throws DatasetException naming the file, the line and the problem: no header, a value that
   *     is not a number, a row with too few values, a row for an image not in the folder, an image
   *     without a row
   */
  public static FactorTable read(Path csv, Path folder, List<Path> images) throws DatasetException {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DatasetException(csv, "cannot be read (" + e.getMessage() + ")", e);
    }
    if (lines.isEmpty() || !lines.get(0).split(",")[0].trim().equalsIgnoreCase("file")) {
      throw new DatasetException(
          csv, "line 1 must be the header: file, then one column a factor (such as file,x,y)");
    }
    String[] header = lines.get(0).split(",", -1);
    List<String> names = new ArrayList<>();
    for (int c = 1; c < header.length; c++) {
      String name = header[c].trim();
      if (name.isEmpty()) {
        throw new DatasetException(csv, "line 1: column " + (c + 1) + " has no factor name");
      }
      names.add(name);
    }
    if (names.isEmpty()) {
      throw new DatasetException(csv, "line 1 names no factor after 'file'");
    }
    Map<String, double[]> rows = new HashMap<>();
    for (int l = 1; l < lines.size(); l++) {
      String line = lines.get(l);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length < names.size() + 1) {
        throw new DatasetException(
            csv, "line " + (l + 1) + ": " + (f.length - 1) + " values for " + names.size()
                + " factors (" + String.join(", ", names) + ")");
      }
      String file = f[0].trim();
      if (!Files.isRegularFile(folder.resolve(file))) {
        throw new DatasetException(csv, "line " + (l + 1) + ": no image " + file + " in " + folder);
      }
      double[] values = new double[names.size()];
      for (int m = 0; m < values.length; m++) {
        try {
          values[m] = Double.parseDouble(f[m + 1].trim());
        } catch (NumberFormatException e) {
          values[m] = Double.NaN;
        }
        if (!Double.isFinite(values[m])) {
          throw new DatasetException(
              csv, "line " + (l + 1) + ", column '" + names.get(m) + "': '" + f[m + 1].trim()
                  + "' is not a number");
        }
      }
      rows.put(key(folder.resolve(file)), values);
    }
    int k = names.size();
    double[][] raw = new double[images.size()][];
    for (int i = 0; i < images.size(); i++) {
      raw[i] = rows.get(key(images.get(i)));
      if (raw[i] == null) {
        throw new DatasetException(
            csv, "has no row for the image " + folder.relativize(images.get(i)));
      }
    }
    int[] levels = new int[k];
    int[] values = new int[images.size() * k];
    for (int m = 0; m < k; m++) {
      TreeSet<Double> distinct = new TreeSet<>();
      for (double[] r : raw) {
        distinct.add(r[m]);
      }
      if (distinct.size() <= MAX_LEVELS) {
        double[] sorted = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        levels[m] = sorted.length;
        for (int i = 0; i < raw.length; i++) {
          values[i * k + m] = Arrays.binarySearch(sorted, raw[i][m]);
        }
      } else {
        double lo = distinct.first();
        double hi = distinct.last();
        levels[m] = BINS;
        for (int i = 0; i < raw.length; i++) {
          int b = (int) Math.floor((raw[i][m] - lo) / (hi - lo) * BINS);
          values[i * k + m] = Math.min(BINS - 1, Math.max(0, b));
        }
      }
    }
    return new FactorTable(names, levels, values);
  }

  private static String key(Path p) {
    return p.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT);
  }
}
