package org.latentexplorer.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads scikit-learn's digits CSV (gzipped or not): one image a row, 64 grey values from 0 to 16
 * (an 8x8 image, row by row) and the label last. Any square image size is accepted (n x n values
 * and a label a row), as long as every row has the same length.
 */
public final class DigitsCsvReader {

  /** The largest pixel value in the digits data; values are divided by it. */
  public static final int MAX_VALUE = 16;

  private static final List<String> DIGIT_NAMES =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private DigitsCsvReader() {}

  /** Reads the file; the data set takes the given name. */
  public static ImageSet read(Path file, String name) throws DatasetException {
    List<float[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    int columns = -1;
    try (InputStream in = DataFiles.open(file);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        if (columns < 0) {
          columns = cells.length;
          int side = (int) Math.round(Math.sqrt(columns - 1));
          if (columns < 2 || side * side != columns - 1) {
            throw new DatasetException(
                file,
                "line "
                    + lineNo
                    + " has "
                    + columns
                    + " values; a digits row holds n x n pixel values and a label (65 for 8x8)");
          }
        } else if (cells.length != columns) {
          throw new DatasetException(
              file, "line " + lineNo + " has " + cells.length + " values, the first had " + columns);
        }
        float[] pixels = new float[columns - 1];
        for (int c = 0; c < columns - 1; c++) {
          double v = number(cells[c], file, lineNo, c + 1);
          if (v < 0 || v > MAX_VALUE) {
            throw new DatasetException(
                file,
                "line " + lineNo + ", value " + (c + 1) + " is " + v + "; pixels must be 0 to 16");
          }
          pixels[c] = (float) (v / MAX_VALUE);
        }
        double label = number(cells[columns - 1], file, lineNo, columns);
        if (label < 0 || label != Math.rint(label) || label >= ImageSet.MAX_CLASSES) {
          throw new DatasetException(
              file,
              "line " + lineNo + ": the label " + cells[columns - 1].trim()
                  + " is not a class number from 0 to " + (ImageSet.MAX_CLASSES - 1)
                  + " (a data set has at most " + ImageSet.MAX_CLASSES + " classes)");
        }
        rows.add(pixels);
        labels.add((int) label);
      }
    } catch (IOException e) {
      throw new DatasetException(file, "cannot be read (" + e.getMessage() + ")", e);
    }
    if (rows.isEmpty()) {
      throw new DatasetException(file, "holds no rows");
    }
    int size = columns - 1;
    int side = (int) Math.round(Math.sqrt(size));
    float[] all = new float[rows.size() * size];
    int[] labelArray = new int[rows.size()];
    int maxLabel = 0;
    for (int i = 0; i < rows.size(); i++) {
      System.arraycopy(rows.get(i), 0, all, i * size, size);
      labelArray[i] = labels.get(i);
      maxLabel = Math.max(maxLabel, labelArray[i]);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i <= maxLabel; i++) {
      names.add(i < DIGIT_NAMES.size() ? DIGIT_NAMES.get(i) : Integer.toString(i));
    }
    return new ImageSet(name, 1, side, side, all, labelArray, names, null);
  }

  private static double number(String cell, Path file, int line, int column)
      throws DatasetException {
    try {
      double v = Double.parseDouble(cell.trim());
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new DatasetException(
          file, "line " + line + ", value " + column + " is '" + cell.trim() + "', not a number");
    }
  }
}
