package org.latentexplorer.analysis.directions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.SpritesGenerator;

class ItemGroupTest {

  /** 3 shapes x 4 x-positions x 4 y-positions: item = 16 * shape + 4 * x + y. */
  private static final ImageSet SPRITES = SpritesGenerator.generate(8, 1, 1, 4);

  private static final WindowNames MARKS = new WindowNames(
      name -> name.equals("b1") ? new float[] {1, 2} : name.equals("b2") ? new float[] {3, 4} : null,
      name -> name.equals("s1") ? new int[] {5, 9, 40} : name.equals("s2") ? new int[] {9, 47, 52} : null);

  private static ItemGroup group(String text) throws DatasetException {
    return ItemGroup.of(SPRITES, ItemGroup.parts(text), MARKS, "--from");
  }

  @Test
  void classesItemsFactorLevelsAndBookmarksMakeOneGroup() throws Exception {
    ItemGroup hearts = group("heart");
    assertEquals("heart", hearts.name());
    assertArrayEquals(new int[] {2}, hearts.labels());
    assertArrayEquals(IntStream.range(32, 48).toArray(), hearts.items());

    ItemGroup two = group("Square, 1");
    assertEquals("square + ellipse", two.name());
    assertArrayEquals(new int[] {0, 1}, two.labels());
    assertEquals(32, two.items().length);

    ItemGroup left = group("x=0..1");
    assertEquals("x=0..1", left.name());
    assertEquals(0, left.labels().length, "not whole classes");
    assertArrayEquals(IntStream.range(0, 48).filter(i -> i % 16 / 4 <= 1).toArray(), left.items());

    ItemGroup mixed = group("#7, shape=2, #7, b2");
    assertEquals("#7, shape=2, b2", mixed.name());
    assertArrayEquals(IntStream.concat(IntStream.of(7), IntStream.range(32, 48)).toArray(), mixed.items());
    assertArrayEquals(new float[] {3, 4}, mixed.points());
    assertEquals(18, mixed.size(2));
    float[] codes = new float[48 * 2];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = i;
    }
    float[] members = mixed.codes(codes, 2);
    assertArrayEquals(new float[] {14, 15, 64, 65}, java.util.Arrays.copyOf(members, 4));
    assertArrayEquals(new float[] {3, 4}, java.util.Arrays.copyOfRange(members, 34, 36), "the bookmark last");

    ItemGroup drawn = group("S1, #6, heart");
    assertEquals("S1, #6, heart", drawn.name());
    assertEquals(0, drawn.labels().length);
    assertArrayEquals(IntStream.concat(IntStream.of(5, 6, 9), IntStream.range(32, 48)).toArray(), drawn.items(),
        "the selection's items, the item and the class's, once each, ascending");
  }

  @Test
  void aPartThatNamesNothingIsNamed() {
    assertEquals("--from: there is no item #48 (sprites has items #0 to #47)", problem("#48"));
    assertEquals("--from: \"size\" in size=1 is not a factor of sprites (its factors: shape, scale, orientation, x, y)",
        problem("size=1"));
    assertEquals("--from: x=2..4 asks for levels 2 to 4 of x, which has levels 0 to 3", problem("x=2..4"));
    assertEquals("--from: there is no bookmark b3", problem("b3"));
    assertEquals("--from: there is no selection s3 (Ctrl-drag a loop around items on the scatter to make one)",
        problem("s3"));
    assertEquals("--from: selection s2 holds item #52, and sprites has items #0 to #47", problem("s2"));
    assertEquals("--from: \"s1\" is a selection on the scatter, and selections are known only in the window",
        assertThrows(DatasetException.class, () -> ItemGroup.of(SPRITES, List.of("s1"), null, "--from")).getMessage());
    assertEquals("--from: the group is empty; name classes, items (#12), factor levels (x=0..5), bookmarks (b1) or selections (s1)",
        problem(" , "));
    assertEquals("--from: \"b1\" is a bookmark, and bookmarks are known only in the window",
        assertThrows(DatasetException.class, () -> ItemGroup.of(SPRITES, List.of("b1"), null, "--from")).getMessage());
    assertEquals(true, problem("circle").startsWith("--from: \"circle\" is not a class of sprites"), problem("circle"));
  }

  private static String problem(String text) {
    return assertThrows(DatasetException.class, () -> group(text)).getMessage();
  }
}
