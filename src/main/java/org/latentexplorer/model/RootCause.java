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

  /**
   * The first line, cut after its second sentence: libtorch's CUDA errors go on for a paragraph
   * ("CUDA out of memory. Tried to allocate 2.00 MiB. GPU 0 has a total capacity of ...").
   */
  public static String brief(Throwable failure) {
    String line = firstLine(failure);
    int end = -1;
    for (int sentence = 0; sentence < 2; sentence++) {
      end = line.indexOf(". ", end + 1);
      if (end < 0) {
        return line;
      }
    }
    return line.substring(0, end + 1);
  }
}
