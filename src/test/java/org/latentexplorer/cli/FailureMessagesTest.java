package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.AppHome;

/** Every failure of a command is one line; a bug's trace goes to a log the line names. */
class FailureMessagesTest {

  @Test
  void outOfMemoryDeepInTheWorkSaysHowToGiveJavaMore() {
    RuntimeException wrapped =
        new RuntimeException(new java.util.concurrent.ExecutionException(new OutOfMemoryError()));
    String line = FriendlyErrors.describe(wrapped);
    assertTrue(line.startsWith("out of memory: the Java heap of "), line);
    assertTrue(line.contains("-Xmx8g"), line);
  }

  @Test
  void anEngineThatCannotStartSaysWhichLibtorchAndWhatToDo() {
    String line = org.latentexplorer.model.EngineReport.loadFailure(
        new ai.djl.engine.EngineException("Failed to load PyTorch native library"));
    String expected = System.getenv("PYTORCH_LIBRARY_PATH") == null
        ? "the tensor engine cannot start (Failed to load PyTorch native library)"
        : "the libtorch in PYTORCH_LIBRARY_PATH=";
    assertTrue(line.startsWith(expected), line);
  }

  @Test
  void aComputationThatFailsOnAStartedEngineIsNotCalledALoadFailure() {
    String line = FriendlyErrors.describe(new RuntimeException(new ai.djl.engine.EngineException(
        "CUDA out of memory. Tried to allocate 2.00 MiB. GPU 0 has a total capacity of 139.80 GiB")));
    assertTrue(line.startsWith("the tensor engine failed (CUDA out of memory. Tried to allocate 2.00"
        + " MiB.); the details are in "), line);
  }

  @Test
  void javaWithoutFontsSaysWhatToInstallNotThatItIsABug() {
    Error noFonts = new Error("Probable fatal error: No fonts found.");
    noFonts.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("sun.font.SunFontManager", "initStatic", null, -1),
        new StackTraceElement("org.latentexplorer.analysis.plot.Chart", "render", null, 154)});
    assertEquals("Java cannot draw text on this machine (java.lang.Error: Probable fatal error: No"
        + " fonts found.): install a font and FreeType, such as sudo apt-get install"
        + " fonts-dejavu-core libfreetype6 on Debian or Ubuntu", FriendlyErrors.describe(noFonts));
    String other = FriendlyErrors.describe(new Error("an error of another kind"));
    assertTrue(other.startsWith("internal error (java.lang.Error: an error of another kind)"), other);
  }

  @Test
  void aBugIsOneLineAndItsTraceIsLogged() throws Exception {
    Path log = AppHome.userData().resolve("errors.log");
    long before = Files.exists(log) ? Files.size(log) : 0;
    String line = FriendlyErrors.describe(new IllegalStateException("a bug's own words"));
    assertEquals(
        "internal error (java.lang.IllegalStateException: a bug's own words); the details are in "
            + log + "; --debug prints them",
        line);
    String added = Files.readString(log).substring((int) before);
    assertTrue(added.contains("at org.latentexplorer.cli.FailureMessagesTest"), added);
  }

  @Test
  void debugPrintsTheTraceBesidesTheLine() {
    CliRun quiet = CliRun.of("info", "/no/such/model");
    assertEquals(1, quiet.err().strip().lines().count(), quiet.err());
    System.setProperty(FriendlyErrors.DEBUG, "true");
    try {
      CliRun loud = CliRun.of("info", "/no/such/model");
      assertTrue(loud.err().startsWith(quiet.err().strip()), loud.err());
      assertTrue(loud.err().contains("\tat "), loud.err());
    } finally {
      System.clearProperty(FriendlyErrors.DEBUG);
    }
  }
}
