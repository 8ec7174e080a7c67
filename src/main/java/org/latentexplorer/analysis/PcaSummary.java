package org.latentexplorer.analysis;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.latent.Pca;

/** PCA of the encoded data and its explained-variance plot (per axis and cumulative). */
public final class PcaSummary {

  private PcaSummary() {}

  /** The principal axes of the encoded means. */
  public static Pca of(Encoding encoding) {
    return Pca.fit(encoding.means(), encoding.latentSize());
  }

  /** Explained variance of each principal axis (bars) and the running total (line), in %. */
  public static BufferedImage figure(Pca pca, int width, int height) {
    int k = pca.dims();
    double[] x = new double[k];
    double[] each = pca.explainedRatio();
    double[] cumulative = pca.cumulativeRatio();
    String[] names = new String[k];
    for (int i = 0; i < k; i++) {
      x[i] = i;
      each[i] *= 100;
      cumulative[i] *= 100;
      names[i] = Integer.toString(i + 1);
    }
    return new Chart("PCA: variance explained", "principal axis", "% of the variance")
        .bars("each axis", x, each, 0.8, new Color(0x4e79a7))
        .line("cumulative", x, cumulative, new Color(0xe15759), false)
        .categories(names)
        .xRange(-0.6, k - 0.4)
        .yRange(0, 105)
        .render(width, height);
  }
}
