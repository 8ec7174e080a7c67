package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.EmbeddingProjection;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.embedding.EmbeddingMethods;
import org.latentexplorer.ui.analyse.Card;
import org.latentexplorer.ui.analyse.CoverageCard;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.common.scatter.PlotArea;
import org.latentexplorer.ui.explore.ModelPane;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.projection.ProjectionModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Projections in the scatter, and the Analyse tab's prior coverage and manifold grid. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class AnalysisViewTest {

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1300, 860));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
    window.awaitClosed();
  }

  private ModelPaneModel main() {
    return window.model().main();
  }

  private void open(String model) throws Exception {
    open(AppHome.models().resolve(model));
  }

  private void open(Path folder) throws Exception {
    String model = folder.getFileName().toString();
    WaitForAsyncUtils.asyncFx(() -> window.open(folder));
    FxWait.until(() -> main().session() != null && main().session().name().equals(model)
        && !main().decodePendingProperty().get());
    FxWait.steady(() -> {
      window.root().applyCss();
      window.root().layout();
      return window.mainPane().scatter().plotArea();
    });
  }

  private Point2D screenOfItem(int item) {
    ModelPane pane = window.mainPane();
    float[] xy = main().projection().projection().coordinates();
    PlotArea area = pane.scatter().plotArea();
    return pane.scatter().localToScreen(area.toScreenX(xy[2 * item]), area.toScreenY(xy[2 * item + 1]));
  }

  /**
   * Clicks where an item is drawn; whichever item the click picks, z becomes that item's own
   * encoding and the image its decode.
   */
  private void clickDecodesTheTrueLatentOfAProjectedItem(FxRobot robot) throws Exception {
    int target = 1234;
    Point2D where = WaitForAsyncUtils.asyncFx(() -> screenOfItem(target)).get();
    robot.clickOn(where);
    FxWait.until(() -> main().selectedProperty().get() >= 0 && !main().decodePendingProperty().get());
    int item = main().selectedProperty().get();
    assertTrue(WaitForAsyncUtils.asyncFx(() -> screenOfItem(item).distance(where)).get() <= 7,
        "the picked item is drawn under the pointer");
    ModelSession s = main().session();
    float[] mean = s.encoding().mean(item);
    assertArrayEquals(mean, main().z());
    Images.assertSame(
        PixelImages.toArgb(s.engine().decode(mean).get(), s.description().model().input()),
        window.mainPane().decodedView().argb());
  }

  @Test
  void anyTwoPcaAxesAndAClickStillDecodesTheTrueLatentPoint(FxRobot robot) throws Exception {
    open("fashion-conv-vae-16d");
    FxWait.until(() -> main().projection().pcaProperty().get() != null);
    WaitForAsyncUtils.asyncFx(() -> main().projection().showPca(0, 8));
    FxWait.until(() -> main().projection().projection() instanceof PcaProjection);
    Projection p = main().projection().projection();
    assertEquals("PCA 1 / 9", p.name());
    float[] z = main().session().encoding().mean(42);
    assertEquals(p.coordinates()[84], p.place(z)[0], 1e-4);
    assertEquals(p.coordinates()[85], p.place(z)[1], 1e-4);
    clickDecodesTheTrueLatentOfAProjectedItem(robot);
  }

  @Test
  void tsneShowsItsEmbeddingWhileItRunsAndTheWindowKeepsWorking(FxRobot robot) throws Exception {
    open("fashion-conv-vae-16d");
    ProjectionModel analysis = main().projection();
    WaitForAsyncUtils.asyncFx(() -> analysis.show(EmbeddingMethods.TSNE));
    FxWait.until(() -> main().projection().projection() instanceof EmbeddingProjection);
    assertTrue(WaitForAsyncUtils.asyncFx(() -> analysis.runningProperty(EmbeddingMethods.TSNE).get()).get(),
        "the embedding is shown before t-SNE has finished");
    float[] first = main().projection().projection().coordinates().clone();

    // The window keeps decoding while t-SNE runs.
    Node thumb = robot.lookup("#slider-main-3").lookup(".thumb").query();
    robot.drag(thumb, MouseButton.PRIMARY).moveBy(30, 0).release(MouseButton.PRIMARY);
    FxWait.until(() -> !main().decodePendingProperty().get());
    ModelSession s = main().session();
    Images.assertSame(
        PixelImages.toArgb(s.engine().decode(main().z()).get(), s.description().model().input()),
        window.mainPane().decodedView().argb());

    FxWait.until(() -> !java.util.Arrays.equals(first, main().projection().projection().coordinates()));
    WaitForAsyncUtils.asyncFx(() -> analysis.cancel(EmbeddingMethods.TSNE));
    FxWait.until(() -> !analysis.runningProperty(EmbeddingMethods.TSNE).get());
    assertTrue(main().projection().projection() instanceof EmbeddingProjection,
        "a cancelled t-SNE keeps the embedding it reached");
    clickDecodesTheTrueLatentOfAProjectedItem(robot);
  }

  @Test
  void priorSamplesShowOnTheScatterAndAManifoldGridLiesUnderIt(FxRobot robot) throws Exception {
    open("fashion-vae-2d");
    WaitForAsyncUtils.asyncFx(() -> window.showAnalysis(true));
    FxWait.until(() -> window.analysisView().mainPanel().coverage() != null);
    assertEquals(2000, window.analysisView().mainPanel().coverage().count());
    assertFalse(robot.lookup("#analysis-main").tryQuery().isEmpty());

    WaitForAsyncUtils.asyncFx(() -> main().analysis().showCoverageProperty().set(true));
    // The grid covers the view at the moment of the click; the view may change afterwards (the
    // card's figure arriving can re-lay the window out), so the view is read with the click.
    var view =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  robot.lookup("#manifold-under-main").queryAs(javafx.scene.control.CheckBox.class).fire();
                  robot.lookup("#manifold-run-main").queryAs(javafx.scene.control.Button.class).fire();
                  return window.mainPane().scatter().window();
                })
            .get();
    FxWait.until(() -> main().analysis().manifoldProperty().get() != null);
    // Square cells: 20 along the view's shorter side, proportionally more along the longer.
    assertTrue(main().analysis().manifoldUnderProperty().get());
    var grid = main().analysis().manifoldProperty().get();
    int shorter = Math.min(grid.columns(), grid.rows());
    int longer = Math.max(grid.columns(), grid.rows());
    assertEquals(20, shorter);
    double aspect = Math.max(view.width(), view.height()) / Math.min(view.width(), view.height());
    assertEquals(Math.round(20 * aspect), longer);
    assertEquals(grid.columns() * grid.rows(), grid.tiles().size());
    // The first tile decodes the centre of the top-left cell of the scatter's view.
    var tile = grid.tiles().get(0);
    assertEquals(view.xMin() + view.width() / grid.columns() / 2, tile.x(), 1e-6);
    assertEquals(view.yMax() - view.height() / grid.rows() / 2, tile.y(), 1e-6);
    float[] expected =
        main().session().engine().decode(new float[] {(float) tile.x(), (float) tile.y()}).get();
    assertArrayEquals(expected, tile.pixels(), 1e-6f);
  }

  @Test
  void aSensitivityMapLiesUnderTheScatterWithTheJacobianOfEachCell(FxRobot robot) throws Exception {
    open("fashion-vae-2d");
    WaitForAsyncUtils.asyncFx(() -> window.showAnalysis(true));
    FxWait.until(() -> !robot.lookup("#sensitivity-run-main").tryQuery().isEmpty());
    var view =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  robot.lookup("#sensitivity-run-main").queryAs(javafx.scene.control.Button.class).fire();
                  return window.mainPane().scatter().window();
                })
            .get();
    FxWait.until(() -> main().analysis().sensitivityProperty().get() != null);
    var map = main().analysis().sensitivityProperty().get().map();
    assertEquals(64, Math.min(map.columns(), map.rows()), "64 cells along the view's shorter side");
    // Each cell holds the Jacobian at its centre, row by row from the top-left, as the engine
    // computes it for those points (in the same batches, so to the last bit).
    int cells = map.columns() * map.rows();
    float[] z = new float[2 * cells];
    for (int r = 0; r < map.rows(); r++) {
      for (int c = 0; c < map.columns(); c++) {
        z[2 * (r * map.columns() + c)] = (float) (view.xMin() + (c + 0.5) * view.width() / map.columns());
        z[2 * (r * map.columns() + c) + 1] = (float) (view.yMax() - (r + 0.5) * view.height() / map.rows());
      }
    }
    var direct =
        org.latentexplorer.engine.SensitivityRequest.start(main().session().engine(), z, cells, null, null).get();
    assertArrayEquals(direct.frobenius(), map.values().frobenius(), 0.0);
    assertArrayEquals(direct.logMagnification(), map.values().logMagnification(), 0.0);
    FxWait.until(() -> window.mainPane().scatter().underlays().size() == 1);
    var underlay = window.mainPane().scatter().underlays().get(0);
    assertEquals(map.columns() * map.rows(), underlay.argb().length);
    assertArrayEquals(map.argb(org.latentexplorer.analysis.SensitivityMap.Measure.FROBENIUS), underlay.argb());
    // Its colour bar under the scatter: the unit and the map's own lowest and highest values.
    double[] frobenius = direct.frobenius();
    assertColourBar(
        robot, "||J||_F",
        java.util.Arrays.stream(frobenius).min().getAsDouble(),
        java.util.Arrays.stream(frobenius).max().getAsDouble());
    WaitForAsyncUtils.asyncFx(
            () ->
                main().analysis().sensitivityMeasureProperty()
                    .set(org.latentexplorer.analysis.SensitivityMap.Measure.MAGNIFICATION))
        .get();
    FxWait.until(
        () ->
            java.util.Arrays.equals(
                map.argb(org.latentexplorer.analysis.SensitivityMap.Measure.MAGNIFICATION),
                window.mainPane().scatter().underlays().get(0).argb()));
    double[] logMagnification = direct.logMagnification();
    assertColourBar(
        robot, org.latentexplorer.analysis.SensitivityMap.Measure.MAGNIFICATION.unit(),
        java.util.Arrays.stream(logMagnification).min().getAsDouble() / Math.log(10),
        java.util.Arrays.stream(logMagnification).max().getAsDouble() / Math.log(10));
    WaitForAsyncUtils.asyncFx(() -> main().analysis().sensitivityUnderProperty().set(false)).get();
    FxWait.until(() -> window.mainPane().scatter().underlays().isEmpty());
    assertFalse(robot.lookup("#sensitivity-bar-main").query().isVisible(), "no map, no colour bar");

    // Beside the decoded image: the sensitivity at the z shown, as the engine measures it there.
    var atZ =
        org.latentexplorer.engine.SensitivityRequest.start(main().session().engine(), main().z(), 1, null, null).get();
    String expected = String.format(java.util.Locale.ROOT, "decode(z) · ||J||_F %.3g", atZ.frobenius()[0]);
    var title = robot.lookup("#z-sensitivity-main").queryAs(javafx.scene.control.Label.class);
    FxWait.until(() -> expected.equals(title.getText()));
    assertTrue(
        title.getTooltip().getText().endsWith(
            String.format(
                java.util.Locale.ROOT, "log10 magnification factor sqrt(det(JᵀJ)) %.3f",
                atZ.logMagnification()[0] / Math.log(10))),
        title.getTooltip().getText());
  }

  private static void assertColourBar(FxRobot robot, String unit, double low, double high)
      throws Exception {
    String lowText = String.format(java.util.Locale.ROOT, "%.3g", low);
    String highText = String.format(java.util.Locale.ROOT, "%.3g", high);
    FxWait.until(
        () ->
            robot.lookup("#sensitivity-bar-main").query().isVisible()
                && (unit + ":").equals(label(robot, "#sensitivity-bar-main-unit"))
                && lowText.equals(label(robot, "#sensitivity-bar-main-low"))
                && highText.equals(label(robot, "#sensitivity-bar-main-high")));
  }

  private static String label(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
  }

  @Test
  void priorCoverageOfASixtyFourDimensionalModelAfterAnotherModelDrawsOnce(
      FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path folder = dir.resolve("vae-64d");
    new org.latentexplorer.train.AutoencoderTrainer(
            org.latentexplorer.train.TinyModels.fashion(600, 200),
            new org.latentexplorer.train.TrainingObserver() {}, () -> false)
        .train(
            org.latentexplorer.train.TinyModels.options(
                folder, org.latentexplorer.model.ModelKind.VAE,
                org.latentexplorer.model.Architecture.MLP, 64, java.util.List.of(64), 1));
    open("fashion-vae-2d");
    WaitForAsyncUtils.asyncFx(() -> window.showAnalysis(true));
    FxWait.until(() -> window.analysisView().mainPanel().coverage() != null);
    var firstCards = WaitForAsyncUtils.asyncFx(() -> window.analysisView().mainPanel().cards()).get();

    open(folder);
    FxWait.until(() -> window.analysisView().mainPanel().coverage() != null
        && window.analysisView().mainPanel().coverage().dims() == 64);
    assertTrue(firstCards.stream().allMatch(Card::isDisposed), "the first model's cards are gone");
    CoverageCard card = WaitForAsyncUtils.asyncFx(() -> window.analysisView().mainPanel().cards().stream()
        .filter(c -> c instanceof CoverageCard).map(c -> (CoverageCard) c).findFirst().orElseThrow()).get();
    FxWait.until(() -> card.figuresShown() == 1);
    var before = window.analysisView().mainPanel().coverage();
    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#coverage-run-main").queryAs(javafx.scene.control.Button.class).fire());
    FxWait.until(() -> window.analysisView().mainPanel().coverage() != before && card.figuresShown() == 2);
    Thread.sleep(500);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(2, (int) WaitForAsyncUtils.asyncFx(card::figuresShown).get(), "one new result, drawn once");
    assertEquals("", window.model().errorProperty().get());
    assertEquals(3, (int) WaitForAsyncUtils.asyncFx(card::figureCount).get());
  }

  private Card samplesCard(org.latentexplorer.ui.analyse.AnalysisPanel panel) {
    return panel.cards().stream().filter(c -> c.getClass().getSimpleName().equals("SamplesCard")).findFirst().orElse(null);
  }

  /** The distinct colours of an image. */
  private static int colours(javafx.scene.image.Image image) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    var reader = image.getPixelReader();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        seen.add(reader.getArgb(x, y));
      }
    }
    return seen.size();
  }

  @Test
  void bothModelsSamplesShowDrawnPixelsWhenEitherCardOrALessonAsksForThem(FxRobot robot) throws Exception {
    open("fashion-vae-2d");
    FxWait.run(() -> window.compareWith(AppHome.models().resolve("fashion-ae-2d")));
    FxWait.until(() -> window.model().comparingProperty().get() && window.model().compare().session() != null);
    FxWait.run(() -> window.showTab(1));
    var view = window.analysisView();
    FxWait.until(() -> samplesCard(view.mainPanel()) != null && samplesCard(view.mainPanel()).figureCount() == 1
        && samplesCard(view.comparePanel()) != null && samplesCard(view.comparePanel()).figureCount() == 1);
    assertTrue(FxWait.fx(() -> colours(samplesCard(view.mainPanel()).figure(0))) > 20, "the decoder's mean: many greys");
    int mainShown = FxWait.fx(() -> samplesCard(view.mainPanel()).figuresShown());
    int compareShown = FxWait.fx(() -> samplesCard(view.comparePanel()).figuresShown());
    FxWait.run(() -> robot.lookup("#samples-mode-compare").queryAs(javafx.scene.control.ChoiceBox.class)
        .setValue("sampled pixels"));
    FxWait.until(() -> samplesCard(view.mainPanel()).figuresShown() > mainShown
        && samplesCard(view.comparePanel()).figuresShown() > compareShown);
    assertEquals("sampled pixels", FxWait.fx(() -> robot.lookup("#samples-mode-main")
        .queryAs(javafx.scene.control.ChoiceBox.class).getValue()));
    assertTrue(FxWait.fx(() -> view.sampledPixelsProperty().get()));
    assertEquals(2, (int) FxWait.fx(() -> colours(samplesCard(view.mainPanel()).figure(0))),
        "drawn pixels are black or white on white");
    assertEquals(2, (int) FxWait.fx(() -> colours(samplesCard(view.comparePanel()).figure(0))));
    FxWait.run(() -> view.sampledPixelsProperty().set(false));
    assertEquals("decoder mean", FxWait.fx(() -> robot.lookup("#samples-mode-compare")
        .queryAs(javafx.scene.control.ChoiceBox.class).getValue()));
  }

  @Test
  void theDirectionsCardShowsTheVectorBetweenTwoClassesAsTheCommandComputesIt(FxRobot robot) throws Exception {
    open("fashion-vae-2d");
    FxWait.run(() -> window.showTab(1));
    var panel = window.analysisView().mainPanel();
    FxWait.until(() -> panel.cards().stream().anyMatch(c -> c.getClass().getSimpleName().equals("DirectionsCard")));
    Card card = FxWait.fx(() -> panel.cards().stream()
        .filter(c -> c.getClass().getSimpleName().equals("DirectionsCard")).findFirst().orElseThrow());
    @SuppressWarnings("unchecked")
    javafx.scene.control.ComboBox<String> from = robot.lookup("#directions-from-main").queryAs(javafx.scene.control.ComboBox.class);
    @SuppressWarnings("unchecked")
    javafx.scene.control.ComboBox<String> to = robot.lookup("#directions-to-main").queryAs(javafx.scene.control.ComboBox.class);
    FxWait.run(() -> {
      from.setValue("Dress");
      to.setValue("Dress");
      robot.lookup("#directions-run-main").queryAs(javafx.scene.control.Button.class).fire();
    });
    assertEquals("Choose two different groups.", FxWait.fx(card::numbersShown));
    FxWait.run(() -> {
      from.setValue("Trouser");
      robot.lookup("#directions-run-main").queryAs(javafx.scene.control.Button.class).fire();
    });
    FxWait.until(() -> card.figureCount() == 2);
    org.latentexplorer.analysis.directions.DirectionStudy expected;
    try (ModelSession s = ModelSession.open(AppHome.models().resolve("fashion-vae-2d"), org.latentexplorer.engine.ProgressSink.none())) {
      expected = org.latentexplorer.analysis.directions.DirectionStudy.run(
          s, new org.latentexplorer.analysis.directions.DirectionStudy.Request(
              java.util.List.of("Trouser"), java.util.List.of("Dress"), null, 9, 0.5, java.util.List.of(), null));
    }
    assertEquals(String.format(java.util.Locale.ROOT,
        "Trouser → Dress: length %.3g; 1,000 and 1,000 items; AUC of the position %.3f; most along %s",
        expected.vector().length(), expected.auc(), expected.vector().mainAxis()), FxWait.fx(card::numbersShown));
    java.awt.image.BufferedImage walk = org.latentexplorer.analysis.directions.DirectionFigures.walk(expected);
    assertEquals(walk.getWidth(), (double) FxWait.fx(() -> card.figure(1).getWidth()), 0);
    assertEquals(walk.getHeight(), (double) FxWait.fx(() -> card.figure(1).getHeight()), 0);
  }
}
