package org.latentexplorer.train;

/** Training that cannot go on, such as a loss that became NaN; the last checkpoint is kept. */
public class TrainingException extends Exception {

  public TrainingException(String message) {
    super(message);
  }
}
