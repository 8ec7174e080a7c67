package org.latentexplorer.analysis.directions;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.analysis.plot.ClassColors;
import org.latentexplorer.analysis.plot.Raster;
import org.latentexplorer.latent.directions.Analogy;

/** The figures of a direction study: the walk, the projection by class, the analogy. */
public final class DirectionFigures {

  public static final int W = 720;
  public static final int H = 420;
  private static final int BINS = 40;

  private DirectionFigures() {}

  /** The walk along the vector decoded, each frame captioned with its position. */
  public static BufferedImage walk(DirectionStudy s) {
    List<String> captions =
        Arrays.stream(s.amounts()).mapToObj(a -> String.format(Locale.ROOT, "%.2f", a)).toList();
    String heading =
        String.format(
            Locale.ROOT, "%s: walk along %s (0: mean code of %s, 1: mean code of %s)", s.model(),
            s.vector().name(), s.vector().fromName(), s.vector().toName());
    return Raster.titledGrid(
        heading, List.of(""), List.of(s.walk()), List.of(captions), s.shape(), scale(s));
  }

  /**
   * Every class's distribution of positions along the vector (Latent Space Cartography's vector
   * view), each as a fraction of its class on shared bins from the 0.5th to the 99.5th percentile:
   * the two groups as bars, the other classes as lines.
   */
  public static BufferedImage projection(DirectionStudy s, int width, int height) {
    double[] v = s.projection();
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    double lo = Math.min(0, sorted[(int) Math.floor(0.005 * (sorted.length - 1))]);
    double hi = Math.max(1, sorted[(int) Math.ceil(0.995 * (sorted.length - 1))]);
    double bin = (hi - lo) / BINS;
    int classes = Math.max(s.classNames().size(), Arrays.stream(s.labels()).max().orElse(-1) + 1);
    double[][] fraction = new double[classes][BINS];
    int[] count = new int[classes];
    for (int label : s.labels()) {
      if (label >= 0) {
        count[label]++;
      }
    }
    for (int i = 0; i < v.length; i++) {
      int label = s.labels()[i];
      if (label >= 0) {
        int b = Math.max(0, Math.min(BINS - 1, (int) Math.floor((v[i] - lo) / bin)));
        fraction[label][b] += 1.0 / count[label];
      }
    }
    double[] x = new double[BINS];
    for (int b = 0; b < BINS; b++) {
      x[b] = lo + (b + 0.5) * bin;
    }
    Chart chart =
        new Chart(
            String.format(Locale.ROOT, "Position along %s  (AUC %.3f)", s.vector().name(), s.auc()),
            "position along the vector (0: mean of " + s.vector().fromName() + ", 1: mean of "
                + s.vector().toName() + ")",
            "fraction of the class or group");
    List<Integer> others = new ArrayList<>();
    for (int label = 0; label < classes; label++) {
      if (count[label] == 0) {
        continue;
      }
      String name = String.format(Locale.ROOT, "%s (%,d)", s.className(label), count[label]);
      if (contains(s.fromGroup().labels(), label) || contains(s.toGroup().labels(), label)) {
        Color c = ClassColors.color(label);
        chart.bars(name, x, fraction[label], bin, new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
      } else {
        others.add(label);
      }
    }
    groupBars(chart, s, s.fromGroup(), s.vector().fromSize(), x, lo, bin, new Color(60, 60, 60, 150));
    groupBars(chart, s, s.toGroup(), s.vector().toSize(), x, lo, bin, new Color(230, 120, 0, 150));
    for (int label : others) {
      chart.thinLine(
          String.format(Locale.ROOT, "%s (%,d)", s.className(label), count[label]), x, fraction[label],
          ClassColors.color(label));
    }
    return chart.marker(0, s.vector().fromName(), Color.DARK_GRAY)
        .marker(1, s.vector().toName(), Color.DARK_GRAY)
        .render(width, height);
  }

  /** A group that is not whole classes (items, factor levels, bookmarks) as bars of its own. */
  private static void groupBars(
      Chart chart, DirectionStudy s, ItemGroup g, int size, double[] x, double lo, double bin, Color color) {
    if (g.labels().length > 0) {
      return;
    }
    double[] fraction = new double[x.length];
    double[] points = s.vector().project(g.points());
    double[] positions = java.util.stream.DoubleStream.concat(
        Arrays.stream(g.items()).mapToDouble(i -> s.projection()[i]), Arrays.stream(points)).toArray();
    for (double p : positions) {
      int b = Math.max(0, Math.min(x.length - 1, (int) Math.floor((p - lo) / bin)));
      fraction[b] += 1.0 / size;
    }
    chart.bars(String.format(Locale.ROOT, "%s (%,d)", g.name(), size), x, fraction, bin, color);
  }

  /** A, B, C and the answer decoded, with the classes of the items nearest the answer. */
  public static BufferedImage analogy(DirectionStudy s) {
    DirectionStudy.AnalogyAnswer a = s.analogy();
    Analogy.Share answer = a.result().answer();
    List<String> captions =
        List.of(
            "A: " + a.names().get(0), "B: " + a.names().get(1), "C: " + a.names().get(2),
            String.format(
                Locale.ROOT, "C + B - A\nnearest: %s\n(%d of %d items)", s.className(answer.label()),
                answer.count(), a.result().neighbours().length));
    String heading =
        String.format(
            Locale.ROOT, "%s: %s is to %s as %s is to ?", s.model(), a.names().get(0),
            a.names().get(1), a.names().get(2));
    return Raster.titledGrid(
        heading, List.of(""), List.of(a.images()), List.of(captions), s.shape(), scale(s) * 2);
  }

  /** The point an expression gives, decoded, under the expression. */
  public static BufferedImage expressed(DirectionStudy s) {
    DirectionStudy.Expressed e = s.expressed();
    return Raster.titledGrid(
        s.model() + ": " + e.text(), List.of(""), List.of(List.of(e.image())), List.of(List.of("")), s.shape(),
        scale(s) * 2);
  }

  private static int scale(DirectionStudy s) {
    return Math.max(1, 56 / Math.max(s.shape().width(), s.shape().height()));
  }

  private static boolean contains(int[] a, int x) {
    return Arrays.stream(a).anyMatch(y -> y == x);
  }
}
