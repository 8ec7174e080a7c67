package org.latentexplorer.analysis.evaluate;

import java.nio.file.Path;
import java.util.Optional;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.model.ClassifierStore;

/** Where the classifier for a model's data set is: beside the model, else among the bundled models. */
public final class ClassifierFinder {

  private ClassifierFinder() {}

  public static Optional<Path> find(Path modelFolder, String dataName) {
    Path parent = modelFolder.toAbsolutePath().normalize().getParent();
    Optional<Path> beside = parent == null ? Optional.empty() : ClassifierStore.find(parent, dataName);
    return beside.isPresent() ? beside : ClassifierStore.find(AppHome.models(), dataName);
  }
}
