package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.latentexplorer.model.Likelihood;

class LossesTest {

  @Test
  void klOfAKnownGaussianMatchesTheClosedForm() {
    try (NDManager m = NDManager.newBaseManager()) {
      // q = N((1, 2), diag(1, 4)); KL(q || N(0, I)) = 1/2 sum(s^2 + mu^2 - 1 - ln s^2)
      NDArray mu = m.create(new float[] {1f, 2f}, new Shape(1, 2));
      NDArray logVar = m.create(new float[] {0f, (float) Math.log(4)}, new Shape(1, 2));
      double expected = 0.5 * ((1 + 1 - 1 - 0) + (4 + 4 - 1 - Math.log(4)));

      assertEquals(expected, Losses.klToStandardNormal(mu, logVar).getFloat(), 1e-5);
      assertArrayEquals(
          new float[] {0.5f, (float) (0.5 * (7 - Math.log(4)))},
          Losses.klPerDimension(mu, logVar).toFloatArray(),
          1e-5f);
    }
  }

  @Test
  void klIsZeroForThePriorItself() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray zeros = m.zeros(new Shape(3, 5));
      assertEquals(0f, Losses.klToStandardNormal(zeros, zeros).getFloat(), 1e-7f);
    }
  }

  @Test
  void bernoulliReconstructionIsBinaryCrossEntropyOfTheSigmoid() {
    try (NDManager m = NDManager.newBaseManager()) {
      float[] logits = {0f, 2f, -3f, 40f};
      float[] x = {1f, 0.25f, 0f, 1f};
      double expected = 0;
      for (int i = 0; i < x.length; i++) {
        double p = 1 / (1 + Math.exp(-logits[i]));
        expected -= x[i] > 0 ? x[i] * Math.log(p) : 0;
        expected -= x[i] < 1 ? (1 - x[i]) * Math.log(1 - p) : 0;
      }
      NDArray l = m.create(logits, new Shape(1, 4));
      NDArray t = m.create(x, new Shape(1, 4));
      assertEquals(
          expected, Losses.reconstruction(Likelihood.BERNOULLI, l, t).getFloat(), 1e-4);
    }
  }

  @Test
  void gaussianReconstructionIsHalfTheSquaredError() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray l = m.create(new float[] {0f, 0f}, new Shape(1, 2));
      NDArray t = m.create(new float[] {1f, 0f}, new Shape(1, 2));
      assertEquals(0.5 * (0.25 + 0.25), Losses.reconstruction(Likelihood.GAUSSIAN, l, t).getFloat(), 1e-6);
    }
  }

  @Test
  void warmUpRisesLinearlyToBeta() {
    BetaSchedule s = new BetaSchedule(4.0, 2);
    assertEquals(0.0, s.at(0));
    assertEquals(1.0, s.at(0.5));
    assertEquals(4.0, s.at(2));
    assertEquals(4.0, s.at(7));
    assertEquals(0.5, new BetaSchedule(0.5, 0).at(0));
  }
}
