package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.common.scatter.PlotArea;
import org.latentexplorer.ui.explore.ModelPane;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.StripRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: drag a slider, click the scatter, drag an interpolation. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class MainWindowTest {

  static final Path VAE = AppHome.models().resolve("fashion-vae-2d");

  @TempDir Path dir;

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1300, 860));
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

  private ModelPane pane() {
    return window.mainPane();
  }

  private void waitForModel(String name) throws Exception {
    try {
      FxWait.until(
          () -> main().session() != null
              && main().session().name().equals(name)
              && !main().decodePendingProperty().get()
              && main().decodedProperty().get() != null);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(name + " was not shown; the status bar says '"
          + FxWait.fx(() -> window.statusBar().messageProperty().get()) + "', the banner '"
          + FxWait.fx(() -> window.model().errorProperty().get()) + "'", e);
    }
    FxWait.steady(() -> {
      window.root().applyCss();
      window.root().layout();
      return pane().scatter().plotArea();
    });
  }

  private static InputShape shape(ModelSession s) {
    return s.description().model().input();
  }

  /** What the engine decodes at z, as the ARGB pixels the window should show. */
  private int[] expectedPixels(float[] z) throws Exception {
    ModelSession s = main().session();
    return PixelImages.toArgb(s.engine().decode(z).get(), shape(s));
  }

  private float[] sliderValues() {
    float[] z = new float[main().session().latentSize()];
    for (int d = 0; d < z.length; d++) {
      z[d] = (float) pane().sliders().slider(d).getValue();
    }
    return z;
  }

  private Point2D screenOf(double x, double y) {
    PlotArea area = pane().scatter().plotArea();
    return pane().scatter().localToScreen(area.toScreenX(x), area.toScreenY(y));
  }

  @Test
  void opensOnTheBundledVaeWithItsFacts(FxRobot robot) throws Exception {
    waitForModel("fashion-vae-2d");
    Label facts = robot.lookup("#facts-main").queryAs(Label.class);
    assertTrue(facts.getText().contains("VAE"), facts.getText());
    assertTrue(facts.getText().contains("2-D latent"), facts.getText());
    assertTrue(facts.getText().contains("held-out loss"), facts.getText());
    assertEquals("Engine: CPU", robot.lookup("#status-device").queryAs(Label.class).getText());
    assertEquals(10_000, main().session().data().size());
    Images.assertSame(expectedPixels(main().z()), pane().decodedView().argb());
  }

  @Test
  void draggingASliderDecodesWhileItMovesAndShowsTheEnginesDecode(FxRobot robot)
      throws Exception {
    waitForModel("fashion-vae-2d");
    int[] before = pane().decodedView().argb();
    Node thumb = robot.lookup("#slider-main-0").lookup(".thumb").query();

    robot.drag(thumb, MouseButton.PRIMARY).moveBy(35, 0);
    FxWait.until(() -> !main().decodePendingProperty().get());
    int[] midway = pane().decodedView().argb();
    assertFalse(Arrays.equals(before, midway), "the image must change before the slider is released");
    robot.moveBy(45, 0).release(MouseButton.PRIMARY);
    FxWait.until(() -> !main().decodePendingProperty().get());

    float[] z = sliderValues();
    assertArrayEquals(z, main().z(), 1e-6f);
    assertFalse(Arrays.equals(midway, pane().decodedView().argb()));
    Images.assertSame(expectedPixels(z), pane().decodedView().argb());
  }

  @Test
  void clickingAnEmptyPlaceDecodesThatPointAndMovesTheSliders(FxRobot robot) throws Exception {
    waitForModel("fashion-vae-2d");
    PlotArea area = pane().scatter().plotArea();
    float[] xy = main().projection().projection().coordinates();
    // An empty place: the grid point farthest from every data point inside the view.
    double bestX = 0;
    double bestY = 0;
    double bestD = -1;
    for (double x = area.window().xMin() + 0.3; x < area.window().xMax() - 0.3; x += 0.1) {
      for (double y = area.window().yMin() + 0.3; y < area.window().yMax() - 0.3; y += 0.1) {
        double d = Double.POSITIVE_INFINITY;
        for (int i = 0; i < xy.length; i += 2) {
          d = Math.min(d, Math.hypot(xy[i] - x, xy[i + 1] - y));
        }
        if (d > bestD && Math.hypot(x, y) < 2.5) {
          bestD = d;
          bestX = x;
          bestY = y;
        }
      }
    }
    Point2D target = screenOf(bestX, bestY);
    Point2D pixel = new Point2D(Math.round(target.getX()), Math.round(target.getY()));
    Point2D local = pane().scatter().screenToLocal(pixel);
    float[] expected = {(float) area.toDataX(local.getX()), (float) area.toDataY(local.getY())};

    robot.clickOn(pixel);
    FxWait.until(() -> !main().decodePendingProperty().get());

    assertArrayEquals(expected, main().z(), 1e-4f);
    assertArrayEquals(expected, sliderValues(), 1e-4f);
    assertEquals(
        String.format(java.util.Locale.ROOT, "%.3f", expected[0]),
        robot.lookup("#value-main-0").queryAs(TextField.class).getText());
    Images.assertSame(expectedPixels(expected), pane().decodedView().argb());
    assertEquals(-1, main().selectedProperty().get());
  }

  @Test
  void clickingADataPointShowsItsOriginalBesideItsReconstruction(FxRobot robot)
      throws Exception {
    waitForModel("fashion-vae-2d");
    int item = isolatedItem();
    float[] xy = main().projection().projection().coordinates();

    robot.clickOn(screenOf(xy[2 * item], xy[2 * item + 1]));
    FxWait.until(() -> main().selectedProperty().get() == item
        && main().reconstructionProperty().get() != null
        && !main().decodePendingProperty().get());

    ModelSession s = main().session();
    float[] mean = s.encoding().mean(item);
    assertArrayEquals(mean, main().z());
    assertArrayEquals(mean, sliderValues(), 1e-6f);
    Images.assertSame(expectedPixels(mean), pane().decodedView().argb());
    Images.assertSame(expectedPixels(mean), pane().reconstructionView().argb());
    assertArrayEquals(PixelImages.toArgb(s.data().image(item), shape(s)), pane().originalView().argb());
  }

  @Test
  void draggingBetweenTwoPointsFillsTheStripWithTheirInterpolation(FxRobot robot)
      throws Exception {
    waitForModel("fashion-vae-2d");
    float[] xy = main().projection().projection().coordinates();
    int from = isolatedItem();
    int to = farthestIsolatedItemFrom(from);

    robot.drag(screenOf(xy[2 * from], xy[2 * from + 1]), MouseButton.PRIMARY)
        .dropTo(screenOf(xy[2 * to], xy[2 * to + 1]));
    FxWait.until(() -> !window.model().strip().decodingProperty().get()
        && !window.strip().rows().isEmpty()
        && window.model().strip().ends() != null
        && window.model().strip().ends().toKey() == main().session().data().itemKey(to));

    assertEquals(main().session().data().itemKey(from), window.model().strip().ends().fromKey());
    StripRow row = window.strip().rows().get(0);
    assertEquals(10, row.frames().size());
    ModelSession s = main().session();
    // The strip decodes its frames in one batch, the expected images one at a time: a batch may
    // sum in another order and round a float's last bit differently, which can tip a pixel by
    // one grey level. Every other image in these tests comes through the same single-point path
    // and is compared exactly.
    Images.assertNearlyEqual(expectedPixels(s.encoding().mean(from)), window.strip().frame(0, 0).argb());
    Images.assertNearlyEqual(expectedPixels(s.encoding().mean(to)), window.strip().frame(0, 9).argb());
    float[] middle = row.latents().get(3);
    for (int d = 0; d < middle.length; d++) {
      float a = s.encoding().mean(from)[d];
      float b = s.encoding().mean(to)[d];
      assertEquals(a + (b - a) * 3 / 9f, middle[d], 1e-5);
    }
    Images.assertNearlyEqual(expectedPixels(middle), window.strip().frame(0, 3).argb());
  }

  @Test
  void aBrokenModelFolderIsReportedAndTheOldModelKeepsWorking(FxRobot robot) throws Exception {
    waitForModel("fashion-vae-2d");
    Path broken = dir.resolve("broken-model");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("model.json"), "{\"format\": 1, \"model\": ");

    WaitForAsyncUtils.asyncFx(() -> window.open(broken));
    FxWait.until(() -> robot.lookup("#error-banner").queryAs(Label.class).isVisible());

    String message = robot.lookup("#error-banner").queryAs(Label.class).getText();
    assertTrue(message.contains(broken.toString()), message);
    assertTrue(message.contains("not valid model JSON"), message);
    assertEquals("fashion-vae-2d", main().session().name());
    Node thumb = robot.lookup("#slider-main-1").lookup(".thumb").query();
    robot.drag(thumb, MouseButton.PRIMARY).moveBy(-50, 0).release(MouseButton.PRIMARY);
    FxWait.until(() -> !main().decodePendingProperty().get());
    Images.assertSame(expectedPixels(sliderValues()), pane().decodedView().argb());
  }

  @Test
  void textAndNaNAreRefusedWhereANumberGoes(FxRobot robot) throws Exception {
    waitForModel("fashion-vae-2d");
    float[] z = main().z();
    TextField field = robot.lookup("#value-main-0").queryAs(TextField.class);
    String before = field.getText();
    robot.doubleClickOn(field).eraseText(before.length() + 2).write("NaN").type(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertArrayEquals(z, main().z());
    assertEquals(String.format(java.util.Locale.ROOT, "%.3f", z[0]), field.getText());
    robot.doubleClickOn(field).eraseText(12).write("1.25").type(javafx.scene.input.KeyCode.ENTER);
    FxWait.until(() -> !main().decodePendingProperty().get());
    assertEquals(1.25f, main().z()[0]);
    assertEquals(1.25, robot.lookup("#slider-main-0").queryAs(Slider.class).getValue(), 1e-6);
  }

  @Test
  void sliderRangesBelongToTheModelAndAValueOutsideIsShownAsSuch(FxRobot robot) throws Exception {
    waitForModel("fashion-vae-2d");
    WaitForAsyncUtils.asyncFx(() -> window.open(AppHome.models().resolve("fashion-ae-2d")));
    waitForModel("fashion-ae-2d");
    PlotArea area = pane().scatter().plotArea();
    Point2D corner = pane().scatter().localToScreen(area.left() + 6, area.top() + 6);
    robot.clickOn(corner);
    FxWait.until(() -> !main().decodePendingProperty().get() && main().selectedProperty().get() == -1
        && Math.abs(main().z()[0]) > 5);

    WaitForAsyncUtils.asyncFx(() -> window.open(VAE));
    waitForModel("fashion-vae-2d");
    var stats = main().session().statistics();
    for (int d = 0; d < 2; d++) {
      Slider slider = pane().sliders().slider(d);
      assertEquals(stats.mean()[d] - 3 * stats.sd()[d], slider.getMin(), 1e-9);
      assertEquals(stats.mean()[d] + 3 * stats.sd()[d], slider.getMax(), 1e-9);
      assertEquals(main().z()[d], slider.getValue(), 1e-6);
    }
    TextField field = robot.lookup("#value-main-0").queryAs(TextField.class);
    robot.doubleClickOn(field).eraseText(12).write("50").type(javafx.scene.input.KeyCode.ENTER);
    FxWait.until(() -> !main().decodePendingProperty().get() && main().z()[0] == 50f);
    Slider slider = pane().sliders().slider(0);
    assertEquals(stats.mean()[0] + 3 * stats.sd()[0], slider.getMax(), 1e-9, "the range stays");
    assertEquals(slider.getMax(), slider.getValue(), 1e-9, "the knob waits at the end");
    assertEquals("50.000", field.getText());
    assertTrue(field.getStyleClass().contains("out-of-range"));
    Images.assertSame(expectedPixels(main().z()), pane().decodedView().argb());
  }

  @Test
  void tabbingThroughAValueFieldLeavesZAsItWas(FxRobot robot) throws Exception {
    waitForModel("fashion-vae-2d");
    float[] z = {0.123456f, -0.654321f};
    WaitForAsyncUtils.asyncFx(() -> main().setZ(z));
    FxWait.until(() -> !main().decodePendingProperty().get());
    robot.clickOn("#value-main-0").type(javafx.scene.input.KeyCode.TAB)
        .type(javafx.scene.input.KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    assertArrayEquals(z, main().z());
    assertEquals("0.123", robot.lookup("#value-main-0").queryAs(TextField.class).getText());
  }

  @Test
  void comparingAfterAResetShowsEachPanesOwnZ(FxRobot robot) throws Exception {
    waitForModel("fashion-vae-2d");
    int item = isolatedItem();
    float[] xy = main().projection().projection().coordinates();
    robot.clickOn(screenOf(xy[2 * item], xy[2 * item + 1]));
    FxWait.until(() -> main().selectedProperty().get() == item);
    robot.clickOn("#reset-main");
    float[] centre = main().session().statistics().centre();
    FxWait.until(() -> !main().decodePendingProperty().get() && Arrays.equals(centre, main().z()));

    WaitForAsyncUtils.asyncFx(() -> window.compareWith(AppHome.models().resolve("fashion-ae-2d")));
    ModelPaneModel compare = window.model().compare();
    FxWait.until(() -> compare.session() != null && compare.selectedProperty().get() == item
        && !compare.decodePendingProperty().get() && compare.reconstructionProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertArrayEquals(centre, main().z(), "the main pane keeps its reset");
    Images.assertSame(expectedPixels(centre), pane().decodedView().argb());
    float[] aeZ = compare.session().encoding().mean(item);
    assertArrayEquals(aeZ, compare.z());
    ModelPane comparePane = window.comparePane();
    assertArrayEquals(aeZ, comparePane.sliders().values());
    Images.assertSame(
        PixelImages.toArgb(compare.session().engine().decode(aeZ).get(), shape(compare.session())),
        comparePane.decodedView().argb());
    Images.assertSame(comparePane.decodedView().argb(), comparePane.reconstructionView().argb());
  }

  @Test
  void playInTraversalModeMovesZAlongTheTraversal(FxRobot robot) throws Exception {
    waitForModel("fashion-vae-2d");
    float[] start = main().z();
    WaitForAsyncUtils.asyncFx(() -> {
      window.model().strip().traversalDimensionProperty().set(1);
      window.model().strip().modeProperty().set(org.latentexplorer.ui.workspace.strip.StripMode.TRAVERSAL);
    }).get();
    robot.clickOn("#strip-play");
    FxWait.until(() -> main().z()[1] != start[1]);
    float[] moving = main().z();
    assertEquals(start[0], moving[0], "only the traversed dimension moves");
    robot.clickOn("#strip-play");
    FxWait.until(() -> !window.model().strip().player().isPlaying() && !main().decodePendingProperty().get());
    assertArrayEquals(start, main().z(), "stopping puts z back");
    Images.assertSame(expectedPixels(start), pane().decodedView().argb());
  }

  @Test
  void theChoosersShowBothModelsWhenANewWindowOpensTwoAtOnce(FxRobot robot) throws Exception {
    waitForModel("fashion-vae-2d");
    Path outside = Path.of(getClass().getResource("/torchscript/tiny-vae").toURI());
    // As `explore --model A --model B` does: a new window asked for both models at once.
    Stage[] stage = new Stage[1];
    MainWindow second =
        WaitForAsyncUtils.asyncFx(() -> {
              stage[0] = new Stage();
              MainWindow w = new MainWindow();
              stage[0].setScene(new Scene(w.root(), 1300, 860));
              stage[0].show();
              w.open(outside);
              w.compareWith(AppHome.models().resolve("digits-vae-2d"));
              return w;
            }).get();
    try {
      FxWait.until(() -> second.model().main().session() != null
          && second.model().compare().session() != null && second.model().comparingProperty().get());
      Thread.sleep(1000);
      WaitForAsyncUtils.waitForFxEvents();
      assertEquals("tiny-vae", shownIn(second.root(), "#model-chooser"));
      assertEquals("digits-vae-2d", shownIn(second.root(), "#compare-chooser"));
    } finally {
      WaitForAsyncUtils.asyncFx(() -> {
        second.close();
        stage[0].close();
      }).get();
      second.awaitClosed();
    }
  }

  /** The text a chooser shows in its button, as a person reads it. */
  private static String shownIn(javafx.scene.Parent root, String id) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      javafx.scene.control.ComboBox<?> box = (javafx.scene.control.ComboBox<?>) root.lookup(id);
      var skin = (javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin();
      return ((javafx.scene.control.ListCell<?>) skin.getDisplayNode()).getText();
    }).get();
  }

  /** A data item with no other item within 8 pixels, near the middle of the view. */
  private int isolatedItem() {
    return isolated(-1);
  }

  private int farthestIsolatedItemFrom(int from) {
    return isolated(from);
  }

  private int isolated(int awayFrom) {
    PlotArea area = pane().scatter().plotArea();
    float[] xy = main().projection().projection().coordinates();
    int n = xy.length / 2;
    double[] sx = new double[n];
    double[] sy = new double[n];
    for (int i = 0; i < n; i++) {
      sx[i] = area.toScreenX(xy[2 * i]);
      sy[i] = area.toScreenY(xy[2 * i + 1]);
    }
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i += 7) {
      if (!area.contains(sx[i], sy[i]) || Math.hypot(xy[2 * i], xy[2 * i + 1]) > 2.2) {
        continue;
      }
      boolean alone = true;
      for (int j = 0; j < n && alone; j++) {
        alone = j == i || Math.hypot(sx[i] - sx[j], sy[i] - sy[j]) > 8;
      }
      if (!alone) {
        continue;
      }
      double score =
          awayFrom < 0
              ? -Math.hypot(xy[2 * i], xy[2 * i + 1])
              : Math.hypot(sx[i] - sx[awayFrom], sy[i] - sy[awayFrom]);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    assertTrue(best >= 0, "no isolated item found");
    return best;
  }
}
