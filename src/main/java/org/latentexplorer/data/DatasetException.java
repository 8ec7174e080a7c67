package org.latentexplorer.data;

import java.nio.file.Path;

/**
 * Data that cannot be read. The message names the file and the problem in words a user can act
 * on, such as "train-images.gz: wrong magic number 0x00000801 (an IDX image file starts with
 * 0x00000803)", so the command line and the window can show it as it is.
 */
public class DatasetException extends Exception {

  private final transient Path file;

  public DatasetException(Path file, String problem) {
    super(file == null ? problem : file + ": " + problem);
    this.file = file;
  }

  public DatasetException(Path file, String problem, Throwable cause) {
    super(file == null ? problem : file + ": " + problem, cause);
    this.file = file;
  }

  /** The file or folder at fault, or null when the problem is not one file's. */
  public Path file() {
    return file;
  }
}
