package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.ProgramVersion;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The README's commands are the program's: every {@code java -jar target/latent-explorer.jar ...}
 * line (joined across {@code \} continuations) and every inline command such as {@code evaluate
 * --model ...} is parsed with the program's own parser, without running it, so a wrong option or a
 * missing required one fails the build. The examples never write into the bundled folders.
 */
class ReadmeCommandsTest {

  private static final String JAR = "java -jar target/latent-explorer.jar";

  private static List<String> readme() throws Exception {
    List<String> joined = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(AppHome.get().resolve("README.md"))) {
      String t = line.strip();
      if (t.endsWith("\\")) {
        current.append(t, 0, t.length() - 1).append(' ');
      } else {
        joined.add(current.append(t).toString());
        current.setLength(0);
      }
    }
    return joined;
  }

  /**
   * The commands of the README, each as its arguments after the jar: the {@code java -jar} lines,
   * and the inline commands (in backticks, perhaps across a line break) that name a model or an
   * output, so that they can be run as written; fragments such as {@code train --exclude-classes
   * LIST} are not commands.
   */
  static List<List<String>> commands() throws Exception {
    List<List<String>> commands = new ArrayList<>();
    StringBuilder prose = new StringBuilder();
    for (String line : readme()) {
      int at = line.indexOf(JAR);
      if (at >= 0 && !line.substring(at + JAR.length()).strip().startsWith("COMMAND")) {
        String rest = line.substring(at + JAR.length());
        int end = rest.indexOf('`');
        rest = end >= 0 ? rest.substring(0, end) : rest;
        int comment = rest.indexOf(" #");
        rest = comment >= 0 ? rest.substring(0, comment) : rest;
        commands.add(List.of(rest.strip().split("\\s+")));
      } else {
        prose.append(line).append(' ');
      }
    }
    Matcher m =
        Pattern.compile(
                "`((?:train|encode|info|analyze|evaluate|anomaly|train-classifier|explore) --[^`]*)`")
            .matcher(prose);
    while (m.find()) {
      String command = m.group(1).strip();
      if (command.contains("--out ") || command.contains("--model ")) {
        commands.add(List.of(command.split("\\s+")));
      }
    }
    return commands;
  }

  @Test
  void everyCommandOfTheReadmeParses() throws Exception {
    List<List<String>> commands = commands();
    assertTrue(commands.size() >= 17, "found " + commands.size() + " commands: " + commands);
    List<String> wrong = new ArrayList<>();
    for (List<String> args : commands) {
      CommandLine cli = MainCommand.commandLine(WindowLauncher.NONE);
      cli.setCaseInsensitiveEnumValuesAllowed(true);
      try {
        ParseResult parsed = cli.parseArgs(args.toArray(String[]::new));
        ParseResult sub = parsed.subcommand();
        if (sub == null) {
          wrong.add(args + ": no command");
          continue;
        }
        if (sub.commandSpec().name().equals("train") && !sub.hasMatchedOption("--resume")
            && !(sub.hasMatchedOption("--data") && sub.hasMatchedOption("--out"))) {
          wrong.add(args + ": train needs --data and --out (or --resume DIR)");
        }
        if (sub.hasMatchedOption("--out")) {
          Path out = AppHome.get().resolve(sub.matchedOptionValue("--out", Path.of("")));
          if (out.normalize().startsWith(AppHome.models().normalize())
              || out.normalize().startsWith(AppHome.assets().normalize())) {
            wrong.add(args + ": writes into the bundled folders");
          }
        }
      } catch (CommandLine.ParameterException e) {
        wrong.add(args + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void oneVersionEverywhere() throws Exception {
    String pom = Files.readString(AppHome.get().resolve("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>latent-explorer</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertTrue(m.find(), "the pom's own version");
    assertEquals(m.group(1), ProgramVersion.VERSION);
    CliRun r = CliRun.of("--version");
    assertEquals("Latent Explorer " + m.group(1), r.out().strip());
    assertEquals(r.out(), CliRun.of("train", "--version").out());
    assertEquals(r.out(), CliRun.of("help", "--version").out());
    assertTrue(CliRun.of("help", "train").out().contains("--resume"), "help COMMAND: its usage");
    CliRun unknown = CliRun.of("help", "trian");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().startsWith("error: there is no command 'trian'; the commands are"),
        unknown.err());
    assertFalse(ProgramVersion.VERSION.contains("$"));
  }
}
