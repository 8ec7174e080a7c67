package org.latentexplorer.analysis.anomaly;

/**
 * How anomaly scores are computed.
 *
 * @param items held-out items scored, at most (0 for all)
 * @param likelihoodSamples K, the importance samples of -log p(x) and the ELBO's reconstruction
 *     term (VAE)
 * @param seed for the samples
 */
public record AnomalyOptions(int items, int likelihoodSamples, long seed) {

  /** What {@code anomaly} and the Anomaly tab use unless told otherwise. */
  public static AnomalyOptions defaults() {
    return new AnomalyOptions(0, 200, 1);
  }

  public AnomalyOptions withLikelihoodSamples(int k) {
    return new AnomalyOptions(items, k, seed);
  }

  public AnomalyOptions withItems(int n) {
    return new AnomalyOptions(n, likelihoodSamples, seed);
  }
}
