package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelKind;

/**
 * A convolutional VAE trains on the CPU with the engine's default threads: the bundled libtorch's
 * two-thread convolution backward gave NaN gradients, and every conv run stopped at step 2.
 */
class ConvTrainingTest {

  @TempDir Path dir;

  @Test
  void aConvolutionalVaeTrainsWithoutNaN() throws Exception {
    ModelDescription d =
        new AutoencoderTrainer(TinyModels.fashion(640, 100), new TrainingObserver() {}, () -> false)
            .train(TinyModels.options(dir, ModelKind.VAE, Architecture.CONV, 3, List.of(32), 2));
    assertEquals(2, d.history().size());
    double first = d.history().get(0).heldOutTotal();
    double second = d.history().get(1).heldOutTotal();
    assertTrue(Double.isFinite(first) && Double.isFinite(second), first + ", " + second);
    assertTrue(second < first, "the second epoch improves the held-out loss: " + first + " then " + second);
  }
}
