package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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
import org.latentexplorer.ui.explorer.ModelPaneModel;
import org.latentexplorer.ui.sliders.LatentSliders;
import org.latentexplorer.ui.strip.StripMode;
import org.latentexplorer.ui.strip.StripRow;
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
    WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
    window.awaitClosed();
  }

  private ModelPaneModel main() {
    return window.model().main();
  }

  private static <T> T fx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
  }

  private void run(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void openAndWait(Path folder, int latent) throws Exception {
    run(() -> window.open(folder));
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
    run(() -> window.model().strip().interpolateItems(main(), 3, 7));
    waitForStrip();
  }

  @Test
  void typingFramesAndPressingEnterRedrawsTheStripWithThatManyFrames(FxRobot robot) throws Exception {
    openAndWait(VAE, 2);
    interpolate();
    @SuppressWarnings("unchecked")
    Spinner<Integer> frames = robot.lookup("#strip-frames").queryAs(Spinner.class);
    robot.doubleClickOn(frames.getEditor());
    run(() -> frames.getEditor().selectAll());
    robot.write("12").type(KeyCode.ENTER);
    waitForStrip();
    assertEquals(12, window.model().strip().framesProperty().get());
    assertEquals(12, fx(() -> window.strip().rows().get(0).frames().size()));

    robot.clickOn(frames.lookup(".increment-arrow-button"));
    waitForStrip();
    assertEquals(13, window.model().strip().framesProperty().get());
    assertEquals(13, fx(() -> window.strip().rows().get(0).frames().size()));

    run(() -> frames.getEditor().setText("99"));
    run(() -> frames.commitValue());
    assertEquals(13, window.model().strip().framesProperty().get(), "99 is refused");
    assertTrue(fx(() -> frames.getEditor().getStyleClass().contains("invalid")));
    assertTrue(fx(() -> frames.getTooltip().getText().contains("from 2 to 30")));
    run(() -> frames.getEditor().setText("8"));
    run(() -> frames.commitValue());
    waitForStrip();
    assertEquals(8, fx(() -> window.strip().rows().get(0).frames().size()));
    assertTrue(fx(() -> frames.getTooltip().getText().startsWith("Frames a row")), "its own tooltip back");
  }

  @Test
  void theTraversalRangeSpinnerTakesATypedValue(FxRobot robot) throws Exception {
    openAndWait(VAE, 2);
    run(() -> window.model().strip().modeProperty().set(StripMode.TRAVERSAL));
    waitForStrip();
    @SuppressWarnings("unchecked")
    Spinner<Double> range = robot.lookup("#traversal-range").queryAs(Spinner.class);
    run(() -> range.getEditor().setText("1.5"));
    run(() -> range.commitValue());
    waitForStrip();
    assertEquals(1.5, window.model().strip().traversalRangeProperty().get());
    StripRow row = fx(() -> window.strip().rows().get(0));
    assertEquals(-1.5f, row.latents().get(0)[0], "the sweep runs from -range around 0");
    assertEquals(1.5f, row.latents().get(row.latents().size() - 1)[0]);
  }

  @Test
  void theCrosshairFollowsZAfterAHighDimensionalModelWasScrolled(FxRobot robot) throws Exception {
    openAndWait(CONV, 16);
    run(() -> window.compareWith(AE));
    FxWait.until(() -> window.model().compare().session() != null
        && !window.model().compare().decodePendingProperty().get());
    LatentSliders sliders = window.mainPane().sliders();
    robot.moveTo(sliders.list());
    robot.scroll(4, javafx.geometry.VerticalDirection.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    run(() -> sliders.list().scrollTo(15));
    // A shorter list (the window resized, the strip grown) throws rows away without telling them.
    run(() -> sliders.list().setMaxHeight(40));
    run(() -> sliders.list().setMaxHeight(Double.MAX_VALUE));
    openAndWait(VAE, 2);
    FxWait.until(() -> !window.model().compare().decodePendingProperty().get());
    float[] z = {0.75f, -1.25f};
    run(() -> main().setZ(z));
    FxWait.until(() -> !main().decodePendingProperty().get());
    double[] marker = fx(() -> window.mainPane().scatter().marker());
    assertNotNull(marker);
    assertArrayEquals(new double[] {0.75, -1.25}, marker, 1e-6);
    assertArrayEquals(z, sliders.values());
    assertEquals(2, fx(() -> sliders.list().getItems().size()));
  }

  @Test
  void switchingLatentSizesInTraversalModeShowsNoError() throws Exception {
    openAndWait(VAE, 2);
    run(() -> window.model().strip().modeProperty().set(StripMode.TRAVERSAL));
    waitForStrip();
    openAndWait(CONV, 16);
    waitForStrip();
    assertEquals("", fx(() -> window.model().errorProperty().get()));
    assertEquals(16, fx(() -> window.strip().rows().get(0).latents().get(0).length));
    openAndWait(VAE, 2);
    waitForStrip();
    assertEquals("", fx(() -> window.model().errorProperty().get()));
    run(() -> window.model().strip().modeProperty().set(StripMode.ALL_DIMENSIONS));
    openAndWait(CONV, 16);
    waitForStrip();
    assertEquals("", fx(() -> window.model().errorProperty().get()));
    assertFalse(fx(() -> window.root().lookup("#error-banner").isVisible()));
  }

  @Test
  void aKnobAtItsSlidersEndIsNotOutOfRange(FxRobot robot) throws Exception {
    openAndWait(VAE, 2);
    LatentSliders sliders = window.mainPane().sliders();
    javafx.scene.control.Slider slider = fx(() -> sliders.slider(1));
    run(() -> slider.setValue(slider.getMax()));
    TextField field = fx(() -> sliders.field(1));
    assertFalse(fx(() -> field.getStyleClass().contains(LatentSliders.OUT_OF_RANGE)), field.getText());
    run(() -> slider.setValue(slider.getMin()));
    assertFalse(fx(() -> field.getStyleClass().contains(LatentSliders.OUT_OF_RANGE)), field.getText());
    float[] beyond = main().z();
    beyond[1] = (float) slider.getMax() + 0.5f;
    run(() -> main().setZ(beyond));
    assertTrue(fx(() -> field.getStyleClass().contains(LatentSliders.OUT_OF_RANGE)));
  }

  @Test
  void modelsTrainedInTheWindowGoToTheUsersFolderAndAreListedBesideTheBundledOnes() throws Exception {
    openAndWait(VAE, 2);
    Path root = window.trainView().model().modelsRootProperty().get();
    assertEquals(AppHome.userModels(), root);
    assertFalse(root.startsWith(AppHome.models()), root + " is inside the installation");
    assertTrue(fx(() -> ((Label) window.root().lookup("#train-models-folder")).getText())
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
    run(() -> window.open(VAE));
    FxWait.until(() -> chooser.getItems().stream().anyMatch(c -> c.toString().equals("my-vae (yours)")));
    assertTrue(fx(() -> chooser.getItems().stream().anyMatch(c -> c.toString().equals("fashion-vae-2d"))));
  }
}
