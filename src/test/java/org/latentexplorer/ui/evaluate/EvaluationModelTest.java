package org.latentexplorer.ui.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.analysis.evaluate.EvaluationParts;
import org.latentexplorer.analysis.evaluate.EvaluationReport;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.ui.common.status.RecordingStatus;
import org.latentexplorer.ui.common.task.QueuedTaskExecutor;
import org.latentexplorer.ui.common.task.SameThreadTaskExecutor;
import org.latentexplorer.ui.workspace.ViewModels;
import org.latentexplorer.ui.workspace.Workspace;

/** The Evaluate tab's view model without the FX toolkit, on same-thread executors. */
class EvaluationModelTest {

  private final RecordingStatus status = new RecordingStatus();
  private Workspace workspace;

  @AfterEach
  void close() {
    if (workspace != null) {
      workspace.close();
    }
  }

  private EvaluationModel open(Path model) {
    workspace = ViewModels.explorer(new SameThreadTaskExecutor(), status);
    workspace.openMain(model, s -> {});
    assertNotNull(workspace.main().session(), status.errors.toString());
    EvaluationModel m = new EvaluationModel(workspace.main(), workspace.tasks(), workspace.status());
    m.likelihoodImagesProperty().set(20);
    m.likelihoodSamplesProperty().set(50);
    return m;
  }

  /** An evaluation of the digits model started on a queued executor, its answer not yet delivered. */
  private EvaluationModel runningOnDigits(QueuedTaskExecutor tasks) {
    workspace = ViewModels.explorer(tasks, status);
    workspace.openMain(ViewModels.DIGITS_VAE, s -> {});
    tasks.deliverAll();
    EvaluationModel m = new EvaluationModel(workspace.main(), tasks, status);
    m.likelihoodImagesProperty().set(5);
    m.likelihoodSamplesProperty().set(10);
    m.run();
    return m;
  }

  @Test
  void anEvaluationShowsEveryPartAndItsFigures() throws Exception {
    EvaluationModel m = open(ViewModels.DIGITS_VAE);
    m.run();
    EvaluationModel.Result r = m.resultProperty().get();
    assertNotNull(r, status.errors.toString());
    assertFalse(m.runningProperty().get());
    assertTrue(m.messageProperty().get().startsWith("Done in "), m.messageProperty().get());
    EvaluationReport report = r.evaluation().report();
    assertEquals("digits-vae-2d", report.model());
    assertEquals(
        DatasetCatalog.loadSplit("digits", DataOptions.defaults()).heldOut().size(),
        report.heldOutItems());
    assertEquals(20, report.likelihood().items());
    assertEquals(50, report.likelihood().samples());
    assertNotNull(report.generation(), "the digits classifier lies beside the model");
    assertNull(report.disentanglement(), "the digits have no known factors");
    assertNull(report.smoothness(), "8 x 8 images are too small for SSIM");
    assertEquals(r.figures().size(), r.images().size());
    assertTrue(r.figures().stream().anyMatch(f -> f.file().equals("likelihood.png")));
    for (var part : EvaluationParts.ALL) {
      assertFalse(part.text(report).isBlank(), part.name() + " says something");
    }
  }

  @Test
  void aResultForAModelNoLongerShownIsDropped() {
    QueuedTaskExecutor tasks = new QueuedTaskExecutor();
    EvaluationModel m = runningOnDigits(tasks);
    assertTrue(m.runningProperty().get());
    workspace.openMain(ViewModels.VAE, s -> {});
    tasks.deliverNewestFirst();
    tasks.deliverAll();
    assertEquals("fashion-vae-2d", workspace.main().session().name());
    assertNull(m.resultProperty().get(), "the digits' evaluation is not shown for the new model");
    assertFalse(m.runningProperty().get());
    assertEquals("", m.messageProperty().get());
  }

  @Test
  void cancellingEndsTheRunAndSaysSo() {
    QueuedTaskExecutor tasks = new QueuedTaskExecutor();
    EvaluationModel m = runningOnDigits(tasks);
    m.cancel();
    assertFalse(m.runningProperty().get());
    assertEquals("Cancelled", m.messageProperty().get());
    tasks.deliverAll();
    assertNull(m.resultProperty().get(), "what the cancelled run found is not shown");
    assertEquals("Cancelled", m.messageProperty().get());
  }

  @Test
  void exportWritesTheFilesAndRefusesTheInstallation(@TempDir Path out) throws Exception {
    EvaluationModel m = open(ViewModels.DIGITS_VAE);
    m.run();
    m.export(out.resolve("evaluation"));
    assertTrue(Files.isRegularFile(out.resolve("evaluation/evaluation.json")), status.errors.toString());
    assertTrue(Files.isRegularFile(out.resolve("evaluation/report.md")));
    List<String> before;
    try (var files = Files.list(AppHome.models())) {
      before = files.map(Path::toString).sorted().toList();
    }
    m.export(AppHome.models().resolve("evaluation"));
    assertEquals(1, status.errors.size(), status.errors.toString());
    assertTrue(status.errors.get(0).startsWith("Cannot write to "), status.errors.get(0));
    try (var files = Files.list(AppHome.models())) {
      assertEquals(before, files.map(Path::toString).sorted().toList());
    }
  }
}
