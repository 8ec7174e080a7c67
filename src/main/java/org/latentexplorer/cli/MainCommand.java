package org.latentexplorer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: {@code latent-explorer COMMAND [OPTIONS]}. */
@Command(
    name = "latent-explorer",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "See inside the latent space of autoencoders and variational autoencoders.",
    subcommands = {
      TrainCommand.class,
      EncodeCommand.class,
      InfoCommand.class,
      AnalyzeCommand.class,
      EvaluateCommand.class,
      TrainClassifierCommand.class,
      AnomalyCommand.class,
      SystemCommand.class,
      SensitivityCommand.class,
      DirectionsCommand.class,
      HelpCommand.class
    })
public final class MainCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Runs the command line (without a window) and returns the exit code. */
  public static int execute(String... args) {
    return execute(WindowLauncher.NONE, args);
  }

  /** The command line with every command, {@code explore} opening the window through {@code window}. */
  public static CommandLine commandLine(WindowLauncher window) {
    CommandLine cli = new CommandLine(new MainCommand());
    cli.addSubcommand("explore", new ExploreCommand(window));
    EmbeddingOptions.addTo(cli.getSubcommands().get("analyze").getCommandSpec());
    return cli;
  }

  /**
   * Runs the command line and returns the exit code. {@code --debug} anywhere prints the stack
   * trace of a failure besides its one line.
   */
  public static int execute(WindowLauncher window, String... args) {
    java.util.List<String> rest = new java.util.ArrayList<>(java.util.List.of(args));
    if (rest.remove("--debug")) {
      System.setProperty(FriendlyErrors.DEBUG, "true");
    }
    CommandLine cli = commandLine(window);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(new FriendlyErrors());
    try {
      return cli.execute(rest.toArray(String[]::new));
    } catch (OutOfMemoryError e) {
      System.err.println("error: " + FriendlyErrors.outOfMemory());
      return 1;
    } catch (Error e) {
      System.err.println("error: " + FriendlyErrors.describe(e));
      if (Boolean.getBoolean(FriendlyErrors.DEBUG)) {
        e.printStackTrace();
      }
      return 1;
    }
  }
}
