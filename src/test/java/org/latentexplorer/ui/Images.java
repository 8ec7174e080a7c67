package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Comparing ARGB images in window tests. */
final class Images {

  private Images() {}

  /** The same image, pixel for pixel. */
  static void assertSame(int[] expected, int[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != actual[i]) {
        assertEquals(Integer.toHexString(expected[i]), Integer.toHexString(actual[i]), "pixel " + i);
      }
    }
  }

  /**
   * Only between a batch decode and a single decode of the same z: the same image up to one grey level a channel: two decodes of the same z can differ in the
   * last bit of a float (the BLAS kernels' summation order depends on alignment, batch size and
   * free cores), which can tip a pixel's rounding; a different z changes far more than that.
   */
  static void assertNearlyEqual(int[] expected, int[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      for (int shift = 0; shift <= 16; shift += 8) {
        int a = expected[i] >> shift & 0xff;
        int b = actual[i] >> shift & 0xff;
        if (Math.abs(a - b) > 1) {
          assertEquals(Integer.toHexString(expected[i]), Integer.toHexString(actual[i]), "pixel " + i);
        }
      }
    }
  }
}
