package org.latentexplorer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.TinyModels;
import org.latentexplorer.train.TrainingObserver;

/** Prior coverage and its figures on a 64-D latent, where the window once failed. */
class CoverageResultTest {

  @TempDir Path dir;

  @Test
  void aSixtyFourDimensionalLatentGetsItsFigures() throws Exception {
    Path folder = dir.resolve("vae-64d");
    new AutoencoderTrainer(TinyModels.fashion(600, 200), new TrainingObserver() {}, () -> false)
        .train(TinyModels.options(folder, ModelKind.VAE, Architecture.MLP, 64, List.of(64), 1));
    try (ModelSession s = ModelSession.open(folder, (m, f) -> {})) {
      CoverageResult r = CoverageResult.run(s.engine(), s.encoding(), 500, 3);
      assertEquals(500, r.count());
      Pca pca = PcaSummary.of(s.encoding());
      for (var projection :
          List.of(
              new AxisProjection(s.encoding().means(), 64, 0, 63),
              new PcaProjection(pca, s.encoding().means(), 0, 63))) {
        assertNotNull(r.mapFigure(projection, 660, 480));
      }
      assertNotNull(r.distanceFigure(660, 400));
      assertNotNull(r.outsideFigure(s.engine().inputShape()));
    }
  }
}
