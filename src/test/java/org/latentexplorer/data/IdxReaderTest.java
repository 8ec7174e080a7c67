package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void readsImagesAndLabelsGzippedOrNot(boolean gzip) throws Exception {
    Path images = IdxFiles.write(dir.resolve("x-images"), IdxFiles.images(0x803, 5, 3, 4), gzip);
    Path labels = IdxFiles.write(dir.resolve("x-labels"), IdxFiles.labels(0x801, 5), gzip);

    ImageSet set = IdxReader.read(images, labels, "tiny", List.of());

    assertEquals(5, set.size());
    assertEquals(1, set.channels());
    assertEquals(3, set.height());
    assertEquals(4, set.width());
    assertEquals(IdxFiles.pixel(2, 7) / 255f, set.image(2)[7]);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, set.labels());
    assertEquals(List.of("0", "1", "2", "3", "4"), set.classNames());
  }

  @Test
  void wrongMagicNumberNamesTheFileAndBothNumbers() throws Exception {
    Path images = IdxFiles.write(dir.resolve("a.idx"), IdxFiles.images(0x801, 2, 2, 2), false);
    Path labels = IdxFiles.write(dir.resolve("b.idx"), IdxFiles.labels(0x801, 2), false);

    DatasetException e =
        assertThrows(DatasetException.class, () -> IdxReader.read(images, labels, "x", List.of()));

    assertEquals(images, e.file());
    assertTrue(e.getMessage().contains("a.idx"), e.getMessage());
    assertTrue(e.getMessage().contains("wrong magic number 0x00000801"), e.getMessage());
    assertTrue(e.getMessage().contains("0x00000803"), e.getMessage());
  }

  @Test
  void labelFileWithWrongMagic() throws Exception {
    Path images = IdxFiles.write(dir.resolve("a.idx"), IdxFiles.images(0x803, 2, 2, 2), false);
    Path labels = IdxFiles.write(dir.resolve("b.idx"), IdxFiles.images(0x803, 2, 2, 2), false);

    DatasetException e =
        assertThrows(DatasetException.class, () -> IdxReader.read(images, labels, "x", List.of()));

    assertEquals(labels, e.file());
    assertTrue(e.getMessage().contains("an IDX label file"), e.getMessage());
  }

  @Test
  void differentImageAndLabelCounts() throws Exception {
    Path images = IdxFiles.write(dir.resolve("img.gz"), IdxFiles.images(0x803, 6, 2, 2), true);
    Path labels = IdxFiles.write(dir.resolve("lab.gz"), IdxFiles.labels(0x801, 5), true);

    DatasetException e =
        assertThrows(DatasetException.class, () -> IdxReader.read(images, labels, "x", List.of()));

    assertEquals(labels, e.file());
    assertTrue(e.getMessage().contains("holds 5 labels but img.gz holds 6 images"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void truncatedFileSaysHowMuchIsMissing(boolean gzip) throws Exception {
    byte[] full = IdxFiles.images(0x803, 4, 5, 5);
    byte[] cut = Arrays.copyOf(full, full.length - 30);
    Path images = IdxFiles.write(dir.resolve("cut" + (gzip ? ".gz" : "")), cut, gzip);
    Path labels = IdxFiles.write(dir.resolve("lab"), IdxFiles.labels(0x801, 4), false);

    DatasetException e =
        assertThrows(DatasetException.class, () -> IdxReader.read(images, labels, "x", List.of()));

    assertEquals(images, e.file());
    assertTrue(
        e.getMessage().contains("truncated: 4 images of 5x5 needs 100 bytes but the file ends after 70"),
        e.getMessage());
  }

  @Test
  void truncatedGzipStream() throws Exception {
    Path whole = IdxFiles.write(dir.resolve("whole.gz"), IdxFiles.images(0x803, 50, 8, 8), true);
    byte[] gz = Files.readAllBytes(whole);
    Path images = dir.resolve("broken.gz");
    Files.write(images, Arrays.copyOf(gz, gz.length / 2));
    Path labels = IdxFiles.write(dir.resolve("lab"), IdxFiles.labels(0x801, 50), false);

    DatasetException e =
        assertThrows(DatasetException.class, () -> IdxReader.read(images, labels, "x", List.of()));

    assertEquals(images, e.file());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void fileNamedGzThatIsNotGzip() throws Exception {
    Path images = IdxFiles.write(dir.resolve("plain.gz"), IdxFiles.images(0x803, 1, 2, 2), false);
    Path labels = IdxFiles.write(dir.resolve("lab"), IdxFiles.labels(0x801, 1), false);

    DatasetException e =
        assertThrows(DatasetException.class, () -> IdxReader.read(images, labels, "x", List.of()));

    assertTrue(e.getMessage().contains("plain.gz: not a gzip file"), e.getMessage());
  }

  @Test
  void missingFile() {
    Path images = dir.resolve("nothing-here.gz");
    DatasetException e =
        assertThrows(DatasetException.class, () -> IdxReader.read(images, images, "x", List.of()));
    assertTrue(e.getMessage().endsWith("nothing-here.gz: file not found"), e.getMessage());
  }
}
