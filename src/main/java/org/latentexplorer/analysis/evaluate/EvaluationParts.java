package org.latentexplorer.analysis.evaluate;

import java.util.List;

/** The parts of an evaluation, in the order they run, are reported and are shown. */
public final class EvaluationParts {

  public static final EvaluationPart<ReconstructionResult> RECONSTRUCTION = new ReconstructionPart();
  public static final EvaluationPart<LikelihoodResult> LIKELIHOOD = new LikelihoodPart();
  public static final EvaluationPart<GenerationResult> GENERATION = new GenerationPart();
  public static final EvaluationPart<RobustnessResult> ROBUSTNESS = new RobustnessPart();
  public static final EvaluationPart<SmoothnessResult> SMOOTHNESS = new SmoothnessPart();
  public static final EvaluationPart<DisentanglementResult> DISENTANGLEMENT = new DisentanglementPart();

  /** Every part; a new measure is added here. */
  public static final List<EvaluationPart<?>> ALL =
      List.of(RECONSTRUCTION, LIKELIHOOD, GENERATION, ROBUSTNESS, SMOOTHNESS, DISENTANGLEMENT);

  private EvaluationParts() {}
}
