package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.StripCursor;
import org.latentexplorer.ui.workspace.strip.StripModel;
import org.latentexplorer.ui.workspace.strip.StripRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a teacher does in front of a class: the strip as a control, ends from any z, keys. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class ClassroomWindowTest {

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1300, 860));
    stage.show();
    window.open(MainWindowTest.VAE);
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
    window.awaitClosed();
  }

  private ModelPaneModel main() {
    return window.model().main();
  }

  private StripModel strip() {
    return window.model().strip();
  }

  private static <T> T fx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get();
  }

  private void waitForModel() throws Exception {
    FxWait.until(
        () -> main().session() != null
            && !main().decodePendingProperty().get()
            && main().decodedProperty().get() != null);
  }

  private void waitForStrip() throws Exception {
    FxWait.until(() -> !strip().decodingProperty().get() && !window.strip().rows().isEmpty());
  }

  /** The traversal strip of seven frames decoded and laid out (the scatter's size depends on it). */
  private void waitForTraversalOfSeven() throws Exception {
    FxWait.until(
        () -> !strip().decodingProperty().get() && !window.strip().rows().isEmpty()
            && window.strip().rows().get(0).frames().size() == 7);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void waitForDecode() throws Exception {
    FxWait.until(() -> !main().decodePendingProperty().get());
  }

  private int[] decodedNow() throws Exception {
    ModelSession s = main().session();
    return PixelImages.toArgb(s.engine().decode(fx(() -> main().z())).get(), s.description().model().input());
  }

  @Test
  void clickingAFrameMovesZThereAndTheArrowKeysStepFrameByFrame(FxRobot robot) throws Exception {
    waitForModel();
    WaitForAsyncUtils.asyncFx(() -> strip().interpolateItems(main(), 3, 40)).get();
    waitForStrip();
    StripRow row = fx(() -> window.strip().rows().get(0));
    assertTrue(row.captions().get(0).contains("#3 "), row.captions().get(0));
    assertTrue(row.captions().get(9).contains("#40 "), row.captions().get(9));

    robot.clickOn("#strip-cell-0-6");
    waitForDecode();
    assertArrayEquals(row.latents().get(6), fx(() -> main().z()));
    assertEquals((float) row.latents().get(6)[0], (float) window.mainPane().sliders().slider(0).getValue());
    assertTrue(fx(() -> window.strip().isCurrent(0, 6)));
    Images.assertSame(decodedNow(), window.mainPane().decodedView().argb());

    robot.clickOn("#strip-cell-0-6");
    robot.type(KeyCode.RIGHT);
    waitForDecode();
    assertArrayEquals(row.latents().get(7), fx(() -> main().z()));
    assertTrue(fx(() -> window.strip().isCurrent(0, 7) && !window.strip().isCurrent(0, 6)));
    robot.type(KeyCode.LEFT, 3);
    waitForDecode();
    assertArrayEquals(row.latents().get(4), fx(() -> main().z()));
  }

  @Test
  void playMarksTheFrameNearestZAndRunsAtTheChosenSpeed() throws Exception {
    waitForModel();
    WaitForAsyncUtils.asyncFx(() -> strip().interpolateItems(main(), 3, 40)).get();
    waitForStrip();
    StripCursor.Frame[] seen = new StripCursor.Frame[3];
    WaitForAsyncUtils.asyncFx(() -> {
      strip().player().start(false);
      strip().player().step();
      seen[0] = strip().cursor().currentProperty().get();
      for (int i = 0; i < 29; i++) {
        strip().player().step();
      }
      seen[1] = strip().cursor().currentProperty().get();
      for (int i = 0; i < 29; i++) {
        strip().player().step();
      }
      seen[2] = strip().cursor().currentProperty().get();
      strip().player().stop();
    }).get();
    // 60 steps from one end to the other over 10 frames: step 0, 29 and 58 are at 0, 29/59 and 58/59
    assertEquals(new StripCursor.Frame(StripCursor.EVERY_ROW, 0), seen[0]);
    assertEquals(new StripCursor.Frame(StripCursor.EVERY_ROW, 4), seen[1]);
    assertEquals(new StripCursor.Frame(StripCursor.EVERY_ROW, 9), seen[2]);
    assertTrue(fx(() -> window.strip().isCurrent(0, 9)));

    double[] rates = fx(() -> {
      strip().player().speedProperty().set(2);
      strip().player().start(true);
      double atStart = strip().player().animationRate();
      strip().player().speedProperty().set(0.5);
      double changed = strip().player().animationRate();
      strip().player().stop();
      return new double[] {atStart, changed};
    });
    assertArrayEquals(new double[] {2, 0.5}, rates, "the speed chosen, also while playing");
  }

  @Test
  void anyTwoLatentPointsBecomeTheEndsAndTheButtonsSayWhich(FxRobot robot) throws Exception {
    waitForModel();
    assertEquals("Start = current z", robot.lookup("#ends-start").queryAs(Button.class).getText());
    WaitForAsyncUtils.asyncFx(() -> main().setZ(new float[] {-1.5f, 0.5f})).get();
    robot.clickOn("#ends-start");
    assertEquals("Start: z (-1.50, 0.50)", robot.lookup("#ends-start").queryAs(Button.class).getText());
    assertEquals("End = current z", robot.lookup("#ends-end").queryAs(Button.class).getText());
    WaitForAsyncUtils.asyncFx(() -> main().select(12)).get();
    waitForDecode();
    String className = fx(() -> main().session().data().className(main().session().data().label(12)));
    robot.clickOn("#ends-end");
    waitForStrip();
    assertEquals("End: #12 " + className, robot.lookup("#ends-end").queryAs(Button.class).getText());
    StripRow row = fx(() -> window.strip().rows().get(0));
    assertArrayEquals(new float[] {-1.5f, 0.5f}, row.latents().get(0));
    assertArrayEquals(fx(() -> main().session().encoding().mean(12)), row.latents().get(9));
    assertTrue(row.captions().get(0).endsWith("z (-1.50, 0.50)"), row.captions().get(0));
    assertTrue(row.captions().get(9).endsWith("#12 " + className), row.captions().get(9));
    assertEquals(
        fx(() -> main().session().data().itemKey(12)), fx(() -> strip().ends().toKey()),
        "an item end keeps its key, so a compared model finds the same item");
    assertFalse(fx(() -> main().pathProperty().get() == null), "the path is drawn on the scatter");

    robot.clickOn("#strip-show-z");
    waitForStrip();
    FxWait.until(() -> window.strip().rows().get(0).captions().get(0).contains("(-1.50, 0.50)\n"));
    Label caption = robot.lookup("#strip-cell-0-0").lookup(".frame-caption").queryAs(Label.class);
    assertTrue(caption.getText().startsWith("a=0.00\n(-1.50, 0.50)"), caption.getText());
  }

  @Test
  void theKeysSampleResetBookmarkAndGoBackAndForward(FxRobot robot) throws Exception {
    waitForModel();
    float[] centre = fx(() -> main().session().statistics().centre());
    assertArrayEquals(centre, fx(() -> main().z()));
    robot.clickOn("#scatter-main", javafx.scene.input.MouseButton.SECONDARY);
    robot.type(KeyCode.S);
    waitForDecode();
    float[] sampled = fx(() -> main().z());
    assertFalse(java.util.Arrays.equals(centre, sampled), "S samples from the prior");
    Images.assertSame(decodedNow(), window.mainPane().decodedView().argb());

    robot.type(KeyCode.B);
    assertEquals(java.util.List.of("b1"), fx(() -> main().bookmarks().items().stream().map(b -> b.name()).toList()));
    assertArrayEquals(sampled, fx(() -> main().bookmarks().items().get(0).z()));
    assertTrue(fx(() -> window.mainPane().bookmarkPanel().isExpanded()), "B shows the bookmarks");
    assertEquals(java.util.List.of("b1"), fx(() -> window.mainPane().scatter().markLabels()));

    robot.type(KeyCode.R);
    waitForDecode();
    assertArrayEquals(centre, fx(() -> main().z()), "R resets z to the centre");

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitForDecode();
    assertArrayEquals(sampled, fx(() -> main().z()), "Ctrl+Z: back to the sample");
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitForDecode();
    assertArrayEquals(centre, fx(() -> main().z()), "and back to where the model opened");
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
    waitForDecode();
    assertArrayEquals(sampled, fx(() -> main().z()), "Ctrl+Shift+Z: forward again");
    Images.assertSame(decodedNow(), window.mainPane().decodedView().argb());

    WaitForAsyncUtils.asyncFx(() -> main().setZ(new float[] {0.25f, 0.25f})).get();
    robot.doubleClickOn("#bookmark-list-main .list-cell");
    waitForDecode();
    assertArrayEquals(sampled, fx(() -> main().z()), "a double-clicked bookmark moves z there");

    robot.type(KeyCode.F1);
    FxWait.until(() -> window.keyActions().helpStage() != null && window.keyActions().helpStage().isShowing());
    String help = fx(() -> texts(window.keyActions().helpStage().getScene().getRoot()));
    assertTrue(help.contains("Ctrl+Shift+Z") && help.contains("q(z|x)") && help.contains("prior coverage"), help);
    WaitForAsyncUtils.asyncFx(() -> window.keyActions().helpStage().close()).get();
  }

  @Test
  void draggingASliderIsOneStepBack(FxRobot robot) throws Exception {
    waitForModel();
    float[] centre = fx(() -> main().z());
    int before = fx(() -> main().history().size());
    javafx.scene.Node thumb = robot.lookup("#slider-main-0").lookup(".thumb").query();
    robot.drag(thumb, javafx.scene.input.MouseButton.PRIMARY).moveBy(20, 0).moveBy(20, 0).moveBy(20, 0)
        .release(javafx.scene.input.MouseButton.PRIMARY);
    waitForDecode();
    assertEquals(before + 1, fx(() -> main().history().size()), "a drag is one step");
    WaitForAsyncUtils.asyncFx(() -> main().history().back()).get();
    waitForDecode();
    assertArrayEquals(centre, fx(() -> main().z()));
  }

  private static String texts(javafx.scene.Parent root) {
    StringBuilder b = new StringBuilder();
    root.lookupAll(".label").forEach(n -> b.append(((Label) n).getText()).append('\n'));
    return b.toString();
  }

  @Test
  void aSavedSessionOpensToTheSameState(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    waitForModel();
    java.nio.file.Path models = org.latentexplorer.data.AppHome.models();
    WaitForAsyncUtils.asyncFx(() -> window.compareWith(models.resolve("fashion-ae-2d"))).get();
    FxWait.until(() -> window.model().comparingProperty().get() && window.model().compare().session() != null
        && !window.model().compare().decodePendingProperty().get());
    FxWait.until(() -> main().projection().pcaProperty().get() != null);
    org.latentexplorer.ui.common.scatter.ViewWindow zoomed = new org.latentexplorer.ui.common.scatter.ViewWindow(-1.5, 1.0, -0.5, 2.0);
    WaitForAsyncUtils.asyncFx(() -> {
      main().projection().showPca(1, 0);
      window.mainPane().scatter().showWindow(zoomed);
      main().bookmarks().add("boot", new float[] {1, 1});
      main().setZ(new float[] {0.3f, -0.7f});
      window.model().compare().setZ(new float[] {-0.2f, 0.4f});
      strip().interpolateItems(main(), 3, 40);
      strip().modeProperty().set(org.latentexplorer.ui.workspace.strip.StripMode.TRAVERSAL);
      strip().framesProperty().set(7);
      strip().traversalDimensionProperty().set(1);
      strip().showZProperty().set(true);
      strip().rangeInSdProperty().set(true);
    }).get();
    // The scatter's widened view depends on its size, which changes when the strip's rows arrive:
    // read it once they are shown and laid out.
    waitForDecode();
    waitForTraversalOfSeven();
    org.latentexplorer.ui.common.scatter.ViewWindow shown = fx(() -> window.mainPane().scatter().window());
    java.nio.file.Path file = dir.resolve("lesson.session.json");
    java.util.concurrent.CountDownLatch saved = new java.util.concurrent.CountDownLatch(1);
    WaitForAsyncUtils.asyncFx(() -> window.sessions().save(file, saved::countDown)).get();
    assertTrue(saved.await(30, TimeUnit.SECONDS));

    WaitForAsyncUtils.asyncFx(() -> {
      window.model().stopComparing();
      window.open(models.resolve("digits-vae-2d"));
    }).get();
    FxWait.until(() -> main().session() != null && main().session().name().equals("digits-vae-2d"));
    WaitForAsyncUtils.asyncFx(() -> {
      strip().modeProperty().set(org.latentexplorer.ui.workspace.strip.StripMode.INTERPOLATION);
      strip().rangeInSdProperty().set(false);
      strip().showZProperty().set(false);
      strip().framesProperty().set(10);
    }).get();

    java.util.concurrent.CountDownLatch opened = new java.util.concurrent.CountDownLatch(1);
    WaitForAsyncUtils.asyncFx(() -> window.sessions().open(file, opened::countDown, m -> {})).get();
    assertTrue(opened.await(60, TimeUnit.SECONDS));
    waitForDecode();
    waitForTraversalOfSeven();
    assertEquals("fashion-vae-2d", fx(() -> main().session().name()));
    assertTrue(fx(() -> window.model().comparingProperty().get()));
    assertEquals("fashion-ae-2d", fx(() -> window.model().compare().session().name()));
    assertEquals(org.latentexplorer.ui.workspace.projection.ProjectionView.PCA, fx(() -> main().projection().viewProperty().get()));
    assertEquals("PC2", fx(() -> main().projection().projection().xLabel()).split(" ")[0]);
    assertEquals(shown, fx(() -> window.mainPane().scatter().window()));
    assertArrayEquals(new float[] {0.3f, -0.7f}, fx(() -> main().z()));
    assertArrayEquals(new float[] {-0.2f, 0.4f}, fx(() -> window.model().compare().z()));
    Images.assertSame(decodedNow(), window.mainPane().decodedView().argb());
    assertEquals(List.of("boot"), fx(() -> main().bookmarks().items().stream().map(b -> b.name()).toList()));
    assertEquals(org.latentexplorer.ui.workspace.strip.StripMode.TRAVERSAL, fx(() -> strip().modeProperty().get()));
    assertEquals(7, fx(() -> strip().framesProperty().get()));
    assertEquals(7, fx(() -> robotFrames()));
    assertEquals(1, fx(() -> strip().traversalDimensionProperty().get()));
    assertTrue(fx(() -> strip().showZProperty().get()));
    assertTrue(fx(() -> strip().rangeInSdProperty().get()));
    assertEquals(fx(() -> main().session().data().itemKey(40)), fx(() -> strip().ends().toKey()));
    assertEquals(main(), fx(() -> strip().ends().source()));
  }

  private int robotFrames() {
    return ((javafx.scene.control.Spinner<?>) window.root().lookup("#strip-frames")).getValue() instanceof Integer i ? i : -1;
  }

  @Test
  void everyControlOfTheExplorerSaysWhatItDoes() throws Exception {
    waitForModel();
    List<String> silent = fx(() -> {
      java.util.List<String> out = new java.util.ArrayList<>();
      collectSilent(window.root(), out);
      return out;
    });
    assertEquals(List.of(), silent, "controls without a tooltip");
  }

  @Test
  void everyControlOfEveryTabSaysWhatItDoes() throws Exception {
    waitForModel();
    List<String> silent = fx(() -> {
      java.util.List<String> out = new java.util.ArrayList<>();
      allTabs = true;
      try {
        collectSilent(window.root(), out);
      } finally {
        allTabs = false;
      }
      return out;
    });
    assertEquals(List.of(), silent, "controls without a tooltip");
  }

  private static boolean allTabs;

  private static void collectSilent(javafx.scene.Node node, List<String> out) {
    if (!node.isVisible() && !allTabs) {
      return;
    }
    if (node instanceof javafx.scene.control.TabPane tabs) {
      if (allTabs) {
        tabs.getTabs().forEach(t -> {
          if (t.getContent() != null) {
            collectSilent(t.getContent(), out);
          }
        });
      } else {
        collectSilent(tabs.getTabs().get(0).getContent(), out);
      }
      return;
    }
    boolean control =
        node instanceof javafx.scene.control.ButtonBase
            || node instanceof javafx.scene.control.ChoiceBox<?>
            || node instanceof javafx.scene.control.ComboBoxBase<?>
            || node instanceof javafx.scene.control.Spinner<?>
            || node instanceof javafx.scene.control.Slider
            || (node instanceof javafx.scene.control.TextField && !(node.getParent() instanceof javafx.scene.control.Spinner<?>)
                && !(node.getParent() != null && node.getParent().getParent() instanceof javafx.scene.control.ComboBoxBase<?>));
    if (control && org.latentexplorer.ui.common.Tips.text(node) == null
        && !(node.getParent() instanceof javafx.scene.control.ScrollBar)
        && !node.getStyleClass().contains("arrow-button")) {
      String name = node.getId() != null ? node.getId() : node.getClass().getSimpleName();
      if (node instanceof javafx.scene.control.Labeled l) {
        name += " '" + l.getText() + "'";
      }
      out.add(name);
    }
    if (node instanceof javafx.scene.control.Spinner<?> || node instanceof javafx.scene.control.ComboBoxBase<?>) {
      return;
    }
    if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
      collectSilent(sp.getContent(), out);
    }
    if (node instanceof javafx.scene.control.TitledPane tp && tp.getContent() != null) {
      collectSilent(tp.getContent(), out);
    }
    if (node instanceof javafx.scene.control.SplitPane split) {
      split.getItems().forEach(n -> collectSilent(n, out));
    }
    if (node instanceof javafx.scene.control.ToolBar bar) {
      bar.getItems().forEach(n -> collectSilent(n, out));
    }
    if (node instanceof javafx.scene.Parent parent && !(node instanceof javafx.scene.control.Control)) {
      parent.getChildrenUnmodifiable().forEach(n -> collectSilent(n, out));
    }
  }

  @Test
  void exportsCarryTheirContext() throws Exception {
    waitForModel();
    WaitForAsyncUtils.asyncFx(() -> strip().interpolateItems(main(), 3, 40)).get();
    waitForStrip();
    List<StripRow> rows = fx(() -> window.strip().rows());
    StripRow row = rows.get(0);
    java.awt.image.BufferedImage bare =
        org.latentexplorer.analysis.plot.Raster.grid(
            List.of(row.frames()), List.of(row.captions()), row.shape(), 3);
    java.awt.image.BufferedImage png = org.latentexplorer.ui.explore.export.Exporter.stripImage(rows, "Latent Explorer: Interpolation");
    assertTrue(png.getWidth() > bare.getWidth() + 60, "a column for the model's name: " + png.getWidth() + " vs " + bare.getWidth());
    assertTrue(png.getHeight() > bare.getHeight() + 30, "a heading and the ends' names under their frames");
    List<java.awt.image.BufferedImage> gif = org.latentexplorer.ui.explore.export.Exporter.gifFrames(rows, "Latent Explorer: Interpolation");
    assertEquals(18, gif.size());
    assertTrue(gif.stream().allMatch(f -> f.getWidth() == gif.get(0).getWidth() && f.getHeight() == gif.get(0).getHeight()),
        "every frame of the GIF the same size, whatever its caption");
    java.awt.image.BufferedImage scatter = fx(() -> org.latentexplorer.ui.explore.export.Exporter.scatterImage(window.mainPane()));
    double scatterHeight = fx(() -> window.mainPane().scatter().getHeight());
    double legendHeight = fx(() -> window.mainPane().legend().getHeight());
    assertEquals(24 + Math.round(scatterHeight) + Math.round(legendHeight), scatter.getHeight(), 2,
        "the heading, the scatter and its legend");
  }

  @Test
  void sixtyFourDimensionsCanBeFoundOrderedAndChosenForTheGrid(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path folder = dir.resolve("vae-64d");
    new org.latentexplorer.train.AutoencoderTrainer(
            org.latentexplorer.train.TinyModels.fashion(600, 200),
            new org.latentexplorer.train.TrainingObserver() {}, () -> false)
        .train(org.latentexplorer.train.TinyModels.options(
            folder, org.latentexplorer.model.ModelKind.VAE, org.latentexplorer.model.Architecture.MLP,
            64, List.of(32), 2));
    waitForModel();
    WaitForAsyncUtils.asyncFx(() -> window.open(folder)).get();
    FxWait.until(() -> main().session() != null && main().session().latentSize() == 64
        && !main().decodePendingProperty().get());
    var sliders = window.mainPane().sliders();
    assertTrue(fx(() -> sliders.list().getItems().size() == 64));
    assertTrue(fx(() -> window.root().lookup("#slider-jump-main").isVisible()), "a jump-to above 8 dimensions");
    assertTrue(fx(() -> window.root().lookupAll(".slider").size()) < 30, "rows exist only where they are seen");

    javafx.scene.Node jump = fx(() -> window.root().lookup("#slider-jump-main"));
    String own = fx(() -> org.latentexplorer.ui.common.Tips.text(jump));
    WaitForAsyncUtils.asyncFx(() -> sliders.jumpTo("z99")).get();
    assertEquals("'z99' is no row: give 1 to 64", fx(() -> org.latentexplorer.ui.common.Tips.text(jump)));
    assertTrue(fx(() -> jump.getStyleClass().contains("invalid")));
    WaitForAsyncUtils.asyncFx(() -> sliders.jumpTo("z50")).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(fx(() -> jump.getStyleClass().contains("invalid")));
    assertEquals(own, fx(() -> org.latentexplorer.ui.common.Tips.text(jump)), "a good row brings the field's own tooltip back");
    assertEquals(49, fx(() -> sliders.list().getSelectionModel().getSelectedItem()));
    assertTrue(fx(() -> window.root().lookup("#slider-main-49") != null), "z50's row is shown");

    double[] kl = fx(() -> org.latentexplorer.latent.EncoderStatistics.of(
        main().session().encoding().means(), main().session().encoding().logVariances(), 64).klPerDimension());
    int mostActive = 0;
    for (int d = 1; d < 64; d++) {
      if (kl[d] > kl[mostActive]) {
        mostActive = d;
      }
    }
    javafx.scene.control.ChoiceBox<?> order = (javafx.scene.control.ChoiceBox<?>) fx(() -> window.root().lookup("#slider-order-main"));
    WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ChoiceBox<org.latentexplorer.ui.explore.sliders.SliderOrder>) order)
        .setValue(org.latentexplorer.ui.explore.sliders.SliderOrder.KL)).get();
    assertEquals(mostActive, (int) fx(() -> sliders.order().get(0)), "the most active dimension first");

    WaitForAsyncUtils.asyncFx(() -> {
      strip().gridChoiceProperty().set(org.latentexplorer.ui.workspace.strip.StripDimensions.GridChoice.ACTIVE);
      strip().modeProperty().set(org.latentexplorer.ui.workspace.strip.StripMode.ALL_DIMENSIONS);
    }).get();
    waitForStrip();
    assertEquals(32, fx(() -> window.strip().rows().size()));
    assertEquals("z" + (mostActive + 1), fx(() -> window.strip().rows().get(0).title()));
    assertEquals("32 of 64 shown:", fx(() -> ((Label) window.root().lookup("#grid-shown")).getText()));
    assertTrue(fx(() -> window.root().lookup("#grid-shown").isVisible()));

    int d = mostActive;
    WaitForAsyncUtils.asyncFx(() -> {
      strip().rangeInSdProperty().set(true);
      strip().modeProperty().set(org.latentexplorer.ui.workspace.strip.StripMode.TRAVERSAL);
      strip().traversalDimensionProperty().set(d);
    }).get();
    FxWait.until(() -> !strip().decodingProperty().get() && window.strip().rows().size() == 1
        && window.strip().rows().get(0).title().endsWith("z" + (d + 1))
        && window.strip().rows().get(0).captions().get(0).equals("-3.0 sd"));
    var stats = fx(() -> main().session().statistics());
    StripRow row = fx(() -> window.strip().rows().get(0));
    assertEquals((float) (stats.mean()[d] - 3 * stats.sd()[d]), row.latents().get(0)[d], 1e-6);
    assertEquals((float) (stats.mean()[d] + 3 * stats.sd()[d]), row.latents().get(row.latents().size() - 1)[d], 1e-6);
  }

  @Test
  void theStripTakesTheRoomItsRowsNeedAndFoldsAway(FxRobot robot) throws Exception {
    waitForModel();
    WaitForAsyncUtils.waitForFxEvents();
    double empty = fx(() -> window.mainPane().scatter().getHeight());
    WaitForAsyncUtils.asyncFx(() -> strip().interpolateItems(main(), 3, 40)).get();
    waitForStrip();
    FxWait.until(() -> window.mainPane().scatter().getHeight() < empty - 60);
    double withRow = fx(() -> window.mainPane().scatter().getHeight());
    robot.clickOn("#strip-hide");
    FxWait.until(() -> !window.strip().isVisible() && window.mainPane().scatter().getHeight() > withRow + 60);
    assertEquals("Show frames", robot.lookup("#strip-hide").queryAs(javafx.scene.control.ToggleButton.class).getText());
  }

  @Test
  void theViewsPointsGoOutAsCsvAndForTheEmbeddingProjector(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    waitForModel();
    ModelSession s = fx(() -> main().session());
    float[] xy = fx(() -> main().projection().projection().coordinates());
    java.io.StringWriter csv = new java.io.StringWriter();
    org.latentexplorer.ui.explore.export.EmbeddingProjectorFiles.viewCsv(csv, xy, s.data());
    List<String> rows = csv.toString().lines().toList();
    assertEquals("index,label,class,part,x,y", rows.get(0));
    assertEquals(s.data().size() + 1, rows.size());
    String[] r = rows.get(43).split(",");
    assertEquals(List.of("42", String.valueOf(s.data().label(42)), s.data().className(s.data().label(42)), "test"),
        List.of(r[0], r[1], r[2], r[3]), "Fashion-MNIST's test items are the test part");
    assertEquals(xy[84], Float.parseFloat(r[4]), 1e-5f * Math.max(1, Math.abs(xy[84])));
    assertEquals(xy[85], Float.parseFloat(r[5]), 1e-5f * Math.max(1, Math.abs(xy[85])));

    org.latentexplorer.ui.explore.export.EmbeddingProjectorFiles.write(dir, s.encoding(), s.data());
    List<String> vectors = java.nio.file.Files.readAllLines(dir.resolve("vectors.tsv"));
    List<String> metadata = java.nio.file.Files.readAllLines(dir.resolve("metadata.tsv"));
    assertEquals(s.data().size(), vectors.size(), "one line an item, no header");
    assertEquals(s.data().size() + 1, metadata.size(), "a header, then the same items in the same order");
    assertEquals("index\tlabel\tclass\tpart", metadata.get(0));
    String[] v = vectors.get(7).split("\t");
    assertEquals(2, v.length);
    assertEquals(s.encoding().mean(7)[0], Float.parseFloat(v[0]), 1e-5f * Math.max(1, Math.abs(s.encoding().mean(7)[0])));
    assertEquals(s.encoding().mean(7)[1], Float.parseFloat(v[1]), 1e-5f * Math.max(1, Math.abs(s.encoding().mean(7)[1])));
    assertTrue(metadata.get(8).startsWith("7\t" + s.data().label(7) + "\t"), metadata.get(8));
  }
}
