package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactorCsvReaderTest {

  @TempDir Path dir;

  private void images(String... names) throws Exception {
    for (String n : names) {
      Files.createDirectories(dir.resolve(n).getParent());
      ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY), "png", dir.resolve(n).toFile());
    }
  }

  private String fails(String csv) throws Exception {
    Files.writeString(dir.resolve("factors.csv"), csv);
    return assertThrows(DatasetException.class, () -> ImageFolderReader.read(dir, "faces", 8, 0)).getMessage();
  }

  @Test
  void anImageFolderWithFactorsCsvIsDataWithFactors() throws Exception {
    images("a.png", "b.png", "c.png", "smiling/d.png");
    Files.writeString(dir.resolve("factors.csv"),
        "file,light,pose\nc.png,0.5,-30\na.png,0.25,0\nsmiling/d.png,0.5,30\nb.png,1,0\n");
    ImageSet set = ImageFolderReader.read(dir, "faces", 8, 0);
    FactorTable f = set.factors();
    assertEquals(List.of("light", "pose"), f.names());
    assertArrayEquals(new int[] {3, 3}, f.levels(), "distinct values become levels");
    // images in reading order: a, b, c (the folder), then smiling/d
    assertArrayEquals(new int[] {0, 1, 2, 1, 1, 0, 1, 2}, f.values());
  }

  @Test
  void badFilesGetOneClearMessage() throws Exception {
    images("a.png", "b.png");
    assertTrue(fails("name,x\na.png,1\nb.png,2\n").contains("line 1 must be the header"));
    String missing = fails("file,x\na.png,1\nb.png,2\nz.png,3\n");
    assertTrue(missing.contains("line 4: no image z.png"), missing);
    String text = fails("file,x,y\na.png,1,2\nb.png,two,3\n");
    assertTrue(text.contains("factors.csv: line 3, column 'x': 'two' is not a number"), text);
    String column = fails("file,x,y\na.png,1,2\nb.png,3\n");
    assertTrue(column.contains("line 3: 1 values for 2 factors (x, y)"), column);
    String row = fails("file,x\na.png,1\n");
    assertTrue(row.contains("has no row for the image b.png"), row);
  }

  @Test
  void aFactorWithManyValuesIsCutIntoTwentyBins() throws Exception {
    String[] names = new String[100];
    StringBuilder csv = new StringBuilder("file,angle\n");
    for (int i = 0; i < 100; i++) {
      names[i] = String.format("i%03d.png", i);
      csv.append(names[i]).append(',').append(i * 3.6).append('\n');
    }
    images(names);
    Files.writeString(dir.resolve("factors.csv"), csv.toString());
    FactorTable f = ImageFolderReader.read(dir, "turns", 8, 0).factors();
    assertEquals(20, f.levels()[0]);
    assertEquals(0, f.value(0, 0));
    assertEquals(19, f.value(99, 0));
    assertEquals(10, f.value(50, 0));
  }
}
