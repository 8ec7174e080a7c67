package org.latentexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.TinyModels;
import org.latentexplorer.train.TrainingObserver;

/**
 * A long session of decodes must not grow the process's native memory: the resident memory of
 * every mapping but the Java heap's (from /proc/self/smaps; the heap's address range from the
 * JVM's own gcHeapInfo). The Java heap is left out because the test JVM is shared with every
 * other test class: with a large committed heap, the young generation's regions wander over pages
 * never touched before, which grows the resident size without any leak.
 */
@EnabledOnOs(OS.LINUX)
class NativeMemoryTest {

  @TempDir Path dir;

  private static final Pattern RANGE = Pattern.compile("\\[0x([0-9a-f]+), 0x([0-9a-f]+)\\)");

  /** Resident kilobytes outside the Java heap. */
  static long residentKb() throws Exception {
    String info =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcHeapInfo",
                    new Object[] {null}, new String[] {String[].class.getName()});
    Matcher m = RANGE.matcher(info);
    if (!m.find()) {
      throw new IllegalStateException("no heap range in: " + info);
    }
    long heapStart = Long.parseUnsignedLong(m.group(1), 16);
    long heapEnd = Long.parseUnsignedLong(m.group(2), 16);
    long total = 0;
    boolean inHeap = false;
    for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
      int dash = line.indexOf('-');
      int space = line.indexOf(' ');
      if (dash > 0 && space > dash && line.substring(0, dash).matches("[0-9a-f]+")) {
        long start = Long.parseUnsignedLong(line.substring(0, dash), 16);
        long end = Long.parseUnsignedLong(line.substring(dash + 1, space), 16);
        inHeap = start >= heapStart && end <= heapEnd;
      } else if (line.startsWith("Rss:") && !inHeap) {
        total += Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return total;
  }

  @Test
  void oneHundredThousandDecodesStayWithinFiftyMegabytes() throws Exception {
    new AutoencoderTrainer(TinyModels.fashion(500, 100), new TrainingObserver() {}, () -> false)
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
          "resident memory outside the Java heap after 1,000 decodes %d MB, after 100,000 more %d MB%n",
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
