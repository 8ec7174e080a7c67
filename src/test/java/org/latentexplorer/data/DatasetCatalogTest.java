package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCatalogTest {

  @TempDir Path dir;

  @Test
  void fashionTestSetComesFromTheBundledAssets() throws Exception {
    ImageSet set = DatasetCatalog.loadForExploring("fashion-mnist", DataOptions.defaults());
    assertEquals(10_000, set.size());
    assertEquals(28, set.height());
    assertEquals("Ankle boot", set.className(set.label(0)));
    assertEquals(DatasetCatalog.FASHION_CLASSES, set.classNames());
  }

  @Test
  void missingFashionTrainingSetSaysWhereItLookedAndHowToGetIt() {
    DatasetException e =
        assertThrows(
            DatasetException.class,
            () -> DatasetCatalog.fashion("train", java.util.List.of(dir, dir.resolve("sys"))));
    assertTrue(e.getMessage().contains("train-images-idx3-ubyte.gz"), e.getMessage());
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
  }

  @Test
  void digitsAreSplitTheSameWayEveryTime() throws Exception {
    DataSplit a = DatasetCatalog.loadSplit("digits", DataOptions.defaults());
    DataSplit b = DatasetCatalog.loadSplit("digits", DataOptions.defaults());
    assertEquals(1797, a.train().size() + a.heldOut().size());
    assertEquals(359, a.heldOut().size());
    assertEquals(a.heldOut().image(5)[20], b.heldOut().image(5)[20]);
  }

  @Test
  void aFolderOfIdxFilesSplitsIntoTrainAndTest() throws Exception {
    IdxFiles.pair(dir, "train", 30, 6);
    IdxFiles.pair(dir, "t10k", 10, 6);
    DataSplit split = DatasetCatalog.loadSplit(dir.toString(), DataOptions.defaults());
    assertEquals(30, split.train().size());
    assertEquals(10, split.heldOut().size());
    assertEquals(10, DatasetCatalog.loadForExploring(dir.toString(), DataOptions.defaults()).size());
  }

  @Test
  void anIdxImageFileFindsItsLabelsBesideIt() throws Exception {
    Path[] files = IdxFiles.pair(dir, "emnist-letters-train", 12, 5);
    ImageSet set = DatasetCatalog.loadAll(files[0], DataOptions.defaults());
    assertEquals(12, set.size());
  }

  @Test
  void unknownNameIsNeitherBuiltInNorAPath() {
    DatasetException e =
        assertThrows(
            DatasetException.class,
            () -> DatasetCatalog.loadSplit("mnist-typo", DataOptions.defaults()));
    assertTrue(e.getMessage().contains("mnist-typo: no such file or folder"), e.getMessage());
    assertTrue(e.getMessage().contains("fashion-mnist, mnist, digits, sprites"), e.getMessage());
  }
}
