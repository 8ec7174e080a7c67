package org.latentexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chosen libtorch that cannot load: the program runs again on the bundled CPU build and says so. */
class CpuRelaunchTest {

  @TempDir Path dir;

  @Test
  void aLibtorchThatCannotLoadRunsTheCommandAgainOnTheCpuBuild() throws Exception {
    Path broken = Files.createDirectories(dir.resolve("libtorch"));
    Files.write(broken.resolve("libtorch.so"), new byte[0]);
    ProcessBuilder b = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dai.djl.offline=true", "-Djava.awt.headless=true",
        "-Dlatent.userdata=" + dir.resolve("user-data"),
        "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "system");
    b.environment().put("PYTORCH_LIBRARY_PATH", broken.toString());
    b.environment().put("PYTORCH_FLAVOR", "cu128");
    b.environment().remove("PYTORCH_VERSION");
    b.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    Process p = b.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ends");
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out + err);
    String sentence = "the libtorch that PYTORCH_LIBRARY_PATH=" + broken
        + " and PYTORCH_FLAVOR=cu128 chose cannot be loaded (";
    assertTrue(err.contains("note: " + sentence), err);
    assertTrue(err.contains("file too short): everything runs on the CPU build that comes with the"
        + " program instead"), err);
    assertTrue(out.contains("libtorch:  2.7.1, cpu build"), out);
    assertTrue(out.contains("Devices:   CPU"), out);
    assertTrue(out.contains("Settings:  none of PYTORCH_LIBRARY_PATH"), "the run again has no choice: " + out);
    assertTrue(out.contains("Note:      " + sentence), out);
  }

  @Test
  void theRunAgainHasNoChoiceNoLauncherMarkAndTheSentence() {
    java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of(
        "PYTORCH_LIBRARY_PATH", "/x", "PYTORCH_VERSION", "2.11.0", "PYTORCH_FLAVOR", "cu130",
        "_JPACKAGE_LAUNCHER", "0", "HOME", "/home/teacher"));
    CpuRelaunch.environment(env, "why");
    assertEquals(java.util.Map.of("HOME", "/home/teacher", "LATENT_EXPLORER_CPU_INSTEAD", "why"), env);
  }

  @Test
  void theCommandAgainIsThisJavaWithItsOptionsOrTheInstalledLauncher() {
    List<String> plain = CpuRelaunch.command(new String[] {"train", "--help"});
    assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), plain.get(0));
    assertTrue(plain.contains("-Dlatent.userdata=" + System.getProperty("latent.userdata")), plain.toString());
    assertEquals(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "train", "--help"),
        plain.subList(plain.size() - 5, plain.size()));
    System.setProperty("jpackage.app-path", "/opt/latent-explorer/bin/LatentExplorer");
    try {
      assertEquals(List.of("/opt/latent-explorer/bin/LatentExplorer", "train", "--help"),
          CpuRelaunch.command(new String[] {"train", "--help"}));
    } finally {
      System.clearProperty("jpackage.app-path");
    }
  }
}
