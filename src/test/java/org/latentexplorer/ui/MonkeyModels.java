package org.latentexplorer.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.TinyModels;
import org.latentexplorer.train.TrainingObserver;

/** The models the monkey switches among. */
public final class MonkeyModels {

  private MonkeyModels() {}

  /** Every size: 2-, 16-, 64- and 512-D. */
  public static List<Path> all(Path dir) throws Exception {
    return models(dir, true);
  }

  /**
   * The bundled 2- and 16-D models and small MLP VAEs of 64 (and, with {@code with512}, 512)
   * dimensions, trained for one epoch on 600 images.
   */
  public static List<Path> models(Path dir, boolean with512) throws Exception {
    Path d64 = dir.resolve("vae-64d");
    Path d512 = dir.resolve("vae-512d");
    Object[][] wanted = with512 ? new Object[][] {{d64, 64}, {d512, 512}} : new Object[][] {{d64, 64}};
    for (Object[] m : wanted) {
      if (!Files.isRegularFile(((Path) m[0]).resolve("model.json"))) {
        new AutoencoderTrainer(TinyModels.fashion(600, 200), new TrainingObserver() {}, () -> false)
            .train(TinyModels.options((Path) m[0], ModelKind.VAE, Architecture.MLP, (Integer) m[1], List.of(32), 1));
      }
    }
    Path bundled = AppHome.models();
    List<Path> all = new java.util.ArrayList<>(List.of(bundled.resolve("fashion-vae-2d"),
        bundled.resolve("fashion-ae-2d"), bundled.resolve("fashion-conv-vae-16d"), d64));
    if (with512) {
      all.add(d512);
    }
    return all;
  }

}
