package org.latentexplorer.analysis.evaluate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.ClassifierEngine;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelMeasures;
import org.latentexplorer.engine.ProgressSink;
import org.latentexplorer.model.InputShape;

/**
 * Measures a model on held-out data, part by part ({@link EvaluationParts#ALL}: reconstruction,
 * likelihood for a VAE, generated samples with a classifier for the data set, robustness, the
 * smoothness of interpolations, disentanglement on data with known factors); what {@code
 * evaluate} and the Evaluate tab run. It works on the calling thread (the engines do the network
 * work on theirs), reports progress, and stops with a {@link
 * java.util.concurrent.CancellationException} between chunks once cancelled.
 */
public final class Evaluator {

  /** How many best and worst reconstructions are shown. */
  public static final int SHOWN = 8;

  private final LatentEngine engine;
  private final String name;
  private final Path folder;
  private final EvaluationData data;
  private final ClassifierEngine classifier;
  private final Steps steps;

  /**
   * @param classifier the data set's classifier, or null (the generation part is then skipped,
   *     with a note)
   */
  public Evaluator(
      LatentEngine engine, String name, Path folder, EvaluationData data,
      ClassifierEngine classifier, ProgressSink progress, BooleanSupplier cancelled) {
    this.engine = engine;
    this.name = name;
    this.folder = folder;
    this.data = data;
    this.classifier = classifier;
    this.steps = new Steps(progress, cancelled);
  }

  /** Runs every part. */
  public Evaluation run(EvaluationOptions o) {
    InputShape shape = engine.inputShape();
    ImageSet heldOut = data.heldOut();
    if (heldOut.channels() != shape.channels() || heldOut.height() != shape.height()
        || heldOut.width() != shape.width()) {
      throw new IllegalArgumentException(
          "the model takes " + shape + " images but the data set '" + data.name() + "' holds "
              + heldOut.describe());
    }
    int count = o.items() <= 0 ? heldOut.size() : Math.min(o.items(), heldOut.size());
    int size = shape.size();
    float[] images = Arrays.copyOf(heldOut.pixels(), count * size);
    int[] labels = Arrays.copyOf(heldOut.labels(), count);
    ModelMeasures measures = new ModelMeasures(engine);
    long start = System.nanoTime();

    steps.at("Encoding held-out images", -1);
    Encoding encoding = Steps.await(engine.encode(images, count, null));
    double encodeSeconds = seconds(start) / count;
    EvaluationOptions sized = o;
    String plan = null;
    if (o.leavesSizesToTheProgram()) {
      steps.at("Timing the model on this machine", -1);
      boolean vae = engine.isVae() && encoding.logVariances() != null;
      EvaluationBudget.Plan p =
          EvaluationBudget.plan(
              o, EvaluationBudget.probe(
                  engine, measures, images, count, encoding,
                  o.likelihoodSamples() > 0 ? o.likelihoodSamples() : EvaluationBudget.DEFAULT_SAMPLES,
                  o.seed(), encodeSeconds),
              count,
              vae, classifier != null, heldOut.factors() != null);
      sized = p.options();
      plan = p.sentence(vae) + ".";
      steps.at(p.sentence(vae), -1);
    }
    EvaluationContext c =
        new EvaluationContext(
            engine, measures, data, classifier, sized, images, labels, encoding, steps);
    if (data.note() != null) {
      c.note(data.note());
    }
    if (plan != null) {
      c.note(
          "Sized to this machine. " + plan + " The sizes not given were chosen to fit about two"
              + " minutes; give --likelihood-images, --samples and --robustness-images (in the"
              + " Evaluate tab: K and images) to choose them.");
    }
    Map<String, Object> entries = new LinkedHashMap<>();
    Map<String, Double> timings = new LinkedHashMap<>();
    long t = start;
    for (EvaluationPart<?> part : EvaluationParts.ALL) {
      entries.put(part.name(), measure(part, c));
      timings.put(part.name(), seconds(t));
      t = System.nanoTime();
    }
    EvaluationReport report =
        new EvaluationReport(
            name, folder.toString(), engine.description().model().summary(), data.name(), count,
            entries, c.notes(), new EvaluationReport.Timings(timings, seconds(start)), List.of());
    steps.at("Done", 1);
    return new Evaluation(report, shape, images, labels, heldOut.classNames(), c.results());
  }

  /** Runs one part, keeps its result for the later parts, and returns its JSON entry. */
  private static <R> Object measure(EvaluationPart<R> part, EvaluationContext c) {
    R result = part.measure(c);
    c.put(part.name(), result);
    return result == null ? null : part.entry(result, c);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Mean, sd (population) and the first {@code shown} values. */
  static EvaluationReport.Figure figure(double[] v, int shown) {
    double mean = Arrays.stream(v).average().orElse(Double.NaN);
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return new EvaluationReport.Figure(
        mean, v.length == 0 ? Double.NaN : Math.sqrt(ss / v.length),
        Arrays.copyOf(v, Math.min(shown, v.length)));
  }
}
