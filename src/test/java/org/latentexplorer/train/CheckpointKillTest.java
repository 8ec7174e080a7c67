package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelStore;

/**
 * Kills a real training process (SIGKILL) at random moments while it writes a checkpoint every
 * few milliseconds, and checks each time that the folder still loads and decodes.
 */
class CheckpointKillTest {

  @TempDir Path dir;

  private Process startTraining(Path out, boolean resume) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Dlatent.home=" + System.getProperty("latent.home", "."));
    cmd.add("org.latentexplorer.app.Launcher");
    cmd.add("train");
    if (resume) {
      cmd.addAll(List.of("--resume", out.toString(), "--epochs", "100000"));
    } else {
      cmd.addAll(
          List.of(
              "--data", "digits", "--kind", "vae", "--latent", "2", "--hidden", "16",
              "--batch", "256", "--epochs", "100000", "--out", out.toString()));
    }
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("log-" + System.nanoTime() + ".txt").toFile())
        .start();
  }

  @Test
  void aKilledRunAlwaysLeavesALoadableModel() throws Exception {
    Path out = dir.resolve("run");
    Random random = new Random(42);
    int lastEpochs = 0;
    for (int round = 0; round < 3; round++) {
      Process p = startTraining(out, round > 0);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (epochsDone(out) <= lastEpochs + 2 && System.nanoTime() < deadline && p.isAlive()) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(40));
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

      ModelDescription d = ModelStore.readDescription(out);
      assertTrue(d.epochsDone() > lastEpochs, "round " + round + ": " + d.epochsDone());
      lastEpochs = d.epochsDone();
      try (LatentEngine engine = LatentEngine.open(out)) {
        float[] image = engine.decode(new float[] {0.1f, 0.2f}).get();
        assertTrue(image.length == 64);
        assertArrayEquals(image, engine.decode(new float[] {0.1f, 0.2f}).get());
      }
    }
  }

  private static int epochsDone(Path out) {
    if (!Files.exists(out.resolve(ModelStore.DESCRIPTION))) {
      return 0;
    }
    try {
      return ModelStore.readDescription(out).epochsDone();
    } catch (Exception e) {
      return 0;
    }
  }
}
