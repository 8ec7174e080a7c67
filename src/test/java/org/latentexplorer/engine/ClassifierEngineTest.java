package org.latentexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassifierEngineTest {

  /**
   * After a failure of its GPU the classifier is loaded again on the CPU and gives the same
   * outputs; the tests have no GPU, so the reload is asked for directly, on its thread.
   */
  @Test
  void aClassifierLoadedAgainOnTheCpuGivesTheSameOutputs() throws Exception {
    float[] images = new float[3 * 64];
    Random random = new Random(5);
    for (int i = 0; i < images.length; i++) {
      images[i] = random.nextFloat();
    }
    try (ClassifierEngine engine = ClassifierEngine.open(Path.of("models/digits-classifier"))) {
      ClassifierEngine.Outputs before = engine.classify(images, 3).get();

      assertTrue(engine.onThread(engine::reloadOnCpu).get());

      assertEquals(Device.cpu(), engine.onThread(engine::device).get());
      ClassifierEngine.Outputs after = engine.classify(images, 3).get();
      assertArrayEquals(before.logits(), after.logits());
      assertArrayEquals(before.features(), after.features());
    }
  }
}
