package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClassSelectionTest {

  private static ImageSet fashionLike() {
    int n = 30;
    int[] labels = IntStream.range(0, n).map(i -> i % 10).toArray();
    return new ImageSet("f", 1, 2, 2, new float[n * 4], labels, DatasetCatalog.FASHION_CLASSES, null);
  }

  @Test
  void classesAreNamedByNameInAnyCaseOrByNumber() throws Exception {
    ImageSet s = fashionLike();
    assertArrayEquals(new int[] {5, 7, 1}, ClassSelection.labels(s, List.of("sandal", "Sneaker", "1", "5"), "--x"));
  }

  @Test
  void aNameThatIsNotAClassIsRefusedWithTheClassesThereAre() {
    DatasetException e =
        assertThrows(
            DatasetException.class,
            () -> ClassSelection.labels(fashionLike(), List.of("Shoe"), "--exclude-classes"));
    assertTrue(e.getMessage().startsWith("--exclude-classes: \"Shoe\" is not a class of f"), e.getMessage());
    assertTrue(e.getMessage().contains("5 Sandal"), e.getMessage());
    assertThrows(DatasetException.class, () -> ClassSelection.labels(fashionLike(), List.of("10"), "--x"));
  }

  @Test
  void leavingClassesOutRemovesExactlyTheirItemsFromBothParts() throws Exception {
    DataSplit split = DatasetCatalog.loadSplit("digits", new DataOptions(8, 0));
    DataSplit without = split.withoutClasses(ClassSelection.labels(split.train(), List.of("1", "7"), "--x"));
    assertEquals(List.of("1", "7"), without.excludedClasses());
    for (ImageSet[] parts : new ImageSet[][] {{split.train(), without.train()}, {split.heldOut(), without.heldOut()}}) {
      ImageSet before = parts[0];
      ImageSet after = parts[1];
      int[] kept = IntStream.range(0, before.size()).filter(i -> before.label(i) != 1 && before.label(i) != 7).toArray();
      assertEquals(kept.length, after.size());
      for (int j = 0; j < kept.length; j++) {
        assertEquals(before.itemKey(kept[j]), after.itemKey(j), "the same items, in order");
        assertArrayEquals(before.image(kept[j]), after.image(j));
      }
      assertTrue(IntStream.of(after.labels()).noneMatch(l -> l == 1 || l == 7));
    }
  }
}
