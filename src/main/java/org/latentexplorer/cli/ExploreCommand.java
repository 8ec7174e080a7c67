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

  @Option(
      names = "--session",
      paramLabel = "FILE",
      description = "A saved session (Lessons > Save session... in the window): its models, view,"
          + " z, bookmarks and strip, as prepared for a lesson.")
  Path session;

  @Option(
      names = "--lesson",
      paramLabel = "FILE",
      description = "A lesson file (Lessons in the window; a bundled one or your own .lesson.md):"
          + " the window opens at its first step.")
  Path lesson;

  @Option(
      names = "--models-dir",
      paramLabel = "DIR",
      description = "Where the Train tab saves the models you train, listed in the model chooser"
          + " beside the bundled ones (default: models in the user's data folder,"
          + " ~/.local/share/latent-explorer/models on Linux).")
  Path modelsDir;

  private final WindowLauncher window;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  ExploreCommand(WindowLauncher window) {
    this.window = window;
  }

  @Override
  public Integer call() throws CommandFailure {
    if (session != null && !models.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--session names its own models; leave out --model");
    }
    if (lesson != null && (session != null || !models.isEmpty())) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--lesson names its own models; leave out --model and --session");
    }
    if (modelsDir != null) {
      System.setProperty("latent.models", modelsDir.toAbsolutePath().normalize().toString());
    }
    window.open(models, session, lesson);
    return 0;
  }
}
