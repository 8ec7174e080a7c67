package org.latentexplorer.cli;

/**
 * A command that cannot go on for a reason the user can act on (no display, a session file that
 * cannot be used): shown as one line on standard error, exit code 1.
 */
public final class CommandFailure extends Exception {

  private static final long serialVersionUID = 1L;

  public CommandFailure(String message) {
    super(message);
  }

  public CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
