package org.latentexplorer.ui.common.status;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * What the running program does with an exception no code caught, on any thread: it is a bug, so
 * it is shown once in the status bar as an internal error with a short id, and its trace is
 * appended to {@code errors.log} in the user's data folder (written off the FX thread). The same
 * failure again (the same type and place) is counted in the log, not shown or printed again, so a
 * failure in a drag never floods the window or stderr.
 */
public final class InternalErrors implements Thread.UncaughtExceptionHandler {

  private final Path log;
  private final Consumer<String> show;
  private final Map<String, Integer> seen = new HashMap<>();
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "error-log");
        t.setDaemon(true);
        return t;
      });

  /**
   * @param log the file traces are appended to
   * @param show shows a line to the user; called on the FX thread
   */
  public InternalErrors(Path log, Consumer<String> show) {
    this.log = log;
    this.show = show;
  }

  /** Becomes the handler of every thread, the FX thread included (call on the FX thread). */
  public void install() {
    Thread.setDefaultUncaughtExceptionHandler(this);
    Thread.currentThread().setUncaughtExceptionHandler(this);
  }

  @Override
  public void uncaughtException(Thread thread, Throwable e) {
    String place = signature(e);
    int count;
    synchronized (seen) {
      count = seen.merge(place, 1, Integer::sum);
    }
    String id = String.format(Locale.ROOT, "%06x", place.hashCode() & 0xffffff);
    String trace = trace(e);
    writer.execute(() -> append(id, thread.getName(), count, trace));
    if (count > 1) {
      return;
    }
    String line = String.format(
        Locale.ROOT, "Internal error %s: %s (details in %s)", id, describe(e), log);
    System.err.println("Latent Explorer: " + line);
    if (Platform.isFxApplicationThread()) {
      show.accept(line);
    } else {
      Platform.runLater(() -> show.accept(line));
    }
  }

  /** The type and the first frames of the trace: what makes two failures the same one. */
  static String signature(Throwable e) {
    StringBuilder b = new StringBuilder(e.getClass().getName());
    StackTraceElement[] frames = e.getStackTrace();
    for (int i = 0; i < Math.min(3, frames.length); i++) {
      b.append('|').append(frames[i]);
    }
    return b.toString();
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static String trace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private void append(String id, String thread, int count, String trace) {
    String entry = count == 1
        ? String.format(Locale.ROOT, "%s internal error %s on thread %s%n%s%n", Instant.now(), id, thread, trace)
        : String.format(Locale.ROOT, "%s internal error %s again (%d times)%n", Instant.now(), id, count);
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(log, entry, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException ignored) {
      // The log is the last resort; the status bar has already said what failed.
    }
  }

  /** Lets the last entries reach the log (at exit). */
  public void close() {
    writer.shutdown();
  }
}
