package org.latentexplorer.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the reference scripts in {@code src/test/python/bench} and returns its output lines. */
final class ReferenceScript {

  private ReferenceScript() {}

  /** The script, from -Dbench.reference.dir or the project's src/test/python/bench; or null. */
  static Path find(String name) {
    String dir = System.getProperty("bench.reference.dir");
    List<Path> places = new ArrayList<>();
    if (dir != null) {
      places.add(Path.of(dir, name));
    }
    Path home = Path.of(System.getProperty("latent.home", ".")).toAbsolutePath();
    places.add(home.resolve("src/test/python/bench").resolve(name));
    for (Path p : places) {
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  /** Runs {@code /usr/bin/python3 script args}, echoing and returning its lines; empty on failure. */
  static List<String> run(Path script, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", script.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        System.out.println("    reference | " + line);
        lines.add(line);
      }
    }
    p.waitFor(30, TimeUnit.MINUTES);
    return p.exitValue() == 0 ? lines : List.of();
  }
}
