package org.latentexplorer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code help [COMMAND]}: the usage of the program or of one command. */
@Command(
    name = "help",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Show the usage of the program, or of one command: help COMMAND.")
final class HelpCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "The command to describe.")
  String command;

  @Override
  public Integer call() throws CommandFailure {
    CommandLine program = spec.parent().commandLine();
    if (command == null) {
      program.usage(program.getOut());
      return 0;
    }
    CommandLine sub = program.getSubcommands().get(command);
    if (sub == null) {
      throw new CommandFailure(
          "there is no command '" + command + "'; the commands are "
              + String.join(", ", program.getSubcommands().keySet()));
    }
    sub.usage(program.getOut());
    return 0;
  }
}
