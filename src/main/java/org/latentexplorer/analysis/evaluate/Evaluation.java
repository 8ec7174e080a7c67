package org.latentexplorer.analysis.evaluate;

import java.util.List;
import org.latentexplorer.model.InputShape;

/**
 * An evaluation's results with what its figures and exports are drawn from.
 *
 * @param report every number, as in evaluation.json
 * @param shape the images' shape
 * @param heldOut the held-out images measured, flat
 * @param labels their labels
 * @param classNames the data's classes
 * @param reconstruction always there
 * @param likelihood null for an AE
 * @param generation null without a classifier for the data set
 * @param robustness always there
 * @param smoothness empty for images too small for SSIM
 */
public record Evaluation(
    EvaluationReport report,
    InputShape shape,
    float[] heldOut,
    int[] labels,
    List<String> classNames,
    ReconstructionResult reconstruction,
    LikelihoodResult likelihood,
    GenerationResult generation,
    RobustnessResult robustness,
    SmoothnessResult smoothness,
    DisentanglementResult disentanglement) {

  /** The model's name, for titles and legends. */
  public String modelName() {
    return report.model();
  }

  /** One held-out image. */
  public float[] image(int index) {
    int size = shape.size();
    return java.util.Arrays.copyOfRange(heldOut, index * size, (index + 1) * size);
  }
}
