package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SensitivityTest {

  @Test
  void frobeniusIsTheRootOfTheTraceAndMagnificationTheRootOfTheDeterminant() {
    // J = [[2, 0], [1, 1], [0, 1]]: J^T J = [[5, 1], [1, 2]], trace 7, det 9.
    Sensitivity s = Sensitivity.fromGram(new float[] {5, 1, 1, 2, 4, 0, 0, 0}, 2, 2);
    assertEquals(Math.sqrt(7), s.frobenius()[0], 1e-12);
    assertEquals(0.5 * Math.log(9), s.logMagnification()[0], 1e-12);
    assertEquals(3, s.magnification(0), 1e-12);
    assertEquals(2, s.frobenius()[1], 1e-12);
    assertEquals(Double.NEGATIVE_INFINITY, s.logMagnification()[1], "a singular J^T J");
    assertEquals(0, s.magnification(1));
  }

  @Test
  void aThreeByThreeDeterminant() {
    double[] a = {4, 2, 0.4, 2, 10, 1, 0.4, 1, 3};
    // det = 4(30 - 1) - 2(6 - 0.4) + 0.4(2 - 4) = 116 - 11.2 - 0.8 = 104
    assertEquals(0.5 * Math.log(104), Sensitivity.halfLogDeterminant(a, 3), 1e-12);
  }
}
