package org.latentexplorer.analysis.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latentexplorer.engine.ClassifierEngine;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelMeasures;
import org.latentexplorer.model.InputShape;

/**
 * What the parts of one evaluation measure from (the model, its held-out images and their codes,
 * the options) and what they have found so far: a part may use an earlier part's result, such
 * as the reconstructions, and adds a note when it cannot run.
 */
public final class EvaluationContext {

  private final LatentEngine engine;
  private final ModelMeasures measures;
  private final EvaluationData data;
  private final ClassifierEngine classifier;
  private final EvaluationOptions options;
  private final float[] images;
  private final int[] labels;
  private final Encoding encoding;
  private final Steps steps;
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Object> results = new LinkedHashMap<>();

  EvaluationContext(
      LatentEngine engine, ModelMeasures measures, EvaluationData data, ClassifierEngine classifier,
      EvaluationOptions options, float[] images, int[] labels, Encoding encoding, Steps steps) {
    this.engine = engine;
    this.measures = measures;
    this.data = data;
    this.classifier = classifier;
    this.options = options;
    this.images = images;
    this.labels = labels;
    this.encoding = encoding;
    this.steps = steps;
  }

  public LatentEngine engine() {
    return engine;
  }

  /** The engine's batched measures, chunked to the model's size. */
  public ModelMeasures measures() {
    return measures;
  }

  public EvaluationData data() {
    return data;
  }

  /** The data set's classifier, or null when none was found. */
  public ClassifierEngine classifier() {
    return classifier;
  }

  public EvaluationOptions options() {
    return options;
  }

  /** The held-out images measured, flat. */
  public float[] images() {
    return images;
  }

  /** How many held-out images are measured. */
  public int count() {
    return labels.length;
  }

  public InputShape shape() {
    return engine.inputShape();
  }

  /** The held-out images' codes (means and, for a VAE, log-variances). */
  public Encoding encoding() {
    return encoding;
  }

  /** Progress and cancelling, asked between chunks. */
  public Steps steps() {
    return steps;
  }

  /** Says why something was not measured; the report and the panel show it. */
  public void note(String text) {
    notes.add(text);
  }

  List<String> notes() {
    return notes;
  }

  /** An earlier part's result, or null when that part found nothing. */
  public <R> R result(EvaluationPart<R> part) {
    return part.type().cast(results.get(part.name()));
  }

  void put(String name, Object result) {
    results.put(name, result);
  }

  Map<String, Object> results() {
    return results;
  }
}
