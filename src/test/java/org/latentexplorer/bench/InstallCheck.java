package org.latentexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./mvnw -Pdist,benchmark -DskipTests verify -Dbench=install}: checks the Linux package that
 * the dist profile has just made, as a user meets it (src/test/dist/check-install.sh), and prints
 * its sizes and start times.
 */
final class InstallCheck {

  private InstallCheck() {}

  static void run() throws Exception {
    Path script = Path.of("src/test/dist/check-install.sh");
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException(script + " not found: run from the project folder");
    }
    Process p = new ProcessBuilder("bash", script.toString()).inheritIO().start();
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException("the installed package failed its check (exit " + code + ")");
    }
  }
}
