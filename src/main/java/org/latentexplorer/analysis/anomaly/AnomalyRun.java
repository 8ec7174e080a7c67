package org.latentexplorer.analysis.anomaly;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.latentexplorer.analysis.evaluate.EvaluationData;
import org.latentexplorer.analysis.evaluate.Steps;
import org.latentexplorer.data.ClassSelection;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ProgressSink;
import org.latentexplorer.model.InputShape;

/**
 * One anomaly comparison, as {@code anomaly} and the Anomaly tab start it: the held-out part of
 * the data set with every class (a model trained without some classes is scored on all of them),
 * the anomalous classes, and the scores of one or two models.
 */
public final class AnomalyRun {

  /** A loaded model and its name. */
  public record Model(LatentEngine engine, String name) {}

  private AnomalyRun() {}

  /**
   * @param dataSpec the data set, or null for the first model's
   * @param anomalous class names or numbers; null or empty for the classes the models were
   *     trained without
   */
  public static AnomalyResult run(
      List<Model> models, String dataSpec, List<String> anomalous, AnomalyOptions options,
      ProgressSink progress, BooleanSupplier cancelled)
      throws DatasetException {
    if (models.isEmpty() || models.size() > 2) {
      throw new IllegalArgumentException("one or two models, not " + models.size());
    }
    long start = System.nanoTime();
    Steps steps = new Steps(progress, cancelled);
    LatentEngine first = models.get(0).engine();
    String dataName = dataSpec != null ? dataSpec : first.description().data().name();
    if (dataName == null) {
      throw new DatasetException(
          null, models.get(0).name() + " names no data set; give the data set to score");
    }
    InputShape shape = first.inputShape();
    for (Model m : models) {
      if (!m.engine().inputShape().equals(shape)) {
        throw new IllegalArgumentException(
            m.name() + " takes " + m.engine().inputShape() + " images, " + models.get(0).name()
                + " takes " + shape + ": they cannot score the same items");
      }
    }
    steps.at("Reading " + dataName, -1);
    ImageSet items = EvaluationData.load(dataName, shape).heldOut();
    if (items.channels() != shape.channels() || items.height() != shape.height()
        || items.width() != shape.width()) {
      throw new DatasetException(
          null,
          "the model takes " + shape + " images but the data set '" + dataName + "' holds "
              + items.describe());
    }
    List<String> names = anomalous == null ? List.of() : anomalous;
    String what = "--anomalous";
    if (names.isEmpty()) {
      Set<String> excluded = new LinkedHashSet<>();
      models.forEach(m -> excluded.addAll(m.engine().description().data().excludedClasses()));
      names = new ArrayList<>(excluded);
      what = "the classes the model was trained without";
      if (names.isEmpty()) {
        throw new DatasetException(
            null,
            "choose the anomalous classes (--anomalous): " + models.get(0).name()
                + " was trained on every class");
      }
    }
    int[] labels = ClassSelection.labels(items, names, what);
    int count = options.items() <= 0 ? items.size() : Math.min(options.items(), items.size());
    ImageSet scored = items.subset(java.util.stream.IntStream.range(0, count).toArray());
    List<String> classNames = new ArrayList<>();
    for (int l : labels) {
      classNames.add(items.className(l));
    }
    List<ScoredModel> scoredModels = new ArrayList<>();
    for (Model m : models) {
      scoredModels.add(
          AnomalyScoring.score(m.engine(), m.name(), scored.pixels(), count, options, steps));
    }
    List<String> allClasses = new ArrayList<>();
    int maxLabel = java.util.stream.IntStream.of(scored.labels()).max().orElse(-1);
    for (int l = 0; l <= maxLabel; l++) {
      allClasses.add(items.className(l));
    }
    return new AnomalyResult(
        dataName, shape, scored.pixels(), scored.labels(), allClasses, labels, classNames,
        scoredModels, options.likelihoodSamples(), (System.nanoTime() - start) / 1e9);
  }
}
