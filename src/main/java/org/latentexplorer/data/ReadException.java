package org.latentexplorer.data;

import java.nio.file.Path;

/**
 * A file or folder the program cannot read or use. The message starts with the path at fault and
 * says the problem in words a user can act on, so the command line and the window show it as it
 * is. The data readers ({@link DatasetException}) and the model folders ({@code ModelException})
 * both throw one.
 */
public abstract class ReadException extends Exception {

  private final transient Path file;

  protected ReadException(Path file, String problem, Throwable cause) {
    super(file == null ? problem : file + ": " + problem, cause);
    this.file = file;
  }

  /** The file or folder at fault, or null when the problem is not one file's. */
  public Path file() {
    return file;
  }
}
