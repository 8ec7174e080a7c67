package org.latentexplorer.model;

import java.util.List;

/** Model descriptions for tests. */
public final class Descriptions {

  private Descriptions() {}

  public static ModelSpec mlpVae(int latent) {
    return new ModelSpec(
        ModelKind.VAE, Architecture.MLP, latent, List.of(32), new InputShape(1, 28, 28),
        Likelihood.BERNOULLI);
  }

  /** A description with {@code epochs} made-up history records. */
  public static ModelDescription of(ModelSpec spec, int epochs) {
    List<EpochRecord> history = new java.util.ArrayList<>();
    for (int e = 1; e <= epochs; e++) {
      history.add(new EpochRecord(e, 1, 300 - e, 10, 310 - e, 290 - e, 10, 300 - e, 1.5));
    }
    return new ModelDescription(
        ModelDescription.FORMAT,
        spec,
        new DataInfo("fashion-mnist", List.of("a", "b"), DataInfo.UNIT_INTERVAL, 100, 10),
        new TrainingInfo(epochs, 64, 1e-3, 1, 1, 0, "cpu()", "test"),
        history,
        300 - epochs,
        null,
        null,
        "2026-11-21T00:00:00Z",
        "test");
  }
}
