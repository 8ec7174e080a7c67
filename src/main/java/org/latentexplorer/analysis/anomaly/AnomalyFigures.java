package org.latentexplorer.analysis.anomaly;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.analysis.plot.Raster;
import org.latentexplorer.latent.metrics.Roc;

/** The figures of an anomaly comparison, the same in the Anomaly tab and in {@code anomaly}'s PNGs. */
public final class AnomalyFigures {

  public static final int W = 640;
  public static final int H = 400;
  /** How many of the most anomalous items are shown. */
  public static final int MOST = 16;

  private static final int BINS = 40;
  private static final Color NORMAL = new Color(0x4e, 0x79, 0xa7, 150);
  private static final Color ANOMALOUS = new Color(0xe1, 0x57, 0x59, 150);
  private static final Color GREY = new Color(0x79706e);

  private AnomalyFigures() {}

  /** The colour of a score, the same for both models (the second model's lines are dashed). */
  public static Color colorOf(String score) {
    return switch (score) {
      case AnomalyScoring.RECONSTRUCTION_ERROR -> new Color(0x4e79a7);
      case AnomalyScoring.NEG_ELBO -> new Color(0xf28e2b);
      case AnomalyScoring.NEG_LOG_PX -> new Color(0x59a14f);
      default -> new Color(0xb07aa1);
    };
  }

  /** The ROC curve of every score column, with its AUC in the legend and the chance diagonal. */
  public static BufferedImage roc(AnomalyResult r, int width, int height) {
    Chart chart =
        new Chart(
            "ROC: " + String.join(", ", r.anomalousClasses()) + " as anomalies",
            "false positive rate (normal items called anomalous)",
            "true positive rate (anomalies found)");
    chart.line("chance (AUC 0.5)", new double[] {0, 1}, new double[] {0, 1}, GREY, true);
    for (AnomalyResult.Column c : r.columns()) {
      Roc roc = r.roc(c);
      chart.line(
          String.format(Locale.ROOT, "%s  AUC %.3f", c.name(), r.auc(c)),
          roc.falsePositiveRate(), roc.truePositiveRate(), colorOf(c.score()), c.model() > 0);
    }
    return chart.xRange(0, 1).yRange(0, 1).legendLow().render(width, height);
  }

  /**
   * The score's distribution over normal and anomalous items, each as a fraction of its group,
   * on shared bins from the 0.5th to the 99.5th percentile (items beyond fall in the end bins).
   *
   * @param threshold a threshold to mark, or NaN for none
   */
  public static BufferedImage histogram(
      AnomalyResult r, AnomalyResult.Column c, double threshold, int width, int height) {
    double[] v = c.values();
    boolean[] a = r.anomalous();
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    double lo = sorted[(int) Math.floor(0.005 * (sorted.length - 1))];
    double hi = sorted[(int) Math.ceil(0.995 * (sorted.length - 1))];
    if (!(hi > lo)) {
      hi = lo + 1e-9;
    }
    double bin = (hi - lo) / BINS;
    double[] normal = new double[BINS];
    double[] anomalous = new double[BINS];
    int nAnomalous = 0;
    for (boolean x : a) {
      nAnomalous += x ? 1 : 0;
    }
    int nNormal = v.length - nAnomalous;
    for (int i = 0; i < v.length; i++) {
      int b = (int) Math.floor((v[i] - lo) / bin);
      b = Math.max(0, Math.min(BINS - 1, b));
      if (a[i]) {
        anomalous[b] += 1.0 / nAnomalous;
      } else {
        normal[b] += 1.0 / nNormal;
      }
    }
    double[] x = new double[BINS];
    for (int b = 0; b < BINS; b++) {
      x[b] = lo + (b + 0.5) * bin;
    }
    Chart chart =
        new Chart(
            String.format(Locale.ROOT, "%s  (AUC %.3f)", c.name(), r.auc(c)),
            AnomalyScoring.describe(c.score(), r.samples()), "fraction of the group")
            .bars(String.format(Locale.ROOT, "normal (%,d)", nNormal), x, normal, bin, NORMAL)
            .bars(
                String.format(
                    Locale.ROOT, "anomalous: %s (%,d)", String.join(", ", r.anomalousClasses()),
                    nAnomalous),
                x, anomalous, bin, ANOMALOUS);
    if (!Double.isNaN(threshold)) {
      chart.marker(threshold, "threshold", Color.DARK_GRAY);
    }
    return chart.render(width, height);
  }

  /** The most anomalous items by a score: originals above their reconstructions. */
  public static BufferedImage mostAnomalous(AnomalyResult r, AnomalyResult.Column c, int scale) {
    int[] top = r.mostAnomalous(c, MOST);
    boolean[] a = r.anomalous();
    List<float[]> originals = new ArrayList<>();
    List<float[]> reconstructions = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (int i : top) {
      originals.add(r.image(i));
      reconstructions.add(r.reconstruction(c.model(), i));
      captions.add(r.className(r.labels()[i]) + (a[i] ? " *" : ""));
      empty.add("");
    }
    return Raster.grid(
        List.of(originals, reconstructions), List.of(captions, empty), r.shape(), scale);
  }
}
