package org.latentexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.TinyModels;
import org.latentexplorer.train.TrainingListener;

/**
 * A long session of decodes must not grow the process's resident memory. The test JVM runs, like
 * the program, with a fixed young generation and a 1 GB initial heap (see pom.xml), so the Java
 * heap does not expand during the run and what is measured is the native side.
 */
@EnabledOnOs(OS.LINUX)
class NativeMemoryTest {

  @TempDir Path dir;

  static long residentKb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS");
  }

  @Test
  void oneHundredThousandDecodesStayWithinFiftyMegabytes() throws Exception {
    new AutoencoderTrainer(TinyModels.fashion(500, 100), new TrainingListener() {}, () -> false)
        .train(TinyModels.options(dir, ModelKind.VAE, Architecture.MLP, 20, List.of(400), 1));
    try (LatentEngine engine = LatentEngine.open(dir)) {
      float[] z = new float[20];
      for (int i = 0; i < 1_000; i++) {
        z[i % 20] = (i % 7) * 0.3f;
        engine.decode(z).get();
      }
      System.gc();
      long before = residentKb();
      for (int i = 0; i < 100_000; i++) {
        z[i % 20] = (i % 11) * 0.2f - 1;
        if (i % 2 == 0) {
          engine.decode(z).get();
        } else {
          engine.decodeLatest(z).get();
        }
      }
      System.gc();
      long after = residentKb();
      long grownMb = (after - before) / 1024;
      System.out.printf(
          "resident memory after 1,000 decodes %d MB, after 100,000 more %d MB%n",
          before / 1024, after / 1024);
      assertTrue(grownMb < 50, "resident memory grew by " + grownMb + " MB");
    }
  }

  @Test
  void aTorchScriptModelsDecodesAndEncodesStayWithinFiftyMegabytes() throws Exception {
    Path folder = TorchScriptModelTest.folder("tiny-vae");
    try (LatentEngine engine = LatentEngine.open(folder)) {
      float[] z = new float[3];
      float[] images = new float[4 * 64];
      for (int i = 0; i < 1_000; i++) {
        z[i % 3] = (i % 7) * 0.3f;
        engine.decode(z).get();
        engine.encode(images, 4, null).get();
      }
      System.gc();
      long before = residentKb();
      for (int i = 0; i < 50_000; i++) {
        z[i % 3] = (i % 11) * 0.2f - 1;
        engine.decodeLatest(z).get();
        images[i % images.length] = (i % 5) / 5f;
        engine.encode(images, 4, null).get();
      }
      System.gc();
      long grownMb = (residentKb() - before) / 1024;
      System.out.printf("TorchScript: resident memory grew %d MB over 50,000 decodes and encodes%n", grownMb);
      assertTrue(grownMb < 50, "resident memory grew by " + grownMb + " MB");
    }
  }
}
