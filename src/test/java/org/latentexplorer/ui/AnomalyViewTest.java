package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.analysis.anomaly.AnomalyResult;
import org.latentexplorer.analysis.anomaly.AnomalyScoring;
import org.latentexplorer.analysis.anomaly.LeaveOutTable;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.ClassSelection;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.TrainingObserver;
import org.latentexplorer.train.TrainingOptions;
import org.latentexplorer.ui.anomaly.AnomalyModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Anomaly tab on an AE and a VAE of the digits trained without the ones. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class AnomalyViewTest {

  @TempDir static Path dir;
  private static Path ae;
  private static Path vae;
  private MainWindow window;

  @BeforeAll
  static void trainWithoutTheOnes() throws Exception {
    DataSplit split = DatasetCatalog.loadSplit("digits", new DataOptions(8, 0));
    DataSplit normal = split.withoutClasses(ClassSelection.labels(split.train(), List.of("1"), "test"));
    ae = dir.resolve("ae-no1");
    vae = dir.resolve("vae-no1");
    for (ModelKind kind : ModelKind.values()) {
      new AutoencoderTrainer(normal, new TrainingObserver() {}, () -> false)
          .train(
              TrainingOptions.builder("digits", kind == ModelKind.AE ? ae : vae)
                  .kind(kind).latentSize(4).hidden(List.of(32)).epochs(3).batchSize(64)
                  .useGpu(false).command("test").build());
    }
  }

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

  private AnomalyModel anomaly() {
    return window.anomalyView().model();
  }

  private void openBoth() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> window.open(ae));
    FxWait.until(() -> window.model().main().session() != null && !window.model().main().decodePendingProperty().get());
    WaitForAsyncUtils.asyncFx(() -> window.compareWith(vae));
    FxWait.until(() -> window.model().compare().session() != null && window.model().comparingProperty().get());
    WaitForAsyncUtils.asyncFx(() -> window.showAnomaly()).get();
  }

  @Test
  void scoresBothModelsAndShowsTheRankingTheThresholdAndTheNotes(FxRobot robot) throws Exception {
    openBoth();
    assertEquals(List.of("1"), WaitForAsyncUtils.asyncFx(() -> List.copyOf(anomaly().anomalous())).get(),
        "the class the model was trained without is the anomaly at first");
    assertTrue(((CheckBox) robot.lookup("#anomaly-class-1").query()).isSelected());
    WaitForAsyncUtils.asyncFx(() -> anomaly().samplesProperty().set(10)).get();
    robot.clickOn("#anomaly-run");
    FxWait.until(() -> anomaly().resultProperty().get() != null && anomaly().histogramProperty().get() != null);
    AnomalyResult r = anomaly().resultProperty().get().scores();
    assertEquals(
        List.of("ae-no1.reconstruction_error", "vae-no1.reconstruction_error", "vae-no1.neg_elbo",
            "vae-no1.neg_log_px", "vae-no1.latent_nll"),
        r.columns().stream().map(AnomalyResult.Column::name).toList());
    DataSplit split = DatasetCatalog.loadSplit("digits", new DataOptions(8, 0));
    assertEquals(split.heldOut().size(), r.count(), "every held-out item, the ones included");
    assertEquals(IntStream.of(split.heldOut().labels()).filter(l -> l == 1).count(), r.anomalousCount());

    // the reconstruction error is the mean squared error of the engine's own reconstruction of the item
    try (LatentEngine engine = LatentEngine.open(ae)) {
      for (int i : new int[] {0, 17, r.count() - 1}) {
        float[] x = split.heldOut().image(i);
        float[] y = engine.reconstruct(x).get();
        double mse = 0;
        for (int p = 0; p < x.length; p++) {
          mse += ((double) x[p] - y[p]) * ((double) x[p] - y[p]);
        }
        assertEquals(mse / x.length, r.column("ae-no1.reconstruction_error").values()[i], 1e-6, "item " + i);
      }
    }

    // the 16 most anomalous items shown are the 16 highest scores of the chosen column
    AnomalyResult.Column first = r.columns().get(0);
    List<Integer> expected = IntStream.range(0, r.count()).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -first.values()[i]).thenComparingInt(i -> i))
        .limit(16).toList();
    assertEquals(expected, WaitForAsyncUtils.asyncFx(() -> window.anomalyView().mostAnomalousShown()).get());

    // a threshold gives the counts of the confusion matrix and the items nearest it
    AnomalyResult.Column elbo = r.column("vae-no1.neg_elbo");
    double[] sorted = elbo.values().clone();
    Arrays.sort(sorted);
    double t = sorted[sorted.length * 3 / 4];
    WaitForAsyncUtils.asyncFx(() -> {
      anomaly().columnProperty().set(elbo.name());
      anomaly().thresholdProperty().set(t);
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
    boolean[] a = r.anomalous();
    int tp = 0;
    int fp = 0;
    for (int i = 0; i < r.count(); i++) {
      if (elbo.values()[i] >= t) {
        tp += a[i] ? 1 : 0;
        fp += a[i] ? 0 : 1;
      }
    }
    assertEquals(Integer.toString(tp), ((Label) robot.lookup("#anomaly-confusion-1-1").query()).getText());
    assertEquals(Integer.toString(fp), ((Label) robot.lookup("#anomaly-confusion-2-1").query()).getText());
    int nearest = IntStream.range(0, r.count()).boxed()
        .min(Comparator.comparingDouble((Integer i) -> Math.abs(elbo.values()[i] - t)).thenComparingInt(i -> i)).get();
    assertEquals(nearest, WaitForAsyncUtils.asyncFx(() -> window.anomalyView().nearestShown().get(0)).get());
    FxWait.until(() -> anomaly().histogramProperty().get().threshold() == t
        && anomaly().histogramProperty().get().column().equals(elbo.name()));

    // a score below 0.5 is named in the note, as it is
    List<String> notes = WaitForAsyncUtils.asyncFx(() -> window.anomalyView().notes()).get();
    assertEquals(r.notes(), notes);
    for (AnomalyResult.Column c : r.columns()) {
      boolean named = !notes.isEmpty() && notes.get(0).contains(c.name() + " (");
      assertEquals(r.auc(c) < 0.5, named, c.name() + " AUC " + r.auc(c) + ": " + notes);
    }
    assertTrue(AnomalyScoring.describe("neg_log_px", 10).contains("K = 10"));
  }

  @Test
  void anotherModelDropsTheScoresAndNoClassMeansNoRun(FxRobot robot) throws Exception {
    openBoth();
    WaitForAsyncUtils.asyncFx(() -> {
      anomaly().samplesProperty().set(5);
      anomaly().run();
    }).get();
    FxWait.until(() -> anomaly().resultProperty().get() != null);
    WaitForAsyncUtils.asyncFx(() -> window.open(vae));
    FxWait.until(() -> window.model().main().session() != null
        && window.model().main().session().folder().equals(vae));
    assertNull(anomaly().resultProperty().get(), "a new model drops the old scores");
    robot.clickOn("#anomaly-class-1");
    assertTrue(WaitForAsyncUtils.asyncFx(() -> anomaly().anomalous().isEmpty()).get());
    robot.clickOn("#anomaly-run");
    assertFalse(anomaly().runningProperty().get());
    assertTrue(anomaly().messageProperty().get().startsWith("Choose the classes"), anomaly().messageProperty().get());
  }

  @Test
  void aLessonStepShowsTheScoringKeptForTheSameModelsClassesAndK() throws Exception {
    openBoth();
    AnomalyModel.Result first = showOrRunWith(5);

    openAnotherAndBack();
    assertNull(anomaly().resultProperty().get(), "a model change drops what was shown");
    WaitForAsyncUtils.asyncFx(() -> anomaly().showOrRun()).get();
    assertSame(first, anomaly().resultProperty().get(), "the same models, classes and K: the kept scoring");
    assertFalse(anomaly().runningProperty().get());
    assertEquals("Kept from earlier (took " + String.format(java.util.Locale.ROOT, "%.1f", first.scores().seconds())
        + " s); Score measures again", anomaly().messageProperty().get());
    assertEquals(first.scores().columns().get(0).name(), anomaly().columnProperty().get());

    // another K is another scoring
    openAnotherAndBack();
    assertNotSame(first, showOrRunWith(6));
    assertTrue(anomaly().messageProperty().get().contains("done in"), anomaly().messageProperty().get());
  }

  /** A lesson's anomaly step with K = {@code k}; what it shows once done. */
  private AnomalyModel.Result showOrRunWith(int k) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      anomaly().samplesProperty().set(k);
      anomaly().showOrRun();
    }).get();
    FxWait.until(() -> anomaly().resultProperty().get() != null && !anomaly().runningProperty().get());
    return anomaly().resultProperty().get();
  }

  /** Opens the VAE as the main model, then the AE again (the VAE still compared). */
  private void openAnotherAndBack() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> window.open(vae));
    FxWait.until(() -> window.model().main().session() != null
        && window.model().main().session().folder().equals(vae) && anomaly().resultProperty().get() == null);
    WaitForAsyncUtils.asyncFx(() -> window.open(ae));
    FxWait.until(() -> window.model().main().session() != null
        && window.model().main().session().folder().equals(ae) && window.model().compare().session() != null);
  }

  @Test
  void theBundledLeaveOutAllTableIsShownForMnist() throws Exception {
    LeaveOutTable expected =
        LeaveOutTable.read(AppHome.models().resolve("mnist-leave-out-all").resolve(LeaveOutTable.FILE));
    WaitForAsyncUtils.asyncFx(() -> window.open(AppHome.models().resolve("mnist-vae-2d")));
    FxWait.until(() -> anomaly().tableProperty().get() != null);
    WaitForAsyncUtils.asyncFx(() -> window.showAnomaly()).get();
    assertEquals("mnist", anomaly().tableProperty().get().data());
    for (int row : new int[] {0, 1, 9}) {
      for (int column = 0; column < expected.columns().size(); column++) {
        int r = row;
        int c = column;
        assertEquals(
            String.format(java.util.Locale.ROOT, "%.3f", expected.rows().get(row).auc().get(column)),
            WaitForAsyncUtils.asyncFx(() -> window.anomalyView().tableCell(r, c)).get());
      }
    }
    assertTrue(WaitForAsyncUtils.asyncFx(() -> anomaly().anomalous().isEmpty()).get(),
        "a model trained on every digit has no anomalous class at first");
  }
}
