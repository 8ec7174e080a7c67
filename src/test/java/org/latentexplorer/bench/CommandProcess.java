package org.latentexplorer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.latentexplorer.data.AppHome;

/**
 * One of the program's commands in a JVM of its own, as a user runs it: its wall time and its
 * peak resident memory (the largest VmHWM read from /proc while it runs, every 100 ms; 0 where
 * there is no /proc).
 */
final class CommandProcess {

  record Result(double seconds, long peakMb, String output) {}

  private CommandProcess() {}

  static Result run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dlatent.home=" + AppHome.get(),
        "-cp", System.getProperty("java.class.path"),
        "org.latentexplorer.app.Launcher"));
    command.addAll(List.of(args));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return e.toString();
      }
    });
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    long peakKb = 0;
    while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
      peakKb = Math.max(peakKb, highWaterKb(status));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String text = output.get();
    if (p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", args) + " failed: " + text);
    }
    return new Result(seconds, peakKb / 1024, text);
  }

  private static long highWaterKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between two reads, or there is no /proc
    }
    return 0;
  }
}
