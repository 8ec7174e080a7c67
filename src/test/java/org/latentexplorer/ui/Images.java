package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Comparing ARGB images in window tests. */
final class Images {

  private Images() {}

  /**
   * The same image up to one grey level a channel: the convolutional model's decode may round
   * differently in the last bit when another computation (t-SNE) takes a core from the engine's
   * parallel kernels.
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
