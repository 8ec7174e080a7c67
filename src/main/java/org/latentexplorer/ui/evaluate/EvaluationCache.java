package org.latentexplorer.ui.evaluate;

import java.nio.file.Path;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.kept.KeptResults;
import org.latentexplorer.ui.common.kept.ModelIdentity;

/**
 * The last few evaluations made while the program runs, by model and settings: a lesson step that
 * asks for an evaluation shows a kept one at once instead of measuring again. Used on the UI thread.
 */
final class EvaluationCache {

  /** What an evaluation's result depends on. */
  record Key(ModelIdentity model, int likelihoodImages, int likelihoodSamples, Path classifier) {

    static Key of(ModelSession s, int images, int samples, Path classifier) {
      return new Key(ModelIdentity.of(s), images, samples,
          classifier == null ? null : classifier.toAbsolutePath().normalize());
    }
  }

  private final KeptResults<Key, EvaluationModel.Result> kept = new KeptResults<>(4);

  void put(Key key, EvaluationModel.Result result) {
    kept.put(key, result);
  }

  /** The kept result for this model and settings, or null. */
  EvaluationModel.Result get(Key key) {
    return kept.get(key);
  }
}
