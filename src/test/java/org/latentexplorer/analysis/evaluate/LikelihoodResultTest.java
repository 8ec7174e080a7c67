package org.latentexplorer.analysis.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.metrics.ImportanceSampling;

class LikelihoodResultTest {

  private static ImportanceSampling.Estimate logPx(double v) {
    return new ImportanceSampling.Estimate(v, -v + 1, 0.5);
  }

  @Test
  void theStandardErrorIsTheSampleSdOverTheRootOfTheCount() {
    // log p(x) of four images: -100, -102, -98, -104; mean -101, sample variance 20 / 3
    LikelihoodResult r =
        new LikelihoodResult(10, new ImportanceSampling.Estimate[] {logPx(-100), logPx(-102), logPx(-98), logPx(-104)});
    assertEquals(101, r.negativeLogLikelihood(), 1e-12);
    assertEquals(Math.sqrt(20.0 / 3 / 4), r.standardError(), 1e-12);
  }

  @Test
  void oneImageHasNoStandardError() {
    assertTrue(Double.isNaN(new LikelihoodResult(10, new ImportanceSampling.Estimate[] {logPx(-90)}).standardError()));
  }
}
