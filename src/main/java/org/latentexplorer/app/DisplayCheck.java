package org.latentexplorer.app;

import java.util.Locale;
import org.latentexplorer.cli.CommandFailure;

/** Refuses, in one line, to open the window where there is no display to open it on. */
final class DisplayCheck {

  static final String WITHOUT_DISPLAY =
      "; the commands train, encode, info, analyze, evaluate, anomaly and train-classifier need"
          + " none";

  private DisplayCheck() {}

  /** On Linux and other X11 or Wayland systems, a display must be named in the environment. */
  static void require() throws CommandFailure {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("windows") || os.startsWith("mac") || Boolean.getBoolean("glass.headless")
        || "Monocle".equals(System.getProperty("glass.platform"))) {
      return;
    }
    if (blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
      throw new CommandFailure(
          "no display to open the window on (DISPLAY is not set): run it in a desktop session,"
              + " with ssh -X, or under xvfb-run" + WITHOUT_DISPLAY);
    }
  }

  /** A failure of the window toolkit to start, as one line. */
  static CommandFailure failedToStart(RuntimeException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = String.valueOf(t.getMessage());
    return new CommandFailure(
        "the window could not open (" + m + ")"
            + (m.contains("DISPLAY") ? "; check that DISPLAY names a running display" : "")
            + WITHOUT_DISPLAY,
        e);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
