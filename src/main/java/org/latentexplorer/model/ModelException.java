package org.latentexplorer.model;

import java.nio.file.Path;
import org.latentexplorer.data.ReadException;

/**
 * A model folder that cannot be used: missing, broken, or not matching its description. The
 * message names the folder or file and says what is wrong.
 */
public class ModelException extends ReadException {

  public ModelException(Path location, String problem) {
    super(location, problem, null);
  }

  public ModelException(Path location, String problem, Throwable cause) {
    super(location, problem, cause);
  }

  /** The folder or file at fault. */
  public Path location() {
    return file();
  }
}
