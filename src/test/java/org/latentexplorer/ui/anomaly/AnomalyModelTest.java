package org.latentexplorer.ui.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentexplorer.analysis.anomaly.AnomalyResult;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.ui.common.status.RecordingStatus;
import org.latentexplorer.ui.common.task.SameThreadTaskExecutor;
import org.latentexplorer.ui.workspace.ViewModels;
import org.latentexplorer.ui.workspace.Workspace;

/** The Anomaly tab's view model without the FX toolkit, on the bundled MNIST models without the ones. */
class AnomalyModelTest {

  private final RecordingStatus status = new RecordingStatus();
  private Workspace workspace;

  @AfterEach
  void close() {
    if (workspace != null) {
      workspace.close();
    }
  }

  private AnomalyModel open() {
    workspace = ViewModels.explorer(new SameThreadTaskExecutor(), status);
    workspace.openMain(ViewModels.MNIST_AE_WITHOUT_1, s -> {});
    assertNotNull(workspace.main().session(), status.errors.toString());
    AnomalyModel m = new AnomalyModel(workspace);
    m.samplesProperty().set(10);
    return m;
  }

  @Test
  void theLeftOutClassIsTheAnomalyAndBothModelsAreScored() throws Exception {
    AnomalyModel m = open();
    assertEquals(List.of("1"), List.copyOf(m.anomalous()), "the class the model was trained without");
    assertNotNull(m.tableProperty().get(), "the bundled leave-out-all table for mnist is found");
    workspace.openCompare(ViewModels.MNIST_VAE_WITHOUT_1, () -> {});
    assertTrue(workspace.comparingProperty().get(), status.errors.toString());
    assertEquals(2, m.sessions().size());
    m.run();
    AnomalyModel.Result r = m.resultProperty().get();
    assertNotNull(r, status.errors.toString());
    AnomalyResult scores = r.scores();
    assertEquals(
        List.of("mnist-ae-16d-without-1.reconstruction_error",
            "mnist-vae-16d-without-1.reconstruction_error", "mnist-vae-16d-without-1.neg_elbo",
            "mnist-vae-16d-without-1.neg_log_px", "mnist-vae-16d-without-1.latent_nll"),
        scores.columns().stream().map(AnomalyResult.Column::name).toList());
    assertEquals(
        DatasetCatalog.loadSplit("mnist", DataOptions.defaults()).heldOut().size(), scores.count(),
        "every held-out item is scored");

    // the first column is chosen, with its median as the threshold and its histogram drawn
    AnomalyResult.Column first = scores.columns().get(0);
    assertEquals(first.name(), m.columnProperty().get());
    double[] sorted = first.values().clone();
    Arrays.sort(sorted);
    assertEquals(sorted[sorted.length / 2], m.thresholdProperty().get());
    assertEquals(first.name(), m.histogramProperty().get().column());

    // another column and threshold: the histogram answers them
    m.columnProperty().set("mnist-vae-16d-without-1.neg_elbo");
    m.thresholdProperty().set(150);
    assertEquals("mnist-vae-16d-without-1.neg_elbo", m.histogramProperty().get().column());
    assertEquals(150, m.histogramProperty().get().threshold());

    // leaving the comparison drops the result: it was of both models
    workspace.stopComparing();
    assertNull(m.resultProperty().get());
    assertNull(m.histogramProperty().get());
  }

  @Test
  void withoutAnomalousClassesItAsksForThemFirst() {
    AnomalyModel m = open();
    m.anomalous().clear();
    m.run();
    assertNull(m.resultProperty().get());
    assertEquals("Choose the classes that count as anomalous first.", m.messageProperty().get());
  }
}
