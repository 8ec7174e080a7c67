package org.latentexplorer.analysis.anomaly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.ModelKind;

class AnomalyResultTest {

  /** Five items of classes 0, 1, 2, 1, 0; class 1 anomalous; one AE and one VAE score. */
  private static AnomalyResult result() {
    ScoredModel ae =
        new ScoredModel(
            "ae", ModelKind.AE, List.of("1"), new float[5],
            List.of(new ScoredModel.Score("reconstruction_error", new double[] {0.1, 0.9, 0.3, 0.7, 0.3})));
    ScoredModel vae =
        new ScoredModel(
            "vae", ModelKind.VAE, List.of(), new float[5],
            List.of(new ScoredModel.Score("neg_elbo", new double[] {5, 1, 4, 2, 3})));
    return new AnomalyResult(
        "d", new InputShape(1, 1, 1), new float[5], new int[] {0, 1, 2, 1, 0}, List.of("0", "1", "2"),
        new int[] {1}, List.of("1"), List.of(ae, vae), 10, 0);
  }

  @Test
  void columnsAreNamedByModelWhenThereAreTwo() {
    AnomalyResult r = result();
    assertEquals(List.of("ae.reconstruction_error", "vae.neg_elbo"), r.columns().stream().map(AnomalyResult.Column::name).toList());
    assertEquals(2, r.anomalousCount());
    assertEquals(1.0, r.auc(r.column("ae.reconstruction_error")), 0);
    assertEquals(0.0, r.auc(r.column("vae.neg_elbo")), 0);
  }

  @Test
  void theMostAnomalousTheNearestAndTheConfusionAtAThreshold() {
    AnomalyResult r = result();
    AnomalyResult.Column c = r.column("ae.reconstruction_error");
    assertArrayEquals(new int[] {1, 3, 2, 4}, r.mostAnomalous(c, 4), "ties by index");
    assertArrayEquals(new int[] {2, 4, 0}, r.nearest(c, 0.25, 3));
    AnomalyResult.Confusion m = r.confusion(c, 0.3);
    assertEquals(2, m.truePositives());
    assertEquals(2, m.falsePositives(), "a score equal to the threshold is called anomalous");
    assertEquals(1, m.trueNegatives());
    assertEquals(0, m.falseNegatives());
  }

  @Test
  void notesNameTheScoresBelowHalfAndTheModelThatSawTheAnomalies() {
    List<String> notes = result().notes();
    assertEquals(2, notes.size(), notes.toString());
    assertTrue(notes.get(0).startsWith("AUC below 0.5: vae.neg_elbo (0.000). This score ranks the anomalies (1)"), notes.get(0));
    assertEquals("vae was trained with 1: those items are not new to it.", notes.get(1));
  }

  @Test
  void theLatentScoreIsTheNegativeLogDensityOfTheStandardNormalAtTheMean() {
    Encoding e = new Encoding(2, 2, new float[] {0, 0, 1, 2}, new float[] {0, 0, -1, 3});
    double[] s = AnomalyScoring.latentNll(e);
    double log2pi = Math.log(2 * Math.PI);
    assertEquals(log2pi, s[0], 1e-15);
    assertEquals(log2pi + 2.5, s[1], 1e-15);
  }

  @Test
  void theCsvHasIndexLabelAnomalousAndOneColumnPerScore() {
    String csv = AnomalyWriter.scoresCsv(result());
    String[] lines = csv.split("\n");
    assertEquals("index,label,anomalous,ae.reconstruction_error,vae.neg_elbo", lines[0]);
    assertEquals("1,1,1,0.900000000,1.00000000", lines[2]);
    assertEquals(6, lines.length);
  }
}
