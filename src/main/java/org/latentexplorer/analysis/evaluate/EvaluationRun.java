package org.latentexplorer.analysis.evaluate;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.engine.ClassifierEngine;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ProgressSink;
import org.latentexplorer.model.ModelException;

/**
 * One whole evaluation of a loaded model, as the command and the window start it: read the data
 * set's split, find and load the classifier for it, measure, and free the classifier.
 */
public final class EvaluationRun {

  private EvaluationRun() {}

  /**
   * @param engine the model, loaded
   * @param folder its folder
   * @param name its name in reports
   * @param dataSpec the data set, or null for the model's own
   * @param classifier a classifier folder, or null to find the one for the data set
   */
  public static Evaluation run(
      LatentEngine engine, Path folder, String name, String dataSpec, Path classifier,
      EvaluationOptions options, ProgressSink progress, BooleanSupplier cancelled)
      throws ModelException, DatasetException {
    String dataName = dataSpec != null ? dataSpec : engine.description().data().name();
    if (dataName == null) {
      throw new ModelException(
          folder, "model.json names no data set to evaluate on (\"data\": {\"name\": ...}); give one");
    }
    progress.progress("Reading " + dataName, -1);
    EvaluationData data = EvaluationData.load(dataName, engine.inputShape());
    Path classifierFolder =
        classifier != null ? classifier : ClassifierFinder.find(folder, dataName).orElse(null);
    ClassifierEngine c = classifierFolder == null ? null : ClassifierEngine.open(classifierFolder);
    try {
      return new Evaluator(engine, name, folder, data, c, progress, cancelled).run(options);
    } finally {
      if (c != null) {
        c.close();
      }
    }
  }
}
