package org.latentexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.codes.CodeSet;
import org.latentexplorer.data.codes.CodesFiles;

/**
 * How the {@code explore} command opens the window. The command line sits below the application
 * that owns the window, so the application hands this in ({@link MainCommand#execute}).
 */
@FunctionalInterface
public interface WindowLauncher {

  /** No window: the command says so and fails (a command line without the application). */
  WindowLauncher NONE =
      (models, session, lesson) -> {
        throw new IllegalStateException("this build has no window to open");
      };

  /**
   * Opens the window on the given model folders (none: the bundled default), on a saved session
   * when {@code session} is not null, or at the first step of a lesson when {@code lesson} is not
   * null; blocks until closed.
   *
   * @throws CommandFailure before the window opens, when it cannot (no display, a session file
   *     or lesson file that cannot be used)
   */
  void open(List<Path> models, Path session, Path lesson) throws CommandFailure;

  /**
   * Opens the window on codes without a model ({@code explore --codes}), read from {@code files},
   * with one image an item shown on hover when {@code images} is not null; blocks until closed.
   *
   * @throws CommandFailure before the window opens, when it cannot (no display)
   */
  default void openCodes(CodesFiles files, CodeSet codes, ImageSet images)
      throws CommandFailure {
    throw new IllegalStateException("this build has no window to open");
  }
}
