package org.latentexplorer.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.latentexplorer.model.EngineReport;

/**
 * When the libtorch that PYTORCH_LIBRARY_PATH, PYTORCH_VERSION or PYTORCH_FLAVOR chose cannot be
 * loaded (a missing CUDA library, a JNI built for another version), the program starts again
 * without those variables, on the CPU build that comes with it, and says so once: a process cannot
 * load a second libtorch after a failed first. The run started again shows the same sentence
 * wherever the engine's state is shown ({@link EngineReport#fallback}).
 */
final class CpuRelaunch {

  private CpuRelaunch() {}

  /** Whether this run must check the chosen libtorch first: one was chosen, and not yet refused. */
  static boolean wanted() {
    return EngineReport.chosen() && System.getenv(EngineReport.CPU_INSTEAD) == null;
  }

  /** Runs the same command again on the CPU build; returns its exit code. */
  static int run(String[] args, Throwable failure) throws IOException, InterruptedException {
    String sentence = EngineReport.cpuInstead(failure);
    System.err.println("note: " + sentence);
    ProcessBuilder again = new ProcessBuilder(command(args)).inheritIO();
    environment(again.environment(), sentence);
    return again.start().waitFor();
  }

  /**
   * The environment of the run started again: without the choice, with the sentence, and without
   * the mark an installed launcher puts on the Java it starts (a launcher that finds it takes its
   * arguments as Java's own, the main class first).
   */
  static void environment(Map<String, String> env, String sentence) {
    EngineReport.CHOICE.forEach(env::remove);
    env.remove("_JPACKAGE_LAUNCHER");
    env.put(EngineReport.CPU_INSTEAD, sentence);
  }

  /**
   * The command that started this run: an installed package's own launcher (it adds its Java
   * options itself), else this Java with this run's options, class path and main class.
   */
  static List<String> command(String[] args) {
    List<String> command = new ArrayList<>();
    String launcher = System.getProperty("jpackage.app-path");
    if (launcher != null) {
      command.add(launcher);
    } else {
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(Launcher.class.getName());
    }
    command.addAll(List.of(args));
    return command;
  }
}
