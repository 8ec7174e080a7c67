package org.latentexplorer.analysis.plot;

import org.latentexplorer.model.RootCause;

/**
 * Tells a figure that could not be drawn because Java's text drawing is missing on this machine
 * (a server without fonts, or without the FreeType library that Java's font code loads): the
 * failure then comes from {@code sun.font} or from loading {@code libfontmanager}, often as an
 * {@link Error}. Said to the user as what to install, not as a bug.
 */
public final class FontFailure {

  private FontFailure() {}

  /** Whether this failure, or one it was caused by, came from Java's font code. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("libfontmanager") || message.contains("libfreetype")) {
        return true;
      }
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getClassName().startsWith("sun.font.")) {
          return true;
        }
      }
    }
    return false;
  }

  /** What went wrong and what to install, with the failure's own words. */
  public static String advice(Throwable failure) {
    return "Java cannot draw text on this machine (" + RootCause.of(failure)
        + "): install a font and FreeType, such as sudo apt-get install fonts-dejavu-core libfreetype6 on Debian or Ubuntu";
  }
}
