package org.latentexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens the window, on a bundled model or the ones named. */
@Command(
    name = "explore",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Open the explorer window (the default when no command is given).")
public final class ExploreCommand implements Callable<Integer> {

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "Model folder to open; give it twice to compare two models side by side.")
  List<Path> models = List.of();

  private final WindowLauncher window;

  ExploreCommand(WindowLauncher window) {
    this.window = window;
  }

  @Override
  public Integer call() {
    window.open(models);
    return 0;
  }
}
