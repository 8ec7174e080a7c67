package org.latentexplorer.ui.workspace.strip;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.DimensionStatistics;
import org.latentexplorer.latent.Traversal;

/**
 * Which dimensions the all-dimensions grid shows when a model has more than it can (the first
 * {@value StripModel#MAX_GRID_DIMENSIONS}, the most active by KL, or those of highest variance),
 * and the range of a traversal: +/- r in latent units around 0, or +/- r standard deviations of
 * the encoded data around its mean on that dimension.
 */
public final class StripDimensions {

  /** Which dimensions the grid shows. */
  public enum GridChoice {
    FIRST("first"),
    ACTIVE("most active (KL)"),
    VARIANCE("highest variance");

    private final String label;

    GridChoice(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private StripDimensions() {}

  /** The dimensions the grid shows, in the order of its rows. */
  public static int[] grid(ModelSession s, GridChoice choice) {
    int dims = s.latentSize();
    int shown = Math.min(dims, StripModel.MAX_GRID_DIMENSIONS);
    double[] kl = s.klPerDimension();
    if (choice == null || choice == GridChoice.FIRST || shown == dims) {
      return IntStream.range(0, shown).toArray();
    }
    double[] key = choice == GridChoice.ACTIVE && kl != null ? kl : variances(s.statistics());
    return IntStream.range(0, dims).boxed()
        .sorted(Comparator.comparingDouble((Integer d) -> -key[d]).thenComparing(Comparator.naturalOrder()))
        .limit(shown).mapToInt(Integer::intValue).toArray();
  }

  private static double[] variances(DimensionStatistics stats) {
    double[] v = new double[stats.dims()];
    for (int d = 0; d < v.length; d++) {
      v[d] = stats.sd()[d] * stats.sd()[d];
    }
    return v;
  }

  /** {@code n} points along dimension {@code d} from the current z. */
  public static float[][] traversal(ModelSession s, float[] z, int d, double r, boolean inSd, int n) {
    double[] span = span(s, d, r, inSd);
    return Traversal.along(z, d, span[0], span[1], n);
  }

  /** The values a traversal of dimension {@code d} runs between. */
  static double[] span(ModelSession s, int d, double r, boolean inSd) {
    if (!inSd) {
      return new double[] {-r, r};
    }
    DimensionStatistics stats = s.statistics();
    double sd = stats.sd()[d] > 1e-6 ? stats.sd()[d] : 1;
    return new double[] {stats.mean()[d] - r * sd, stats.mean()[d] + r * sd};
  }

  /** Captions of a traversal's frames: their values, or their distance from the mean in sd. */
  static List<String> captions(ModelSession s, int d, double r, boolean inSd, int n) {
    double[] span = span(s, d, r, inSd);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double t = (double) i / (n - 1);
      out.add(inSd
          ? String.format(Locale.ROOT, "%+.1f sd", -r + 2 * r * t)
          : String.format(Locale.ROOT, "%+.2f", span[0] + (span[1] - span[0]) * t));
    }
    return out;
  }
}
