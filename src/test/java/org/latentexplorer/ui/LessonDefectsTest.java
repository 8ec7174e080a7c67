package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.explore.sliders.LatentSliders;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.StripMode;
import org.latentexplorer.ui.workspace.strip.StripRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a teacher met in the first minutes of a class, each checked on the real window. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class LessonDefectsTest {

  static final Path VAE = AppHome.models().resolve("fashion-vae-2d");
  static final Path AE = AppHome.models().resolve("fashion-ae-2d");
  static final Path CONV = AppHome.models().resolve("fashion-conv-vae-16d");

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.show();
    window.open(VAE);
  }

  @AfterEach
  void close() throws Exception {
    FxWait.close(window, null);
  }

  private ModelPaneModel main() {
    return window.model().main();
  }



  private void openAndWait(Path folder, int latent) throws Exception {
    FxWait.run(() -> window.open(folder));
    FxWait.until(() -> main().session() != null && main().session().folder().equals(folder)
        && main().session().latentSize() == latent && !main().decodePendingProperty().get()
        && !window.model().strip().decodingProperty().get());
  }

  private void waitForStrip() throws Exception {
    FxWait.until(() -> !window.model().strip().decodingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    FxWait.until(() -> !window.model().strip().decodingProperty().get());
  }

  private void interpolate() throws Exception {
    FxWait.run(() -> window.model().strip().interpolateItems(main(), 3, 7));
    waitForStrip();
  }

  @Test
  void typingFramesAndPressingEnterRedrawsTheStripWithThatManyFrames(FxRobot robot) throws Exception {
    openAndWait(VAE, 2);
    interpolate();
    @SuppressWarnings("unchecked")
    Spinner<Integer> frames = robot.lookup("#strip-frames").queryAs(Spinner.class);
    robot.doubleClickOn(frames.getEditor());
    FxWait.run(() -> frames.getEditor().selectAll());
    robot.write("12").type(KeyCode.ENTER);
    waitForStrip();
    assertEquals(12, window.model().strip().framesProperty().get());
    assertEquals(12, FxWait.fx(() -> window.strip().rows().get(0).frames().size()));

    robot.clickOn(frames.lookup(".increment-arrow-button"));
    waitForStrip();
    assertEquals(13, window.model().strip().framesProperty().get());
    assertEquals(13, FxWait.fx(() -> window.strip().rows().get(0).frames().size()));

    FxWait.run(() -> frames.getEditor().setText("99"));
    FxWait.run(() -> frames.commitValue());
    assertEquals(13, window.model().strip().framesProperty().get(), "99 is refused");
    assertTrue(FxWait.fx(() -> frames.getEditor().getStyleClass().contains("invalid")));
    assertTrue(FxWait.fx(() -> org.latentexplorer.ui.common.Tips.text(frames).contains("from 2 to 30")));
    FxWait.run(() -> frames.getEditor().setText("8"));
    FxWait.run(() -> frames.commitValue());
    waitForStrip();
    assertEquals(8, FxWait.fx(() -> window.strip().rows().get(0).frames().size()));
    assertTrue(FxWait.fx(() -> org.latentexplorer.ui.common.Tips.text(frames).startsWith("Frames a row")), "its own tooltip back");
  }

  @Test
  void theTraversalRangeSpinnerTakesATypedValue(FxRobot robot) throws Exception {
    openAndWait(VAE, 2);
    FxWait.run(() -> window.model().strip().modeProperty().set(StripMode.TRAVERSAL));
    waitForStrip();
    @SuppressWarnings("unchecked")
    Spinner<Double> range = robot.lookup("#traversal-range").queryAs(Spinner.class);
    FxWait.run(() -> range.getEditor().setText("1.5"));
    FxWait.run(() -> range.commitValue());
    waitForStrip();
    assertEquals(1.5, window.model().strip().traversalRangeProperty().get());
    StripRow row = FxWait.fx(() -> window.strip().rows().get(0));
    assertEquals(-1.5f, row.latents().get(0)[0], "the sweep runs from -range around 0");
    assertEquals(1.5f, row.latents().get(row.latents().size() - 1)[0]);
  }

  @Test
  void theCrosshairFollowsZAfterAHighDimensionalModelWasScrolled(FxRobot robot) throws Exception {
    openAndWait(CONV, 16);
    FxWait.run(() -> window.compareWith(AE));
    FxWait.until(() -> window.model().compare().session() != null
        && !window.model().compare().decodePendingProperty().get());
    LatentSliders sliders = window.mainPane().sliders();
    robot.moveTo(sliders.list());
    robot.scroll(4, javafx.geometry.VerticalDirection.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    FxWait.run(() -> sliders.list().scrollTo(15));
    // A shorter list (the window resized, the strip grown) throws rows away without telling them.
    FxWait.run(() -> sliders.list().setMaxHeight(40));
    FxWait.run(() -> sliders.list().setMaxHeight(Double.MAX_VALUE));
    openAndWait(VAE, 2);
    FxWait.until(() -> !window.model().compare().decodePendingProperty().get());
    float[] z = {0.75f, -1.25f};
    FxWait.run(() -> main().setZ(z));
    FxWait.until(() -> !main().decodePendingProperty().get());
    double[] marker = FxWait.fx(() -> window.mainPane().scatter().marker());
    assertNotNull(marker);
    assertArrayEquals(new double[] {0.75, -1.25}, marker, 1e-6);
    assertArrayEquals(z, sliders.values());
    assertEquals(2, FxWait.fx(() -> sliders.list().getItems().size()));
  }

  @Test
  void switchingLatentSizesInTraversalModeShowsNoError() throws Exception {
    openAndWait(VAE, 2);
    FxWait.run(() -> window.model().strip().modeProperty().set(StripMode.TRAVERSAL));
    waitForStrip();
    openAndWait(CONV, 16);
    waitForStrip();
    assertEquals("", FxWait.fx(() -> window.model().errorProperty().get()));
    assertEquals(16, FxWait.fx(() -> window.strip().rows().get(0).latents().get(0).length));
    openAndWait(VAE, 2);
    waitForStrip();
    assertEquals("", FxWait.fx(() -> window.model().errorProperty().get()));
    FxWait.run(() -> window.model().strip().modeProperty().set(StripMode.ALL_DIMENSIONS));
    openAndWait(CONV, 16);
    waitForStrip();
    assertEquals("", FxWait.fx(() -> window.model().errorProperty().get()));
    assertFalse(FxWait.fx(() -> window.root().lookup("#error-banner").isVisible()));
  }

  @Test
  void aKnobAtItsSlidersEndIsNotOutOfRange(FxRobot robot) throws Exception {
    openAndWait(VAE, 2);
    LatentSliders sliders = window.mainPane().sliders();
    javafx.scene.control.Slider slider = FxWait.fx(() -> sliders.slider(1));
    FxWait.run(() -> slider.setValue(slider.getMax()));
    TextField field = FxWait.fx(() -> sliders.field(1));
    assertFalse(FxWait.fx(() -> field.getStyleClass().contains(LatentSliders.OUT_OF_RANGE)), field.getText());
    FxWait.run(() -> slider.setValue(slider.getMin()));
    assertFalse(FxWait.fx(() -> field.getStyleClass().contains(LatentSliders.OUT_OF_RANGE)), field.getText());
    float[] beyond = main().z();
    beyond[1] = (float) slider.getMax() + 0.5f;
    FxWait.run(() -> main().setZ(beyond));
    assertTrue(FxWait.fx(() -> field.getStyleClass().contains(LatentSliders.OUT_OF_RANGE)));
  }

  @Test
  void modelsTrainedInTheWindowGoToTheUsersFolderAndAreListedBesideTheBundledOnes() throws Exception {
    openAndWait(VAE, 2);
    Path root = window.trainView().model().modelsRootProperty().get();
    assertEquals(AppHome.userModels(), root);
    assertFalse(root.startsWith(AppHome.models()), root + " is inside the installation");
    assertTrue(FxWait.fx(() -> ((Label) window.root().lookup("#train-models-folder")).getText())
        .contains(root.toString()));

    Path mine = root.resolve("my-vae");
    java.nio.file.Files.createDirectories(mine);
    try (var files = java.nio.file.Files.list(VAE)) {
      for (Path f : files.toList()) {
        java.nio.file.Files.copy(f, mine.resolve(f.getFileName()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    var chooser = (javafx.scene.control.ComboBox<?>) window.root().lookup("#model-chooser");
    FxWait.run(() -> window.open(VAE));
    FxWait.until(() -> chooser.getItems().stream().anyMatch(c -> c.toString().equals("my-vae (yours)")));
    assertTrue(FxWait.fx(() -> chooser.getItems().stream().anyMatch(c -> c.toString().equals("fashion-vae-2d"))));
  }

  @Test
  void theCurrentFrameIsNoLongerMarkedOnceZLeavesIt() throws Exception {
    openAndWait(VAE, 2);
    interpolate();
    FxWait.run(() -> window.model().strip().cursor().go(0, 3));
    assertTrue(FxWait.fx(() -> window.strip().isCurrent(0, 3)));
    FxWait.run(() -> window.keyActions().resetZ());
    assertFalse(FxWait.fx(() -> window.strip().isCurrent(0, 3)), "R: z is no longer the frame's");
    FxWait.run(() -> window.model().strip().cursor().go(0, 4));
    assertTrue(FxWait.fx(() -> window.strip().isCurrent(0, 4)));
    FxWait.run(() -> window.keyActions().samplePrior());
    assertFalse(FxWait.fx(() -> window.strip().isCurrent(0, 4)), "S: z is no longer the frame's");
    FxWait.run(() -> window.keyActions().stepFrame(1));
    assertTrue(FxWait.fx(() -> window.strip().isCurrent(0, 0)), "Right starts again at the first frame");
  }

  @Test
  void theHelpClosesWithItsButtonAndWithEscape(FxRobot robot) throws Exception {
    openAndWait(VAE, 2);
    FxWait.run(() -> window.keyActions().help());
    FxWait.until(() -> window.keyActions().helpStage().isShowing());
    robot.clickOn(robot.lookup("#help-close").queryButton());
    FxWait.until(() -> !window.keyActions().helpStage().isShowing());
    FxWait.run(() -> window.keyActions().help());
    FxWait.until(() -> window.keyActions().helpStage().isShowing());
    FxWait.run(() -> window.keyActions().helpStage().getScene().getRoot().fireEvent(
        new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE,
            false, false, false, false)));
    FxWait.until(() -> !window.keyActions().helpStage().isShowing());
  }

  @Test
  void eachModelKeepsItsBookmarksAcrossASwitch() throws Exception {
    openAndWait(VAE, 2);
    FxWait.run(() -> main().bookmarks().add("boot", new float[] {1, 1}));
    openAndWait(CONV, 16);
    assertTrue(FxWait.fx(() -> main().bookmarks().items().isEmpty()), "the other model has none");
    openAndWait(VAE, 2);
    assertEquals("boot", FxWait.fx(() -> main().bookmarks().items().get(0).name()));
  }

  @Test
  void anEndAtAPointAbove2dIsNamedByItsLength(FxRobot robot) throws Exception {
    openAndWait(CONV, 16);
    robot.clickOn(robot.lookup("#ends-start").queryButton());
    String text = FxWait.fx(() -> robot.lookup("#ends-start").queryButton().getText());
    assertTrue(text.startsWith("Start: z with |z| "), text);
  }

  @Test
  void aClosedWindowIsFreed() throws Exception {
    MainWindow other = FxWait.fx(MainWindow::new);
    java.lang.ref.WeakReference<MainWindow> freed = new java.lang.ref.WeakReference<>(other);
    FxWait.run(other::close);
    other.awaitClosed();
    other = null;
    for (int i = 0; i < 50 && freed.get() != null; i++) {
      System.gc();
      Thread.sleep(100);
      WaitForAsyncUtils.waitForFxEvents();
    }
    org.junit.jupiter.api.Assertions.assertNull(freed.get(),
        "something still holds a closed window (and all it showed) after 50 collections");
  }

  @Test
  void theSmoothnessHeadingIsWholeUnderLargeText() throws Exception {
    openAndWait(VAE, 2);
    FxWait.run(() -> ((javafx.scene.control.ToggleButton) window.root().lookup("#large-text")).setSelected(true));
    interpolate();
    FxWait.until(() -> !window.strip().smoothnessSummaries().isEmpty());
    FxWait.run(() -> window.root().layout());
    String shown = FxWait.fx(() -> window.strip().lookupAll(".label").stream()
        .map(n -> (Label) n).filter(l -> "SSIM of neighbours".equals(l.getText()))
        .map(l -> ((javafx.scene.text.Text) l.lookup(".text")).getText()).findFirst().orElse("none"));
    assertEquals("SSIM of neighbours", shown);
  }
}
