package org.latentexplorer.analysis.evaluate;

import java.util.Arrays;
import java.util.Random;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.InputShape;

/**
 * The images an evaluation uses: the held-out part of a data set, and its training part for the
 * generation baseline (null when only a test set can be read, with a note saying so).
 */
public record EvaluationData(String name, ImageSet heldOut, ImageSet train, String note) {

  /** Reads a data set's split for a model's input shape. */
  public static EvaluationData load(String spec, InputShape shape) throws DatasetException {
    DataOptions options = new DataOptions(shape.height(), 0);
    DataSplit split;
    try {
      split = DatasetCatalog.loadSplit(spec, options);
    } catch (DatasetException e) {
      ImageSet test = DatasetCatalog.loadForExploring(spec, options);
      return new EvaluationData(
          spec, test, null,
          "no training images (" + e.getMessage() + "): the generation table has no floor");
    }
    return new EvaluationData(spec, split.heldOut(), split.train(), null);
  }

  /** {@code n} training images drawn without replacement with a seed, flat; null without any. */
  float[] trainingSample(int n, long seed) {
    if (train == null || train.size() < 2) {
      return null;
    }
    int count = Math.min(n, train.size());
    int[] order = new int[train.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(order.length - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return train.subset(Arrays.copyOf(order, count)).pixels();
  }
}
