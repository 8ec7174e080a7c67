package org.latentexplorer.latent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathSmoothnessTest {

  private static float[] image(float level) {
    float[] p = new float[16 * 16];
    for (int i = 0; i < p.length; i++) {
      p[i] = level * ((i / 16 + i % 16) % 7) / 6f;
    }
    return p;
  }

  @Test
  void aStillPathIsPerfectlySmooth() {
    float[][] frames = {image(1), image(1), image(1)};
    PathSmoothness s = PathSmoothness.of(frames, 1, 16, 16);
    assertEquals(2, s.steps().length);
    assertEquals(1.0, s.mean(), 1e-12);
    assertEquals(1.0, s.lowest(), 1e-12);
  }

  @Test
  void theLargestJumpIsFoundWhereItIs() {
    float[][] frames = {image(1f), image(0.98f), image(0.96f), image(0.1f), image(0.09f)};
    PathSmoothness s = PathSmoothness.of(frames, 1, 16, 16);
    assertEquals(2, s.lowestAt(), "the jump is between frames 2 and 3");
    assertEquals(Ssim.of(frames[2], frames[3], 1, 16, 16), s.lowest(), 0);
    for (int i = 0; i < 4; i++) {
      assertEquals(Ssim.of(frames[i], frames[i + 1], 1, 16, 16), s.steps()[i], 0);
    }
    assertTrue(s.lowest() < s.mean());
    assertEquals((s.steps()[0] + s.steps()[1] + s.steps()[2] + s.steps()[3]) / 4, s.mean(), 1e-15);
  }

  @Test
  void oneFrameHasNoSteps() {
    PathSmoothness s = PathSmoothness.of(new float[][] {image(1)}, 1, 16, 16);
    assertEquals(0, s.steps().length);
    assertTrue(Double.isNaN(s.mean()));
  }
}
