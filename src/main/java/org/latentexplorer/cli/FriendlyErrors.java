package org.latentexplorer.cli;

import org.latentexplorer.data.DatasetException;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.train.TrainingException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the errors a user can cause (bad data, a broken model, a diverged run) into one line on
 * standard error and exit code 1, with no stack trace; anything else is a bug and keeps its trace.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed)
      throws Exception {
    if (e instanceof DatasetException
        || e instanceof ModelException
        || e instanceof TrainingException
        || e instanceof java.io.IOException
        || e instanceof IllegalArgumentException) {
      cli.getErr().println("error: " + e.getMessage());
      cli.getErr().flush();
      return 1;
    }
    throw e;
  }
}
