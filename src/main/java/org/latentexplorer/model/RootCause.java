package org.latentexplorer.model;

/** The failure at the bottom of a chain of causes, and its message's first line, for one-line reports. */
public final class RootCause {

  private RootCause() {}

  /** The last cause of {@code failure} (itself when it has none). */
  public static Throwable of(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** The first non-blank line of the root cause's message, or the root cause itself as text. */
  public static String firstLine(Throwable failure) {
    Throwable root = of(failure);
    String message = root.getMessage() == null ? "" : root.getMessage();
    return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(root.toString());
  }
}
