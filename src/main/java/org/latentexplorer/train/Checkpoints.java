package org.latentexplorer.train;

import ai.djl.engine.Engine;
import java.time.Instant;
import java.util.List;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.DataInfo;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingInfo;

/** What a training checkpoint says about itself in model.json. */
final class Checkpoints {

  private Checkpoints() {}

  /** The description of a model after the last epoch of {@code history}. */
  static ModelDescription describe(
      ModelSpec spec, DataSplit data, String dataName, TrainingInfo info, List<EpochRecord> history) {
    ImageSet train = data.train();
    DataInfo dataInfo =
        new DataInfo(
            dataName, train.classNames(), DataInfo.UNIT_INTERVAL, train.size(),
            data.heldOut().size(), data.excludedClasses());
    return new ModelDescription(
        ModelDescription.FORMAT, spec, dataInfo, info, history,
        history.get(history.size() - 1).heldOutTotal(), null, null, Instant.now().toString(),
        writtenBy());
  }

  /** The program, engine and DJL versions that wrote a model, as model.json records them. */
  static String writtenBy() {
    return AutoencoderTrainer.PROGRAM
        + " (" + Engines.version() + ", DJL " + Engine.getDjlVersion() + ")";
  }
}
