package org.latentexplorer.analysis.evaluate;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latentexplorer.model.InputShape;

/**
 * An evaluation's results with what its figures and exports are drawn from: the report (every
 * number, as in evaluation.json), the held-out images measured, and each part's full result by
 * the part's name.
 */
public final class Evaluation {

  private final EvaluationReport report;
  private final InputShape shape;
  private final float[] heldOut;
  private final int[] labels;
  private final List<String> classNames;
  private final Map<String, Object> results;

  /**
   * @param heldOut the held-out images measured, flat
   * @param results each part's result by its name (null for a part that found nothing)
   */
  public Evaluation(
      EvaluationReport report, InputShape shape, float[] heldOut, int[] labels,
      List<String> classNames, Map<String, Object> results) {
    this.report = report;
    this.shape = shape;
    this.heldOut = heldOut;
    this.labels = labels;
    this.classNames = classNames;
    this.results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
  }

  /** Every number, as in evaluation.json. */
  public EvaluationReport report() {
    return report;
  }

  /** The images' shape. */
  public InputShape shape() {
    return shape;
  }

  /** The held-out images measured, flat. */
  public float[] heldOut() {
    return heldOut;
  }

  public int[] labels() {
    return labels;
  }

  /** The data's classes. */
  public List<String> classNames() {
    return classNames;
  }

  /** A part's result, or null when it found nothing. */
  public <R> R result(EvaluationPart<R> part) {
    return part.type().cast(results.get(part.name()));
  }

  Object result(String name) {
    return results.get(name);
  }

  /** Always there. */
  public ReconstructionResult reconstruction() {
    return result(EvaluationParts.RECONSTRUCTION);
  }

  /** Null for an AE. */
  public LikelihoodResult likelihood() {
    return result(EvaluationParts.LIKELIHOOD);
  }

  /** Null without a classifier for the data set. */
  public GenerationResult generation() {
    return result(EvaluationParts.GENERATION);
  }

  /** Always there. */
  public RobustnessResult robustness() {
    return result(EvaluationParts.ROBUSTNESS);
  }

  /** Always there; without paths for images too small for SSIM. */
  public SmoothnessResult smoothness() {
    return result(EvaluationParts.SMOOTHNESS);
  }

  /** Null for data without known factors. */
  public DisentanglementResult disentanglement() {
    return result(EvaluationParts.DISENTANGLEMENT);
  }

  /** The model's name, for titles and legends. */
  public String modelName() {
    return report.model();
  }

  /** One held-out image. */
  public float[] image(int index) {
    int size = shape.size();
    return Arrays.copyOfRange(heldOut, index * size, (index + 1) * size);
  }
}
