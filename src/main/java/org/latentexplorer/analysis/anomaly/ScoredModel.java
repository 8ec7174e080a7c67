package org.latentexplorer.analysis.anomaly;

import java.util.List;
import org.latentexplorer.model.ModelKind;

/**
 * One model's anomaly scores of the same items, higher meaning "more anomalous".
 *
 * @param name the model's name
 * @param kind AE or VAE
 * @param excludedClasses the classes it was trained without
 * @param reconstructions each item reconstructed through its encoder mean, flat
 * @param scores {@link AnomalyScoring#RECONSTRUCTION_ERROR} first, then the VAE's
 */
public record ScoredModel(
    String name,
    ModelKind kind,
    List<String> excludedClasses,
    float[] reconstructions,
    List<Score> scores) {

  /**
   * One score per item.
   *
   * @param name as in {@code scores.csv} and the window, such as {@code neg_elbo}
   */
  public record Score(String name, double[] values) {}

  public Score score(String name) {
    return scores.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }
}
