package org.latentexplorer.analysis.anomaly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.latentexplorer.latent.metrics.Roc;
import org.latentexplorer.model.InputShape;

/**
 * Anomaly scores of held-out items by one or two models, with the items that count as anomalous
 * (those of the chosen classes), and what is read off them: AUC and ROC per score column, the
 * most anomalous items, and the confusion matrix at a threshold.
 *
 * <p>A column is one score of one model; with two models its name is prefixed by the model's
 * ({@code mnist-ae-no1.reconstruction_error}), as in {@code scores.csv} and the window.
 *
 * @param data the data set's name
 * @param images the items, flat
 * @param labels each item's label
 * @param anomalousClasses the names of the classes that count as anomalous
 * @param samples K of the likelihood scores
 */
public record AnomalyResult(
    String data,
    InputShape shape,
    float[] images,
    int[] labels,
    List<String> classNames,
    int[] anomalousLabels,
    List<String> anomalousClasses,
    List<ScoredModel> models,
    int samples,
    double seconds) {

  /**
   * One score column.
   *
   * @param name as in scores.csv
   * @param model the index of its model
   */
  public record Column(String name, int model, String score, double[] values) {}

  /**
   * Counts at a threshold: an item is called anomalous when its score is at least the threshold.
   */
  public record Confusion(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    public double truePositiveRate() {
      return (double) truePositives / Math.max(1, truePositives + falseNegatives);
    }

    public double falsePositiveRate() {
      return (double) falsePositives / Math.max(1, falsePositives + trueNegatives);
    }
  }

  public int count() {
    return labels.length;
  }

  /** Whether each item is of an anomalous class. */
  public boolean[] anomalous() {
    boolean[] out = new boolean[labels.length];
    for (int i = 0; i < out.length; i++) {
      for (int l : anomalousLabels) {
        out[i] |= labels[i] == l;
      }
    }
    return out;
  }

  public int anomalousCount() {
    int n = 0;
    for (boolean a : anomalous()) {
      n += a ? 1 : 0;
    }
    return n;
  }

  /** Every score of every model, in order. */
  public List<Column> columns() {
    List<Column> out = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      ScoredModel sm = models.get(m);
      for (ScoredModel.Score s : sm.scores()) {
        String name = models.size() > 1 ? sm.name() + "." + s.name() : s.name();
        out.add(new Column(name, m, s.name(), s.values()));
      }
    }
    return out;
  }

  public Column column(String name) {
    return columns().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no score column " + name));
  }

  public double auc(Column c) {
    return Roc.auc(c.values(), anomalous());
  }

  public Roc roc(Column c) {
    return Roc.of(c.values(), anomalous());
  }

  /** The {@code n} items with the highest scores, highest first (ties by index). */
  public int[] mostAnomalous(Column c, int n) {
    double[] v = c.values();
    return IntStream.range(0, v.length)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -v[i]).thenComparingInt(i -> i))
        .limit(n)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** The {@code n} items whose scores lie nearest a threshold, nearest first. */
  public int[] nearest(Column c, double threshold, int n) {
    double[] v = c.values();
    return IntStream.range(0, v.length)
        .boxed()
        .sorted(
            Comparator.comparingDouble((Integer i) -> Math.abs(v[i] - threshold))
                .thenComparingInt(i -> i))
        .limit(n)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  public Confusion confusion(Column c, double threshold) {
    boolean[] a = anomalous();
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    double[] v = c.values();
    for (int i = 0; i < v.length; i++) {
      boolean called = v[i] >= threshold;
      if (a[i]) {
        if (called) {
          tp++;
        } else {
          fn++;
        }
      } else if (called) {
        fp++;
      } else {
        tn++;
      }
    }
    return new Confusion(tp, fp, tn, fn);
  }

  /**
   * What a reader must be told: a score whose AUC is below 0.5 ranks the anomalies as more normal
   * than the normal data (docs/metrics.md: shown, never flipped); a model that saw an anomalous class
   * in training.
   */
  public List<String> notes() {
    List<String> out = new ArrayList<>();
    String classes = String.join(", ", anomalousClasses);
    List<String> below = new ArrayList<>();
    for (Column c : columns()) {
      double auc = auc(c);
      if (auc < 0.5) {
        below.add(String.format(Locale.ROOT, "%s (%.3f)", c.name(), auc));
      }
    }
    if (!below.isEmpty()) {
      out.add(
          "AUC below 0.5: " + String.join(", ", below) + ". "
              + (below.size() == 1 ? "This score ranks" : "These scores rank")
              + " the anomalies (" + classes + ") as more normal than the normal data: calling"
              + " the lowest scores anomalous would find them more often.");
    }
    for (ScoredModel m : models) {
      List<String> seen =
          anomalousClasses.stream().filter(n -> !m.excludedClasses().contains(n)).toList();
      if (!seen.isEmpty()) {
        out.add(
            m.name() + " was trained with " + String.join(", ", seen)
                + (m.excludedClasses().isEmpty()
                    ? ""
                    : " (it was trained without " + String.join(", ", m.excludedClasses()) + ")")
                + ": those items are not new to it.");
      }
    }
    return out;
  }

  /** The item's image. */
  public float[] image(int index) {
    int size = shape.size();
    return Arrays.copyOfRange(images, index * size, (index + 1) * size);
  }

  /** The item's reconstruction by a model. */
  public float[] reconstruction(int model, int index) {
    int size = shape.size();
    return Arrays.copyOfRange(models.get(model).reconstructions(), index * size, (index + 1) * size);
  }

  public String className(int label) {
    return label >= 0 && label < classNames.size() ? classNames.get(label) : Integer.toString(label);
  }
}
