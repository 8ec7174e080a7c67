package org.latentexplorer.data;

import java.nio.file.Path;

/**
 * Data that cannot be read, such as "train-images.gz: wrong magic number 0x00000801 (an IDX image
 * file starts with 0x00000803)".
 */
public class DatasetException extends ReadException {

  public DatasetException(Path file, String problem) {
    super(file, problem, null);
  }

  public DatasetException(Path file, String problem, Throwable cause) {
    super(file, problem, cause);
  }
}
