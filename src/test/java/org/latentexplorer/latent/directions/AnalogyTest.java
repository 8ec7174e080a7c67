package org.latentexplorer.latent.directions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalogyTest {

  @Test
  void theAnswerIsCPlusBMinusAAndItsNearestItemsNameIt() {
    // class 0 around (0, 0), class 1 around (4, 0), class 2 around (0, 4), class 3 around (4, 4)
    float[] codes = {
      0, 0, 0.1f, 0, //
      4, 0, 4, 0.1f, //
      0, 4, 0.1f, 4, //
      4, 4, 4.1f, 4, 3.9f, 3.9f, //
      3, 3
    };
    int[] labels = {0, 0, 1, 1, 2, 2, 3, 3, 3, 2};
    Analogy a = Analogy.of(new float[] {0, 0}, new float[] {4, 0}, new float[] {0, 4}, codes, labels, 4);
    assertArrayEquals(new float[] {4, 4}, a.z());
    assertArrayEquals(new int[] {6, 7, 8, 9}, a.neighbours());
    assertEquals(List.of(new Analogy.Share(3, 3), new Analogy.Share(2, 1)), a.shares());
    assertEquals(new Analogy.Share(3, 3), a.answer());
  }

  @Test
  void equalDistancesAndEqualCountsKeepTheLowerRowAndLabel() {
    float[] codes = {1, 0, -1, 0, 0, 1, 0, -1};
    int[] labels = {5, 2, 2, 5};
    Analogy a = Analogy.of(new float[] {0, 0}, new float[] {0, 0}, new float[] {0, 0}, codes, labels, 2);
    assertArrayEquals(new int[] {0, 1}, a.neighbours());
    assertEquals(List.of(new Analogy.Share(2, 1), new Analogy.Share(5, 1)), a.shares());
    Analogy all = Analogy.of(new float[] {0, 0}, new float[] {0, 0}, new float[] {0, 0}, codes, labels, Analogy.NEAREST);
    assertEquals(4, all.neighbours().length, "no more neighbours than items");
  }
}
