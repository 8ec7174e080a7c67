package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.analysis.evaluate.NpyWriter;

/**
 * NumPy files written by Debian's NumPy ({@code src/test/resources/data/npy/make_npy_fixtures.py}):
 * each value is a function of its C-order position i, so every pixel can be checked exactly.
 */
class NumpyDatasetTest {

  private static Path fixture(String name) throws Exception {
    return Path.of(NumpyDatasetTest.class.getResource("/data/npy/" + name).toURI());
  }

  private static ImageSet read(String name) throws Exception {
    return NumpyDataset.read(fixture(name), name);
  }

  private static float[] expected(int n, java.util.function.IntToDoubleFunction value) {
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = (float) value.applyAsDouble(i);
    }
    return out;
  }

  @Test
  void uint8GreyImagesAreScaledFrom0To255() throws Exception {
    for (String name : List.of("grey-u1.npy", "grey-u1-v2.npy")) {
      ImageSet set = read(name);
      assertEquals(4, set.size());
      assertEquals(1, set.channels());
      assertEquals(3, set.height());
      assertEquals(2, set.width());
      assertArrayEquals(expected(24, i -> i / 255.0), set.pixels(), 0f);
      assertEquals(ImageSet.NO_LABEL, set.label(0));
    }
  }

  @Test
  void uint8ImagesOfZerosAndOnesAreBinaryAsDSpritesKeepsThem() throws Exception {
    assertArrayEquals(expected(18, i -> i % 2), read("binary-u1.npy").pixels(), 0f);
  }

  @Test
  void fortranOrderIsReadInCOrder() throws Exception {
    ImageSet set = read("grey-f4-fortran.npy");
    assertArrayEquals(expected(24, i -> (float) (i / 1000.0)), set.pixels(), 0f);
  }

  @Test
  void bigEndianFloat64ChannelsLastBecomeChannelsFirst() throws Exception {
    ImageSet set = read("rgb-nhwc-f8-big.npy");
    assertEquals(2, set.size());
    assertEquals(3, set.channels());
    assertEquals(4, set.height());
    assertEquals(5, set.width());
    float[] p = set.pixels();
    for (int n = 0; n < 2; n++) {
      for (int k = 0; k < 3; k++) {
        for (int y = 0; y < 4; y++) {
          for (int x = 0; x < 5; x++) {
            int hwc = ((n * 4 + y) * 5 + x) * 3 + k;
            assertEquals((float) (hwc / 1000.0), p[n * 60 + (k * 4 + y) * 5 + x], 0f);
          }
        }
      }
    }
  }

  @Test
  void booleanChannelsFirstImages() throws Exception {
    ImageSet set = read("nchw-bool.npy");
    assertEquals(1, set.channels());
    assertEquals(4, set.height());
    assertEquals(5, set.width());
    assertArrayEquals(expected(40, i -> i % 3 == 0 ? 1 : 0), set.pixels(), 0f);
  }

  @Test
  void anArchiveGivesImagesLabelsAndFactorsDeflatedOrStored() throws Exception {
    ImageSet deflated = read("set-deflated.npz");
    assertEquals(6, deflated.size());
    assertEquals(4, deflated.height());
    assertArrayEquals(expected(96, i -> (i % 256) / 255.0), deflated.pixels(), 0f);
    assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, deflated.labels());
    assertEquals(List.of("0", "1", "2"), deflated.classNames());
    FactorTable f = deflated.factors();
    assertEquals(List.of("factor 1", "factor 2"), f.names());
    assertArrayEquals(new int[] {3, 6}, f.levels());
    assertArrayEquals(new int[] {0, 5, 1, 4, 2, 3, 0, 2, 1, 1, 2, 0}, f.values());

    ImageSet stored = read("set-stored.npz");
    assertArrayEquals(deflated.pixels(), stored.pixels(), 0f);
    assertArrayEquals(deflated.labels(), stored.labels());
    assertNull(stored.factors());
  }

  @Test
  void aPickledEntryBesideTheArraysIsNotReadAndFactorsThatNeverChangeAreLeftOut() throws Exception {
    ImageSet set = read("with-metadata.npz");
    assertEquals(6, set.size());
    // dSprites' columns; colour never changes, so it is left out
    assertEquals(List.of("shape", "scale", "orientation", "posX", "posY"), set.factors().names());
    assertArrayEquals(new int[] {3, 2, 6, 6, 4}, set.factors().levels());
    // image 5 was (0, 5 % 3, 5 % 2, 5, 5 - 5, 5 % 4)
    assertArrayEquals(new int[] {2, 1, 5, 0, 1},
        java.util.stream.IntStream.range(0, 5).map(f -> set.factors().value(5, f)).toArray());

  }

  @Test
  void imagesLargerThanTheBudgetAreASeededSampleWithTheirOwnLabelsAndFactors() throws Exception {
    // 6 images of 16 pixels, 64 bytes each as floats; a budget of 4 images
    ImageSet sampled = NumpyDataset.read(fixture("set-deflated.npz"), "s", NumpyChoices.NONE, 4 * 64);
    ImageSet again = NumpyDataset.read(fixture("set-deflated.npz"), "s", NumpyChoices.NONE, 4 * 64);
    assertEquals(4, sampled.size());
    assertArrayEquals(sampled.pixels(), again.pixels(), 0f);
    int[] allLabels = {0, 1, 2, 0, 1, 2};
    int[] allFactors = {0, 5, 1, 4, 2, 3, 0, 2, 1, 1, 2, 0};
    int previous = -1;
    for (int i = 0; i < 4; i++) {
      int row = Math.round(sampled.pixels()[i * 16] * 255) / 16;
      assertTrue(row > previous, "in file order");
      previous = row;
      for (int j = 0; j < 16; j++) {
        assertEquals(((row * 16 + j) % 256) / 255f, sampled.pixels()[i * 16 + j], 0f);
      }
      assertEquals(allLabels[row], sampled.label(i));
      assertEquals(allFactors[2 * row], sampled.factors().value(i, 0));
      assertEquals(allFactors[2 * row + 1], sampled.factors().value(i, 1));
    }
  }

  @Test
  void labelsComeFromTheFileBesideWhoseNameSaysLabels(@TempDir Path dir) throws Exception {
    Files.copy(fixture("grey-u1.npy"), dir.resolve("shoes-images.npy"));
    Files.copy(fixture("labels-i8.npy"), dir.resolve("shoes-labels.npy"));
    ImageSet set = DatasetCatalog.loadAll(dir.resolve("shoes-images.npy"), DataOptions.defaults());
    assertEquals("shoes-images", set.name());
    assertArrayEquals(new int[] {3, 1, 3, 0}, set.labels());
    assertEquals(List.of("0", "1", "2", "3"), set.classNames());

    Files.copy(fixture("grey-u1.npy"), dir.resolve("named-images.npy"));
    Files.copy(fixture("labels-str.npy"), dir.resolve("named-labels.npy"));
    ImageSet named = DatasetCatalog.loadAll(dir.resolve("named-images.npy"), DataOptions.defaults());
    assertEquals(List.of("boot", "dress", "shirt"), named.classNames());
    assertArrayEquals(new int[] {2, 1, 2, 0}, named.labels());
  }

  @Test
  void aFolderWithTrainAndTestFilesIsTrainingAndHeldOutData(@TempDir Path dir) throws Exception {
    Files.copy(fixture("set-deflated.npz"), dir.resolve("train.npz"));
    Files.copy(fixture("grey-u1.npy"), dir.resolve("test-images.npy"));
    Files.copy(fixture("labels-i8.npy"), dir.resolve("test-labels.npy"));
    DataSplit split = DatasetCatalog.loadSplit(dir.toString(), DataOptions.defaults());
    assertEquals(6, split.train().size());
    assertEquals(4, split.heldOut().size());
    assertArrayEquals(new int[] {3, 1, 3, 0}, split.heldOut().labels());
    ImageSet explored = DatasetCatalog.loadForExploring(dir.toString(), DataOptions.defaults());
    assertArrayEquals(split.heldOut().pixels(), explored.pixels(), 0f);
    assertEquals(6, DatasetCatalog.loadAll(dir, DataOptions.defaults()).size());
  }

  @Test
  void badFilesGiveOneMessageNamingTheFileAndTheProblem() throws Exception {
    assertProblem("object.npy", "Python objects (dtype object); they are never unpickled");
    assertProblem("out-of-range-f4.npy", "float32 values from 0.0 to 1.75");
    assertProblem("flat.npy", "has the shape (3, 784); images must be N x H x W");
    assertProblem("ambiguous.npy", "has the shape (2, 3, 4, 3), which does not say where its channels are");
    assertProblem("truncated.npy", "is truncated: its header says (4, 3, 2) of |u1 (24 bytes) but 19 bytes follow");
    assertProblem("lying-header.npy", "is truncated: its header says (9, 3, 2) of |u1 (54 bytes) but 24 bytes follow");
    assertProblem("bad-magic.npy", "is not a NumPy .npy array");
  }

  @Test
  void whatTheProgramWritesItReadsBack(@TempDir Path dir) throws Exception {
    float[] values = expected(2 * 3 * 4, i -> i / 23.0);
    Path file = dir.resolve("written.npy");
    NpyWriter.write(file, values, 2, 3, 4);
    ImageSet set = NumpyDataset.read(file, "written");
    assertEquals(3, set.height());
    assertArrayEquals(values, set.pixels(), 0f);
  }

  @Test
  void anArchiveWithoutImagesSaysWhatItHolds(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("only-labels.npz");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("labels.npy"));
      out.write(Files.readAllBytes(fixture("labels-i8.npy")));
      out.closeEntry();
    }
    DatasetException e = assertThrows(DatasetException.class, () -> NumpyDataset.read(zip, "x"));
    assertTrue(e.getMessage().contains("has no images array (looked for images, imgs, x; it holds labels)"),
        e.getMessage());
  }

  private static void assertProblem(String name, String text) throws Exception {
    DatasetException e = assertThrows(DatasetException.class, () -> read(name));
    assertTrue(e.getMessage().contains(name), e.getMessage());
    assertTrue(e.getMessage().contains(text), e.getMessage());
  }
}
