package org.latentexplorer.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Interpolation;
import org.latentexplorer.ui.common.status.RecordingStatus;
import org.latentexplorer.ui.common.task.QueuedTaskExecutor;
import org.latentexplorer.ui.common.task.SameThreadTaskExecutor;
import org.latentexplorer.ui.workspace.strip.InterpolationEnds;
import org.latentexplorer.ui.workspace.strip.StripRow;

/** The explorer's view models on same-thread executors: images, selection and compare agree. */
class WorkspaceTest {

  private final RecordingStatus status = new RecordingStatus();
  private Workspace explorer;

  @AfterEach
  void close() {
    if (explorer != null) {
      explorer.close();
    }
  }

  private Workspace open() {
    explorer = ViewModels.explorer(new SameThreadTaskExecutor(), status);
    explorer.openMain(ViewModels.VAE, s -> {});
    assertNotNull(explorer.main().session(), status.errors.toString());
    return explorer;
  }

  /** Idle means: the image shown is the decode of the z the pane holds, bit for bit. */
  private static void assertShowsItsZ(ModelPaneModel pane) throws Exception {
    assertFalse(pane.decodePendingProperty().get(), pane.role() + " still decodes");
    DecodedImage shown = pane.decodedProperty().get();
    assertNotNull(shown);
    assertArrayEquals(pane.z(), shown.z());
    assertArrayEquals(ViewModels.decode(pane, pane.z()), shown.pixels());
  }

  @Test
  void aModelBeingOpenedIsWaitedForInsteadOfOpenedAgain() throws Exception {
    QueuedTaskExecutor tasks = new QueuedTaskExecutor();
    explorer = ViewModels.explorer(tasks, status);
    java.util.List<String> ran = new java.util.ArrayList<>();
    explorer.openMain(ViewModels.VAE, s -> ran.add("opened"));
    explorer.openMain(ViewModels.VAE, s -> ran.add("waited"));
    explorer.openCompare(ViewModels.AE, () -> ran.add("compared"));
    explorer.openCompare(ViewModels.AE, () -> ran.add("waited for the compared"));
    assertEquals(List.of(), ran, "nothing runs before the models are shown");
    assertEquals(1, loadsOf("fashion-vae-2d"), "the second open waits for the first: " + status.shown);
    assertEquals(1, loadsOf("fashion-ae-2d"));
    tasks.deliverAll();
    assertEquals(List.of("opened", "waited", "compared", "waited for the compared"), ran);
    assertNotNull(explorer.main().session());
    explorer.openMain(ViewModels.VAE, s -> ran.add("late"));
    assertEquals(2, loadsOf("fashion-vae-2d"), "once shown, nothing is being opened: a new open loads");
  }

  private long loadsOf(String name) {
    return status.shown.stream().filter(m -> m.equals("Loading " + name)).count();
  }

  @Test
  void theImageShownIsAlwaysTheDecodeOfTheCurrentZ() throws Exception {
    ModelPaneModel main = open().main();
    assertArrayEquals(main.session().statistics().centre(), main.z());
    assertShowsItsZ(main);
    main.setZ(new float[] {1.5f, -0.25f});
    assertShowsItsZ(main);
    main.select(4280);
    assertArrayEquals(main.session().encoding().mean(4280), main.z());
    assertShowsItsZ(main);
    assertArrayEquals(ViewModels.decode(main, main.session().encoding().mean(4280)),
        main.reconstructionProperty().get());
    main.reset();
    assertShowsItsZ(main);
    main.clickAt(-1.0, 2.0);
    assertEquals(-1, main.selected());
    assertArrayEquals(new float[] {-1f, 2f}, main.z());
    assertShowsItsZ(main);
  }

  @Test
  void aLateAnswerToAnOlderRequestIsNeverDrawnOverANewerOne() throws Exception {
    QueuedTaskExecutor tasks = new QueuedTaskExecutor();
    explorer = ViewModels.explorer(tasks, status);
    explorer.openMain(ViewModels.VAE, s -> {});
    tasks.deliverAll();
    ModelPaneModel main = explorer.main();
    float[] older = {0.5f, 0.5f};
    float[] newer = {-2f, 1f};
    main.setZ(older);
    main.setZ(newer);
    assertEquals(2, tasks.waiting());
    tasks.deliverNewestFirst();
    assertArrayEquals(newer, main.decodedProperty().get().z());
    assertArrayEquals(ViewModels.decode(main, newer), main.decodedProperty().get().pixels());
    assertShowsItsZ(main);
  }

  @Test
  void comparingShowsTheSelectedItemInBothAndKeepsTheMainPanesZ() throws Exception {
    ModelPaneModel main = open().main();
    main.select(4280);
    main.reset();
    float[] centre = main.session().statistics().centre();
    explorer.openCompare(ViewModels.AE, () -> {});
    ModelPaneModel compare = explorer.compare();
    assertTrue(explorer.comparingProperty().get());
    assertEquals(4280, main.selected());
    assertArrayEquals(centre, main.z(), "opening a second model keeps the main pane's z");
    assertShowsItsZ(main);
    assertEquals(4280, compare.selected());
    assertArrayEquals(compare.session().encoding().mean(4280), compare.z());
    assertShowsItsZ(compare);
    assertArrayEquals(ViewModels.decode(compare, compare.z()), compare.reconstructionProperty().get());

    compare.select(17);
    assertEquals(17, main.selected());
    assertArrayEquals(main.session().encoding().mean(17), main.z());
    assertShowsItsZ(main);
    assertShowsItsZ(compare);

    explorer.openMain(ViewModels.CONV, s -> {});
    assertEquals(16, main.session().latentSize());
    assertEquals(17, main.selected(), "a new main model shows the compared model's item");
    assertArrayEquals(main.session().encoding().mean(17), main.z());
    assertShowsItsZ(main);
    assertShowsItsZ(compare);
    assertTrue(status.errors.isEmpty(), status.errors.toString());
  }

  @Test
  void itemsAreLinkedByTheirPlaceInTheDataSetNotInTheList() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isDirectory(org.latentexplorer.data.DatasetCatalog.SYSTEM_FASHION),
        "Fashion-MNIST's 60,000 training images come from Debian's dataset-fashion-mnist"
            + " (.ci/run installs it)");
    ModelPaneModel main = open().main();
    explorer.openCompare(ViewModels.AE, () -> {});
    ModelPaneModel compare = explorer.compare();
    explorer.showAllData(main, true);
    assertEquals(70_000, main.session().data().size());
    assertEquals(10_000, compare.session().data().size());

    main.select(60_000 + 5);
    assertEquals(5, compare.selected());
    assertArrayEquals(main.session().data().image(60_005), compare.session().data().image(5));
    main.select(123);
    assertEquals(-1, compare.selected(), "a training image is not among the compared test images");
    compare.select(9);
    assertEquals(60_009, main.selected());

    float[][] path = null;
    explorer.strip().interpolateItems(main, 60_001, 60_009);
    path = explorer.strip().interpolationPath(compare, 10);
    assertNotNull(path);
    float[][] expected =
        Interpolation.path(
            compare.session().encoding().mean(1), compare.session().encoding().mean(9), 10, false);
    for (int i = 0; i < 10; i++) {
      assertArrayEquals(expected[i], path[i]);
    }
    List<StripRow> rows = explorer.strip().rowsProperty().get();
    assertEquals(2, rows.size());
    assertArrayEquals(expected[3], rows.get(1).latents().get(3));
    assertArrayEquals(compare.pathProperty().get()[3], expected[3]);
  }

  @Test
  void aSecondModelOfOtherDataIsNotLinkedByPosition() throws Exception {
    ModelPaneModel main = open().main();
    explorer.openCompare(org.latentexplorer.data.AppHome.models().resolve("digits-vae-2d"), () -> {});
    ModelPaneModel compare = explorer.compare();
    compare.select(3);
    main.select(8);
    assertEquals(3, compare.selected(), "digits and Fashion-MNIST items have nothing in common");
    explorer.strip().interpolate(
        new InterpolationEnds(main, main.z(), new float[] {1, 1}, 0, 1));
    assertEquals(null, explorer.strip().interpolationPath(compare, 10));
  }

  @Test
  void aModelsSessionAndItsPiecesChangeTogether() throws Exception {
    ModelPaneModel main = open().main();
    main.select(42);
    ModelSession first = main.session();
    explorer.openMain(ViewModels.CONV, s -> {});
    assertTrue(main.session() != first);
    assertEquals(-1, main.selected());
    assertEquals(null, main.reconstructionProperty().get());
    assertEquals(16, main.z().length);
    assertEquals(2, main.projection().projection().place(main.z()).length);
    assertShowsItsZ(main);
  }

  @Test
  void aPyTorchModelOpensInTheWindowLikeAnyOther() throws Exception {
    ModelPaneModel main = open().main();
    java.nio.file.Path folder =
        java.nio.file.Path.of(getClass().getResource("/torchscript/tiny-vae").toURI());
    explorer.openMain(folder, s -> {});
    assertEquals("tiny-vae", main.session().name(), status.errors.toString());
    assertEquals(3, main.z().length);
    assertShowsItsZ(main);
    main.select(10);
    assertShowsItsZ(main);
    assertTrue(ModelFacts.of(main.session(), main.session().data().size()).contains("TorchScript from PyTorch"));
  }
}
