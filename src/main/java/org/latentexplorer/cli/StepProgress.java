package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.latentexplorer.engine.ProgressSink;

/**
 * The progress of a long command's steps on standard error. On a terminal, a step that says how
 * far it is (t-SNE and UMAP by iteration, the likelihood by image, encoding by batch) gets a bar
 * with its time left, and every step longer than a second ends with its time; when standard error
 * is not a terminal (a log, a pipe), each step is one line.
 */
final class StepProgress implements ProgressSink, AutoCloseable {

  private static final int STEPS = 1000;

  private final PrintWriter err;
  private final boolean terminal;
  private String step;
  private long started;
  private ProgressBar bar;

  StepProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** Progress on {@code err}, with bars when the program runs on a terminal. */
  static StepProgress on(PrintWriter err) {
    return new StepProgress(err, System.console() != null && !"dumb".equals(System.getenv("TERM")));
  }

  @Override
  public synchronized void progress(String message, double fraction) {
    if (!message.equals(step)) {
      finish();
      step = message;
      started = System.nanoTime();
      if (!terminal || fraction < 0 || fraction >= 1) {
        err.println(message);
        err.flush();
      }
    }
    if (terminal && fraction >= 0 && fraction < 1) {
      if (bar == null) {
        err.flush();
        bar =
            new ProgressBarBuilder()
                .setTaskName(message)
                .setInitialMax(STEPS)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .hideEta()
                .build();
        bar.setExtraMessage("");
      }
      bar.stepTo(Math.round(fraction * STEPS));
      double seconds = (System.nanoTime() - started) / 1e9;
      if (fraction > 0.02) {
        bar.setExtraMessage(String.format(Locale.ROOT, "%.0f s left", seconds * (1 - fraction) / fraction));
      }
    }
  }

  private void finish() {
    if (bar != null) {
      bar.stepTo(STEPS);
      bar.close();
      bar = null;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (terminal && step != null && seconds >= 1) {
      err.printf(Locale.ROOT, "  %s: %.1f s%n", step, seconds);
      err.flush();
    }
  }

  @Override
  public synchronized void close() {
    finish();
    step = null;
  }
}
