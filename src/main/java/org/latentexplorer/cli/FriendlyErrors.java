package org.latentexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import ai.djl.engine.EngineException;
import org.latentexplorer.analysis.plot.FontFailure;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.model.EngineReport;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.train.TrainingException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure of a command into one line on standard error and exit code 1. The errors a
 * user can cause (bad data, a broken model, a diverged run, a folder that cannot be written) say
 * what is wrong; running out of memory says how to give Java more; anything else is a bug, whose
 * stack trace goes to a log file the line names. With {@code --debug} the trace is printed too.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

  /** The system property {@code --debug} sets. */
  static final String DEBUG = "latent.debug";

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    err.println("error: " + describe(e));
    if (Boolean.getBoolean(DEBUG)) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  /** The one line for a failure (an internal error's trace is written to the log first). */
  static String describe(Throwable e) {
    if (e instanceof DatasetException
        || e instanceof ModelException
        || e instanceof TrainingException
        || e instanceof IOException
        || e instanceof CommandFailure
        || e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    if (FontFailure.causedBy(e)) {
      return FontFailure.advice(e);
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return outOfMemory();
      }
      if (t instanceof EngineException) {
        return EngineReport.failure(t) + "; " + logged(e);
      }
    }
    return "internal error (" + e + "); " + logged(e);
  }

  /** The line for a run that ran out of Java heap. */
  static String outOfMemory() {
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    return "out of memory: the Java heap of " + mb + " MB is full; give Java more, such as"
        + " java -Xmx8g -jar target/latent-explorer.jar ..., or ask for less (fewer items or"
        + " samples)";
  }

  /** Appends the trace to the log in the user's data folder; says where, or that it could not. */
  static String logged(Throwable e) {
    Path log = AppHome.userData().resolve("errors.log");
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(
          log, Instant.now() + " " + trace + System.lineSeparator(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return "the details are in " + log + "; --debug prints them";
    } catch (IOException | RuntimeException io) {
      return "--debug prints the details";
    }
  }
}
