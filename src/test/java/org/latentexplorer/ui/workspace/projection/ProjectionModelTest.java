package org.latentexplorer.ui.workspace.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.GateExecutor;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.embedding.EmbeddingMethods;
import org.latentexplorer.latent.embedding.EmbeddingSettings;
import org.latentexplorer.ui.common.status.RecordingStatus;
import org.latentexplorer.ui.common.task.SameThreadTaskExecutor;

/** The one owner of what the scatter shows. */
class ProjectionModelTest {

  private final RecordingStatus status = new RecordingStatus();

  private static ModelSession open(String model) throws Exception {
    return ModelSession.open(AppHome.models().resolve(model), null, (m, f) -> {}, new GateExecutor());
  }

  @Test
  void latentAxesThenPcaAndANewModelStartsAgain() throws Exception {
    ProjectionModel model = new ProjectionModel(new SameThreadTaskExecutor(), status);
    try (ModelSession conv = open("fashion-conv-vae-16d");
        ModelSession vae = open("fashion-vae-2d")) {
      model.reset(conv);
      assertTrue(model.projection() instanceof AxisProjection);
      assertNotNull(model.pcaProperty().get(), "PCA is fitted when the model arrives");
      model.showLatentAxes(3, 15);
      assertEquals("z4 / z16", model.projection().name());
      model.showLatentAxes(3, 16);
      assertEquals("z4 / z16", model.projection().name(), "an axis the model lacks is refused");
      model.showPca(0, 8);
      assertTrue(model.projection() instanceof PcaProjection);
      assertEquals(ProjectionView.PCA, model.viewProperty().get());

      model.reset(vae);
      assertEquals(ProjectionView.LATENT_AXES, model.viewProperty().get());
      assertEquals("z1 / z2", model.projection().name());
      assertEquals(2, model.pcaProperty().get().dims());
      assertNull(model.resultProperty(EmbeddingMethods.TSNE).get());
      assertFalse(model.runningProperty(EmbeddingMethods.TSNE).get());
      assertEquals(List.of(), status.errors);
    }
  }

  @Test
  void tsneRunsWithTheStudysSettingsOnTheFirstPrincipalComponents() throws Exception {
    ProjectionModel model = new ProjectionModel(new SameThreadTaskExecutor(), status);
    try (ModelSession conv = open("fashion-conv-vae-16d")) {
      model.reset(conv);
      EmbeddingSettings settings =
          EmbeddingSettings.defaults(EmbeddingMethods.TSNE)
              .with("perplexity", 20).with("iterations", 260).with("seed", 5)
              .with("exaggeration", 8).with("exaggeration-iterations", 100).with("components", 2);
      model.run(settings);
      assertTrue(model.projection() instanceof org.latentexplorer.latent.EmbeddingProjection);
      assertEquals("t-SNE (perplexity 20, first 2 PCs)", model.projection().name());
      float[] first = model.projection().coordinates().clone();
      assertEquals(2 * conv.data().size(), first.length);
      model.run(settings);
      org.junit.jupiter.api.Assertions.assertArrayEquals(first, model.projection().coordinates(),
          "the same settings and seed, the same map");
      assertEquals(List.of(), status.errors);
    }
  }

  @Test
  void aMapMadeForTheSameCodesIsShownAgainWithoutComputingIt() throws Exception {
    ProjectionModel model = new ProjectionModel(new SameThreadTaskExecutor(), status);
    try (ModelSession digits = open("digits-vae-2d");
        ModelSession fashion = open("fashion-vae-2d")) {
      model.reset(digits);
      model.show(EmbeddingMethods.TSNE);
      float[] first = model.projection().coordinates().clone();
      assertEquals(2 * digits.data().size(), first.length);
      model.reset(fashion);
      assertNull(model.resultProperty(EmbeddingMethods.TSNE).get(), "another model drops the map");
      model.reset(digits);
      status.shown.clear();
      model.show(EmbeddingMethods.TSNE);
      org.junit.jupiter.api.Assertions.assertArrayEquals(first, model.projection().coordinates());
      assertEquals(List.of("t-SNE of digits-vae-2d: the map made earlier in this run"), status.shown,
          "shown from the kept map, with no run's progress");
      assertEquals(ProjectionView.of(EmbeddingMethods.TSNE), model.viewProperty().get());
      assertEquals(List.of(), status.errors);
    }
  }

  @Test
  void umapIsShownAsItFormsAndTheSameSeedGivesTheSameMap() throws Exception {
    ProjectionModel model = new ProjectionModel(new SameThreadTaskExecutor(), status);
    try (ModelSession conv = open("fashion-conv-vae-16d")) {
      model.reset(conv);
      java.util.List<float[]> shown = new java.util.ArrayList<>();
      model.projectionProperty().addListener((o, a, p) -> shown.add(p.coordinates()));
      EmbeddingSettings settings =
          EmbeddingSettings.defaults(EmbeddingMethods.UMAP)
              .with("neighbours", 10).with("min-dist", 0.25).with("epochs", 20).with("seed", 7);
      model.run(settings);
      assertEquals(ProjectionView.of(EmbeddingMethods.UMAP), model.viewProperty().get());
      var p = (org.latentexplorer.latent.EmbeddingProjection) model.projection();
      assertEquals("UMAP", p.method());
      assertEquals("UMAP 1", p.xLabel());
      assertEquals("UMAP (10 neighbours, min_dist 0.25)", p.name());
      assertTrue(shown.size() > 2, "the map is shown while it forms: " + shown.size() + " updates");
      float[] first = p.coordinates().clone();
      assertEquals(2 * conv.data().size(), first.length);
      org.junit.jupiter.api.Assertions.assertArrayEquals(
          org.latentexplorer.latent.embedding.Umap.embed(
              conv.encoding().means(), 16,
              new org.latentexplorer.latent.embedding.Umap.Options(10, 0.25, 20, 7), null), first,
          "the map is UMAP of the encoded items, in their order");
      model.showLatentAxes(0, 1);
      model.show(EmbeddingMethods.UMAP);
      org.junit.jupiter.api.Assertions.assertArrayEquals(first, model.projection().coordinates(),
          "choosing UMAP again shows the map it has");
      assertNull(model.resultProperty(EmbeddingMethods.TSNE).get(), "UMAP and t-SNE are separate");
      assertEquals(List.of(), status.errors);
    }
  }

  @Test
  void whenARunEndsItsTimeIsKnownToWhoeverHearsIt() throws Exception {
    ProjectionModel model = new ProjectionModel(new SameThreadTaskExecutor(), status);
    try (ModelSession conv = open("fashion-conv-vae-16d")) {
      model.reset(conv);
      double[] heard = {-1};
      model.runningProperty(EmbeddingMethods.UMAP).addListener(
          (o, was, now) -> {
            if (!now) {
              heard[0] = model.seconds(EmbeddingMethods.UMAP);
            }
          });
      long start = System.nanoTime();
      model.run(EmbeddingSettings.defaults(EmbeddingMethods.UMAP).with("epochs", 20));
      double took = (System.nanoTime() - start) / 1e9;
      assertTrue(heard[0] > 0 && heard[0] <= took, "heard " + heard[0] + " s of a run of " + took + " s");
    }
  }
}
