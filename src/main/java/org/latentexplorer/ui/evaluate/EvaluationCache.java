package org.latentexplorer.ui.evaluate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.latentexplorer.engine.ModelSession;

/**
 * The last few evaluations made while the program runs, by model (its folder and its parameters'
 * checksum, so a model trained again in place is not mistaken for the old one) and settings: a
 * lesson step that asks for an evaluation shows a kept one at once instead of measuring again.
 * Used on the UI thread.
 */
final class EvaluationCache {

  /** What an evaluation's result depends on. */
  record Key(Path folder, String parameters, int likelihoodImages, int likelihoodSamples, Path classifier) {

    static Key of(ModelSession s, int images, int samples, Path classifier) {
      var p = s.description().parameters();
      return new Key(s.folder().toAbsolutePath().normalize(), p == null ? null : p.sha256(), images, samples,
          classifier == null ? null : classifier.toAbsolutePath().normalize());
    }
  }

  private static final int KEPT = 4;

  private final Map<Key, EvaluationModel.Result> kept = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, EvaluationModel.Result> eldest) {
      return size() > KEPT;
    }
  };

  void put(Key key, EvaluationModel.Result result) {
    kept.put(key, result);
  }

  /** The kept result for this model and settings, or null. */
  EvaluationModel.Result get(Key key) {
    return kept.get(key);
  }
}
