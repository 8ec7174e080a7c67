package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitsCsvReaderTest {

  @TempDir Path dir;

  private static String row(int first, int label) {
    StringJoiner j = new StringJoiner(",");
    j.add(Integer.toString(first));
    for (int i = 1; i < 64; i++) {
      j.add(Integer.toString(i % 17));
    }
    return j.add(Integer.toString(label)).toString();
  }

  @Test
  void readsRowsScaledToUnitInterval() throws Exception {
    Path file = dir.resolve("d.csv");
    Files.writeString(file, row(16, 3) + "\n" + row(8, 7) + "\n");

    ImageSet set = DigitsCsvReader.read(file, "digits");

    assertEquals(2, set.size());
    assertEquals(8, set.height());
    assertEquals(8, set.width());
    assertEquals(1f, set.image(0)[0]);
    assertEquals(0.5f, set.image(1)[0]);
    assertEquals(2 / 16f, set.image(0)[2]);
    assertArrayEquals(new int[] {3, 7}, set.labels());
    assertEquals("7", set.className(7));
  }

  @Test
  void readsTheBundledFile() throws Exception {
    ImageSet set = DigitsCsvReader.read(AppHome.assets().resolve("digits/digits.csv.gz"), "d");
    assertEquals(1797, set.size());
    assertEquals(10, set.classNames().size());
  }

  @Test
  void rowOfTheWrongLength() throws Exception {
    Path file = dir.resolve("d.csv");
    Files.writeString(file, row(1, 1) + "\n" + row(1, 1) + ",5\n");
    DatasetException e = assertThrows(DatasetException.class, () -> DigitsCsvReader.read(file, "d"));
    assertTrue(e.getMessage().contains("d.csv: line 2 has 66 values, the first had 65"), e.getMessage());
  }

  @Test
  void textWhereANumberGoes() throws Exception {
    Path file = dir.resolve("d.csv");
    Files.writeString(file, row(1, 1).replaceFirst("^1,", "x,") + "\n");
    DatasetException e = assertThrows(DatasetException.class, () -> DigitsCsvReader.read(file, "d"));
    assertTrue(e.getMessage().contains("line 1, value 1 is 'x', not a number"), e.getMessage());
  }

  @Test
  void valueOutOfRange() throws Exception {
    Path file = dir.resolve("d.csv");
    Files.writeString(file, row(17, 1) + "\n");
    DatasetException e = assertThrows(DatasetException.class, () -> DigitsCsvReader.read(file, "d"));
    assertTrue(e.getMessage().contains("pixels must be 0 to 16"), e.getMessage());
  }

  @Test
  void emptyFile() throws Exception {
    Path file = dir.resolve("empty.csv");
    Files.writeString(file, "\n");
    DatasetException e = assertThrows(DatasetException.class, () -> DigitsCsvReader.read(file, "d"));
    assertTrue(e.getMessage().contains("empty.csv: holds no rows"), e.getMessage());
  }
}
