package org.latentexplorer.model;

import java.nio.file.Path;

/**
 * A model folder that cannot be used: missing, broken, or not matching its description. The
 * message names the folder or file and says what is wrong.
 */
public class ModelException extends Exception {

  private final transient Path location;

  public ModelException(Path location, String problem) {
    super(location == null ? problem : location + ": " + problem);
    this.location = location;
  }

  public ModelException(Path location, String problem, Throwable cause) {
    super(location == null ? problem : location + ": " + problem, cause);
    this.location = location;
  }

  /** The folder or file at fault. */
  public Path location() {
    return location;
  }
}
