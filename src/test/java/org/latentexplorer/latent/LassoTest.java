package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LassoTest {

  private static final float[] SQUARE = {0, 0, 4, 0, 4, 4, 0, 4};

  @Test
  void aSquareHoldsThePointsWithinIt() {
    float[] xy = {1, 1, 3, 3.5f, 5, 1, -0.5f, 2, 2, 4.5f, 3.9f, 0.1f};
    assertArrayEquals(new int[] {0, 1, 5}, Lasso.inside(xy, SQUARE, i -> true));
  }

  @Test
  void theNotchOfAUIsOutside() {
    // A U: the notch between its arms, x 1..3 above y 1, is not enclosed.
    float[] u = {0, 0, 4, 0, 4, 4, 3, 4, 3, 1, 1, 1, 1, 4, 0, 4};
    float[] xy = {0.5f, 3, 2, 3, 3.5f, 3, 2, 0.5f};
    assertArrayEquals(new int[] {0, 2, 3}, Lasso.inside(xy, u, i -> true));
  }

  @Test
  void aLoopThatCrossesItselfHoldsWhatItEnclosesOnce() {
    // A bow tie: two triangles meeting at (2, 2); points in either are in, above and below the knot out.
    float[] bow = {0, 0, 4, 4, 4, 0, 0, 4};
    float[] xy = {0.5f, 2, 3.5f, 2, 2, 3.5f, 2, 0.5f};
    assertArrayEquals(new int[] {0, 1}, Lasso.inside(xy, bow, i -> true));
  }

  @Test
  void pointsNotDrawnAndLoopsOfTooFewCornersSelectNothing() {
    float[] xy = {1, 1, 2, 2, 3, 3};
    assertArrayEquals(new int[] {0, 2}, Lasso.inside(xy, SQUARE, i -> i != 1));
    assertArrayEquals(new int[0], Lasso.inside(xy, new float[] {0, 0, 4, 4}, i -> true));
  }
}
