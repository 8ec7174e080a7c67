package org.latentexplorer.train;

/**
 * The KL weight over training: beta, reached by a linear rise from 0 over the first
 * {@code warmupEpochs} epochs when a warm-up is asked for (KL annealing).
 *
 * @param beta the final weight
 * @param warmupEpochs epochs of warm-up, 0 for none
 */
public record BetaSchedule(double beta, int warmupEpochs) {

  /**
   * The weight at a point of training.
   *
   * @param epochProgress epochs done so far, fractional (0 at the start, 1.5 halfway through the
   *     second epoch)
   */
  public double at(double epochProgress) {
    if (warmupEpochs <= 0) {
      return beta;
    }
    return beta * Math.min(1.0, Math.max(0.0, epochProgress / warmupEpochs));
  }
}
