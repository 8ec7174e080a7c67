package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.analysis.evaluate.EvaluationReport;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.latent.metrics.PathSmoothness;
import org.latentexplorer.ui.evaluate.EvaluationModel;
import org.latentexplorer.ui.evaluate.EvaluationPanel;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.StripRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Evaluate tab run from its button, cancelled, and dropped when the model changes; the strip's smoothness. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class EvaluateViewTest {

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

  private EvaluationModel evaluation() {
    return window.evaluateView().mainModel();
  }

  private void open(String model) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> window.open(AppHome.models().resolve(model)));
    FxWait.until(() -> main().session() != null && main().session().name().equals(model)
        && !main().decodePendingProperty().get());
  }

  @Test
  void theButtonRunsAnEvaluationAndThePanelShowsItsNumbersAndFigures(FxRobot robot) throws Exception {
    open("digits-vae-2d");
    WaitForAsyncUtils.asyncFx(() -> {
      window.showEvaluate();
      evaluation().likelihoodSamplesProperty().set(50);
    }).get();
    robot.clickOn("#evaluate-run-main");
    FxWait.until(() -> evaluation().resultProperty().get() != null && !evaluation().runningProperty().get());
    EvaluationReport r = evaluation().resultProperty().get().evaluation().report();
    assertEquals("digits-vae-2d", r.model());
    assertEquals(50, r.likelihood().samples(), "the K set in the tab is the K used");
    EvaluationPanel panel = (EvaluationPanel) robot.lookup("#evaluate-main").query();
    String likelihood = WaitForAsyncUtils.asyncFx(() -> panel.numbers("likelihood")).get();
    assertTrue(likelihood.contains(String.format(Locale.ROOT, "-log p(x) %.2f ± %.2f nats (standard error)",
        r.likelihood().negativeLogLikelihood(), r.likelihood().standardError())), likelihood);
    String generation = WaitForAsyncUtils.asyncFx(() -> panel.numbers("generation")).get();
    assertTrue(generation.contains(String.format(Locale.ROOT, "prior samples: Fréchet distance %.2f", r.generation().frechetDistance())), generation);
    assertEquals(3, (int) WaitForAsyncUtils.asyncFx(() -> panel.figureCount("reconstruction")).get(), "loss, PSNR, best and worst: no SSIM for 8 x 8");
    assertEquals(2, (int) WaitForAsyncUtils.asyncFx(() -> panel.figureCount("robustness")).get());
    assertEquals(2, (int) WaitForAsyncUtils.asyncFx(() -> panel.figureCount("generation")).get());
    assertFalse(robot.lookup("#evaluate-export-main").query().isDisabled(), "a result can be exported");

    double normal = WaitForAsyncUtils.asyncFx(() -> panel.shownFigureWidth("robustness")).get();
    WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ToggleButton) window.root().lookup("#large-text")).setSelected(true)).get();
    assertEquals(normal * 1.4, WaitForAsyncUtils.asyncFx(() -> panel.shownFigureWidth("robustness")).get(), 1e-9,
        "Large text shows the figures larger, so that their labels grow with the window's text");
  }

  @Test
  void cancellingStopsTheRunAndAnotherModelDropsTheResult(FxRobot robot) throws Exception {
    open("digits-vae-2d");
    WaitForAsyncUtils.asyncFx(() -> {
      window.showEvaluate();
      evaluation().likelihoodSamplesProperty().set(5000);
    }).get();
    robot.clickOn("#evaluate-run-main");
    FxWait.until(() -> evaluation().messageProperty().get().startsWith("log p(x)"));
    robot.clickOn("#evaluate-cancel-main");
    FxWait.until(() -> !evaluation().runningProperty().get());
    assertEquals("Cancelled", evaluation().messageProperty().get());
    assertNull(evaluation().resultProperty().get());

    WaitForAsyncUtils.asyncFx(() -> {
      evaluation().likelihoodSamplesProperty().set(20);
      evaluation().run();
    }).get();
    FxWait.until(() -> evaluation().resultProperty().get() != null);
    EvaluationModel.Result first = WaitForAsyncUtils.asyncFx(() -> evaluation().resultProperty().get()).get();
    open("fashion-vae-2d");
    assertNull(evaluation().resultProperty().get(), "a new model drops the old model's evaluation");
    assertTrue(robot.lookup("#evaluate-export-main").query().isDisabled());

    open("digits-vae-2d");
    WaitForAsyncUtils.asyncFx(() -> evaluation().showOrRun()).get();
    assertSame(first, WaitForAsyncUtils.asyncFx(() -> evaluation().resultProperty().get()).get(),
        "a lesson's request shows the evaluation kept for the same model and settings at once");
    assertFalse(WaitForAsyncUtils.asyncFx(() -> evaluation().runningProperty().get()).get());
    assertTrue(evaluation().messageProperty().get().startsWith("Kept from earlier"), evaluation().messageProperty().get());
    open("fashion-vae-2d");
    open("digits-vae-2d");
    WaitForAsyncUtils.asyncFx(() -> {
      evaluation().likelihoodSamplesProperty().set(21);
      evaluation().showOrRun();
    }).get();
    assertTrue(WaitForAsyncUtils.asyncFx(() -> evaluation().runningProperty().get()).get(), "other settings: measured anew");
    FxWait.until(() -> evaluation().resultProperty().get() != null);
    assertEquals(21, evaluation().resultProperty().get().evaluation().report().likelihood().samples());
  }

  @Test
  void theTwoPanesEvaluationsTakeTurnsSoThatTheyNeverHoldTheirMemoryTogether() throws Exception {
    open("digits-vae-2d");
    WaitForAsyncUtils.asyncFx(() -> window.compareWith(AppHome.models().resolve("mnist-vae-2d")));
    EvaluationModel other = window.evaluateView().compareModel();
    FxWait.until(() -> window.model().compare().session() != null
        && window.model().compare().session().name().equals("mnist-vae-2d"));
    WaitForAsyncUtils.asyncFx(() -> {
      window.showEvaluate();
      evaluation().likelihoodSamplesProperty().set(5000);
      evaluation().run();
      other.likelihoodSamplesProperty().set(20);
      other.run();
    }).get();
    FxWait.until(() -> evaluation().messageProperty().get().startsWith("log p(x)"));
    assertEquals("Waiting for the other model", FxWait.fx(() -> other.messageProperty().get()),
        "the second waits while the first runs");
    assertTrue(FxWait.fx(() -> other.runningProperty().get()));
    WaitForAsyncUtils.asyncFx(() -> evaluation().cancel()).get();
    FxWait.until(() -> other.resultProperty().get() != null);
    assertEquals("mnist-vae-2d", other.resultProperty().get().evaluation().report().model(),
        "and runs once the first has stopped");
    assertNull(evaluation().resultProperty().get());
  }

  @Test
  void theStripShowsTheSmoothnessOfItsOwnFrames() throws Exception {
    open("fashion-vae-2d");
    WaitForAsyncUtils.asyncFx(() -> window.model().strip().interpolateItems(main(), 3, 70)).get();
    FxWait.until(() -> !window.strip().rows().isEmpty() && !window.strip().smoothnessSummaries().isEmpty());
    List<StripRow> rows = WaitForAsyncUtils.asyncFx(() -> window.strip().rows()).get();
    StripRow row = rows.get(0);
    PathSmoothness expected = PathSmoothness.of(row.frames().toArray(float[][]::new), 1, 28, 28);
    assertEquals(row.frames().size() - 1, expected.steps().length);
    // The decoder's sensitivity at each frame's z, as the engine measures those points.
    float[] flat = new float[row.latents().size() * 2];
    for (int i = 0; i < row.latents().size(); i++) {
      System.arraycopy(row.latents().get(i), 0, flat, 2 * i, 2);
    }
    double[] sensitivity =
        org.latentexplorer.engine.SensitivityRequest.start(
                main().session().engine(), flat, row.latents().size(), null, null)
            .get()
            .frobenius();
    org.junit.jupiter.api.Assertions.assertArrayEquals(sensitivity, row.sensitivity(), 1e-9);
    double most = java.util.Arrays.stream(sensitivity).max().getAsDouble();
    String summary = WaitForAsyncUtils.asyncFx(() -> window.strip().smoothnessSummaries().get(0)).get();
    assertEquals(
        String.format(Locale.ROOT,
            "mean SSIM %.3f · max ||J||_F %.3g\nlargest jump: frames %d-%d (SSIM %.3f)",
            expected.mean(), most, expected.lowestAt() + 1,
            expected.lowestAt() + 2, expected.lowest()),
        summary);
  }
}
