package org.latentexplorer.train;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelKind;

/** Small, real models for tests: trained with DJL on part of the bundled Fashion-MNIST test set. */
public final class TinyModels {

  private static ImageSet fashion;

  private TinyModels() {}

  /** The first {@code train} bundled test images for training and the next {@code heldOut}. */
  public static synchronized DataSplit fashion(int train, int heldOut) throws Exception {
    if (fashion == null) {
      fashion = DatasetCatalog.loadForExploring("fashion-mnist", DataOptions.defaults());
    }
    int[] a = new int[train];
    int[] b = new int[heldOut];
    Arrays.setAll(a, i -> i);
    Arrays.setAll(b, i -> train + i);
    return new DataSplit(fashion.subset(a), fashion.subset(b));
  }

  public static TrainingOptions options(
      Path out, ModelKind kind, Architecture arch, int latent, List<Integer> hidden, int epochs) {
    return TrainingOptions.builder("fashion-mnist", out)
        .kind(kind).architecture(arch).latentSize(latent).hidden(hidden).epochs(epochs)
        .batchSize(64).seed(7).useGpu(false).command("test").build();
  }

  /** A 2-D MLP model trained for two epochs on 1,000 images. */
  public static ModelDescription train(Path out, ModelKind kind) throws Exception {
    return new AutoencoderTrainer(fashion(1000, 200), new TrainingObserver() {}, () -> false)
        .train(options(out, kind, Architecture.MLP, 2, List.of(64), 2));
  }
}
