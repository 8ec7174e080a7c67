package org.latentexplorer.model;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;

/**
 * The program's own format: the network built from {@link ModelSpec} (MLP or convolutional) with
 * its parameters in a DJL parameter file whose SHA-256 {@code model.json} records.
 */
final class OwnModelFormat implements ModelFormat {

  @Override
  public String name() {
    return null;
  }

  @Override
  public boolean reads(ModelSpec spec) {
    return spec.format() == null;
  }

  @Override
  public void check(Path folder, ModelDescription d, Path json, List<String> problems) {
    if (d.data() == null || d.data().name() == null) {
      problems.add("\"data\" is missing (the data set the model was trained on)");
    }
    ParameterFile p = d.parameters();
    if (p == null || p.file() == null || p.file().isBlank()) {
      problems.add("\"parameters\" is missing (the parameter file)");
    } else {
      ModelStore.checkName(folder, p.file(), "parameters.file", json, problems);
    }
  }

  @Override
  public ModelDescription complete(ModelDescription d) {
    return d;
  }

  @Override
  public LatentNetwork open(Path folder, ModelDescription d, NDManager manager) throws ModelException {
    LoadedModel loaded = ModelStore.load(folder, manager, false);
    return new TrainedNetwork(loaded.block(), manager);
  }
}
