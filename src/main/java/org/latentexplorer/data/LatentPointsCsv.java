package org.latentexplorer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Latent points from a CSV file with a header line and columns {@code z1..zd} in any position
 * among other columns (such as the codes {@code encode} writes). Fields may be quoted as in RFC
 * 4180 ({@link CsvText}). Each row's original fields are kept so that a command can write them back with its
 * results.
 *
 * @param header the header's fields
 * @param rows each row's fields
 * @param z the points, (rows, d) flat
 * @param latentSize d
 */
public record LatentPointsCsv(List<String> header, List<List<String>> rows, float[] z, int latentSize) {

  /**
   * Reads the file for a model whose latent has {@code latentSize} dimensions.
   *
   * @throws DatasetException naming the file, the line and the problem: no header, a missing or
   *     extra z column, a row with too few fields, a value that is not a finite number, no rows
   */
  public static LatentPointsCsv read(Path csv, int latentSize) throws DatasetException {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DatasetException(csv, "cannot be read (" + e.getMessage() + ")", e);
    }
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new DatasetException(csv, "is empty; line 1 must be a header with columns z1..z" + latentSize);
    }
    List<String> header = CsvText.fields(lines.get(0));
    int[] column = new int[latentSize];
    for (int k = 0; k < latentSize; k++) {
      column[k] = header.indexOf("z" + (k + 1));
      if (column[k] < 0) {
        throw new DatasetException(
            csv, "line 1 has no column z" + (k + 1) + "; the model's latent has " + latentSize
                + " dimensions, so the file needs columns z1..z" + latentSize);
      }
    }
    if (header.contains("z" + (latentSize + 1))) {
      throw new DatasetException(
          csv, "has a column z" + (latentSize + 1) + ", but the model's latent has only " + latentSize
              + " dimensions");
    }
    List<List<String>> rows = new ArrayList<>();
    List<Float> values = new ArrayList<>();
    for (int l = 1; l < lines.size(); l++) {
      if (lines.get(l).isBlank()) {
        continue;
      }
      List<String> f = CsvText.fields(lines.get(l));
      for (int k = 0; k < latentSize; k++) {
        if (column[k] >= f.size()) {
          throw new DatasetException(
              csv, "line " + (l + 1) + " has " + f.size() + " fields; z" + (k + 1) + " is field "
                  + (column[k] + 1));
        }
        String text = f.get(column[k]).trim();
        float v;
        try {
          v = Float.parseFloat(text);
        } catch (NumberFormatException e) {
          v = Float.NaN;
        }
        if (!Float.isFinite(v)) {
          throw new DatasetException(
              csv, "line " + (l + 1) + ": z" + (k + 1) + " is \"" + text + "\", not a finite number");
        }
        values.add(v);
      }
      rows.add(f);
    }
    if (rows.isEmpty()) {
      throw new DatasetException(csv, "has a header but no rows of z");
    }
    float[] z = new float[values.size()];
    for (int i = 0; i < z.length; i++) {
      z[i] = values.get(i);
    }
    return new LatentPointsCsv(header, rows, z, latentSize);
  }

  public int count() {
    return rows.size();
  }
}
