package org.latentexplorer.latent.directions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AttributeVectorTest {

  /** Five 2-D codes: rows 0 and 1 form the first group, rows 2 and 3 the second, row 4 neither. */
  private static final float[] CODES = {0, 0, 2, 2, 4, 0, 4, 2, 1, 7};

  private static final int[] FROM = {0, 1};
  private static final int[] TO = {2, 3};

  @Test
  void theVectorRunsFromTheFirstGroupsMeanCodeToTheSeconds() {
    AttributeVector v = AttributeVector.between("Boots", FROM, "Sandals", TO, CODES, 2);
    assertEquals("Boots → Sandals", v.name());
    assertArrayEquals(new float[] {1, 1}, v.from());
    assertArrayEquals(new float[] {3, 0}, v.vector());
    assertEquals(3.0, v.length(), 0);
    assertEquals(2, v.fromSize());
    assertEquals(2, v.toSize());
    assertArrayEquals(new float[] {2.5f, 1}, v.walk(new float[] {1, 1}, 0.5f));
    assertEquals("mine", v.named("mine").name());
    assertArrayEquals(new float[] {4, 1}, AttributeVector.meanCode(CODES, 2, TO));
  }

  @Test
  void aPointMovesAlongTheVectorToAPositionKeepingWhatLiesAcrossIt() {
    AttributeVector v = AttributeVector.between("a", FROM, "b", TO, CODES, 2);
    // from (1, 1), v (3, 0): the point (1, 7) lies at t = 0; moved to t = 2 it is (7, 7)
    assertEquals(0, v.position(new float[] {1, 7}), 0);
    assertEquals(-1.0 / 3, v.position(new float[] {0, 5}), 1e-15);
    assertArrayEquals(new float[] {7, 7}, v.movedTo(new float[] {1, 7}, 2));
    assertArrayEquals(new float[] {4, 5}, v.movedTo(new float[] {0, 5}, 1));
    assertArrayEquals(new double[] {1, 0}, v.axisShares(), 0);
    assertEquals("z1 (100%)", v.mainAxis());
    AttributeVector slanted = new AttributeVector("s", "a", "b", new float[3], new float[] {1, -2, 2}, 1, 1);
    assertArrayEquals(new double[] {1.0 / 9, 4.0 / 9, 4.0 / 9}, slanted.axisShares(), 1e-15);
    assertEquals("z2 (44%)", slanted.mainAxis(), "the first of equal shares");
  }

  @Test
  void groupsGivenAsCodesGiveTheVectorOfTheirItems() {
    AttributeVector byItems = AttributeVector.between("a", FROM, "b", TO, CODES, 2);
    AttributeVector byCodes = AttributeVector.between("a", new float[] {0, 0, 2, 2}, "b", new float[] {4, 0, 4, 2}, 2);
    assertArrayEquals(byItems.from(), byCodes.from());
    assertArrayEquals(byItems.vector(), byCodes.vector());
    assertEquals(2, byCodes.toSize());
    assertArrayEquals(new float[] {1, 1}, AttributeVector.meanCode(new float[] {0, 0, 2, 2}, 2));
    // positions 0 and 1/3 against 1 and 1: every second-group point lies further along
    assertEquals(1.0, AttributeVector.separation(new double[] {0, 1.0 / 3}, new double[] {1, 1}), 0);
    assertEquals(0.5, AttributeVector.separation(new double[] {0, 1}, new double[] {0, 1}), 0);
  }

  @Test
  void eachCodeProjectsToZeroAtTheFirstMeanAndOneAtTheSecond() {
    AttributeVector v = AttributeVector.between("a", FROM, "b", TO, CODES, 2);
    // t = (x - 1) * 3 / 9 for each code's x
    assertArrayEquals(new double[] {-1.0 / 3, 1.0 / 3, 1, 1, 0}, v.project(CODES), 1e-15);
    assertEquals(0, v.project(v.from())[0], 0);
    assertEquals(1, v.project(v.walk(v.from(), 1))[0], 1e-7);
  }

  @Test
  void theSeparationIsTheAreaUnderTheRocCurveOfThePositions() {
    AttributeVector v = AttributeVector.between("a", FROM, "b", TO, CODES, 2);
    double[] t = v.project(CODES);
    assertEquals(1.0, AttributeVector.separation(t, FROM, TO), 0);
    assertEquals(0.0, AttributeVector.separation(t, TO, FROM), 0);
    // rows 1 (t = 1/3) and 4 (t = 0) against rows 0 (t = -1/3) and 2 (t = 1): pairs won 1 + 1 + 0 + 0 of 4
    assertEquals(0.5, AttributeVector.separation(t, new int[] {0, 2}, new int[] {1, 4}), 0);
    // ties count a half: row 2 against row 3 (both t = 1)
    assertEquals(0.5, AttributeVector.separation(t, new int[] {2}, new int[] {3}), 0);
  }

  @Test
  void theCosineIsThatOfTheAngleBetweenTheVectors() {
    AttributeVector x = AttributeVector.between("a", FROM, "b", TO, CODES, 2);
    AttributeVector up = AttributeVector.between("a", new int[] {0}, "c", new int[] {1}, CODES, 2);
    AttributeVector diagonal = AttributeVector.between("a", new int[] {0}, "d", new int[] {2}, new float[] {0, 0, 0, 0, 3, 3}, 2);
    assertEquals(1, AttributeVector.cosine(x, x), 1e-15);
    assertEquals(Math.sqrt(0.5), AttributeVector.cosine(x, up), 1e-15);
    assertEquals(Math.sqrt(0.5), AttributeVector.cosine(diagonal, x), 1e-15);
    assertEquals(-1, AttributeVector.cosine(x, AttributeVector.between("b", TO, "a", FROM, CODES, 2)), 1e-15);
    AttributeVector threeD = AttributeVector.between("a", new int[] {0}, "b", new int[] {1}, new float[] {0, 0, 0, 1, 0, 0}, 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AttributeVector.cosine(x, threeD));
    assertEquals("a → b has 2 dimensions, a → b has 3", e.getMessage());
  }

  @Test
  void anEmptyGroupOrTwoGroupsWithOneMeanHaveNoVector() {
    IllegalArgumentException empty = assertThrows(
        IllegalArgumentException.class, () -> AttributeVector.between("a", new int[0], "b", TO, CODES, 2));
    assertEquals("a has no items", empty.getMessage());
    IllegalArgumentException same = assertThrows(
        IllegalArgumentException.class,
        () -> AttributeVector.between("a", new int[] {0, 1}, "b", new int[] {1, 0}, CODES, 2));
    assertEquals("a and b have the same mean code", same.getMessage());
  }
}
