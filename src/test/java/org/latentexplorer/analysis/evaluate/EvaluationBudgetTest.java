package org.latentexplorer.analysis.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sizes an evaluation gets from a probe, for probes like those of the bundled models. */
class EvaluationBudgetTest {

  private static final EvaluationOptions DEFAULTS = EvaluationOptions.defaults();

  @Test
  void aFastModelKeepsTheFullSizes() {
    // an MLP on 28 x 28: 10 microseconds a decoded point
    EvaluationBudget.Plan p =
        EvaluationBudget.plan(DEFAULTS, new EvaluationBudget.Probe(1e-5, 1e-4, 5e-5, 2e-5), 10_000, true, true, false);
    assertEquals(1000, p.options().likelihoodItems());
    assertEquals(1000, p.options().likelihoodSamples());
    assertEquals(2000, p.options().robustnessItems());
    assertEquals(1000 * 1000 * 1e-5, p.likelihoodSeconds(), 1e-9);
    assertEquals(2000 * 10 * 5e-5, p.robustnessSeconds(), 1e-9);
    assertEquals(10_000 * 1e-4 * 2.75, p.otherSeconds(), 1e-9);
  }

  @Test
  void aLargeDecoderGetsFewerSamplesThenFewerImages() {
    // the 64 x 64 convolutional sprites VAE: 3.9 ms a point, 4.6 ms an image-sigma
    EvaluationBudget.Plan sprites =
        EvaluationBudget.plan(DEFAULTS, new EvaluationBudget.Probe(3.9e-3, 7.6e-3, 4.6e-3, 1.4e-3), 1000, true, false, true);
    assertEquals(100, sprites.options().likelihoodSamples(), "K is lowered to 100 at the least");
    assertEquals(76, sprites.options().likelihoodItems(), "floor(30 / (100 x 3.9 ms))");
    assertEquals(434, sprites.options().robustnessItems(), "floor(20 / (10 x 4.6 ms))");
    assertTrue(sprites.seconds() < 120, "about two minutes at most: " + sprites.seconds());
    // the 28 x 28 convolutional VAE: 0.87 ms a point
    EvaluationBudget.Plan conv =
        EvaluationBudget.plan(DEFAULTS, new EvaluationBudget.Probe(0.87e-3, 1.24e-3, 1.43e-3, 0.2e-3), 10_000, true, true, false);
    assertEquals(344, conv.options().likelihoodSamples(), "floor(30 / (100 x 0.87 ms))");
    assertEquals(100, conv.options().likelihoodItems());
    assertEquals(1398, conv.options().robustnessItems());
  }

  @Test
  void whatTheUserSetIsKeptAndTheRestFitsAroundIt() {
    EvaluationOptions k1000 = DEFAULTS.withLikelihood(0, 1000);
    EvaluationBudget.Plan p =
        EvaluationBudget.plan(k1000, new EvaluationBudget.Probe(3.9e-3, 7.6e-3, 4.6e-3, 1.4e-3), 1000, true, false, true);
    assertEquals(1000, p.options().likelihoodSamples(), "K given is kept");
    assertEquals(10, p.options().likelihoodItems(), "at least 10 images, even past the budget");
    EvaluationOptions given = DEFAULTS.withLikelihood(5000, 2000);
    EvaluationBudget.Plan q =
        EvaluationBudget.plan(given, new EvaluationBudget.Probe(3.9e-3, 7.6e-3, 4.6e-3, 1.4e-3), 1000, true, false, true);
    assertEquals(1000, q.options().likelihoodItems(), "no more images than are held out");
    assertEquals(2000, q.options().likelihoodSamples());
    assertEquals(1000.0 * 2000 * 3.9e-3, q.likelihoodSeconds(), 1e-6, "the estimate says what it costs");
    assertTrue(q.sentence(true).startsWith("Estimate on this machine: about "), q.sentence(true));
    assertFalse(q.sentence(false).contains("log p(x)"), "an AE has no log p(x)");
  }
}
