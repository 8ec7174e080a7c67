package org.latentexplorer.analysis;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.latent.EncoderStatistics;

/** Bar charts of a VAE encoder's per-dimension KL and posterior standard deviation. */
public final class EncoderFigures {

  private EncoderFigures() {}

  /** Average KL a dimension; active dimensions in blue, collapsed ones in grey. */
  public static BufferedImage kl(EncoderStatistics s, int width, int height) {
    int d = s.klPerDimension().length;
    double[] xActive = new double[d];
    double[] active = new double[d];
    double[] collapsed = new double[d];
    String[] names = new String[d];
    for (int i = 0; i < d; i++) {
      xActive[i] = i;
      boolean on = s.klPerDimension()[i] >= EncoderStatistics.COLLAPSED_KL;
      active[i] = on ? s.klPerDimension()[i] : 0;
      collapsed[i] = on ? 0 : s.klPerDimension()[i];
      names[i] = "z" + (i + 1);
    }
    return new Chart(
            String.format(
                Locale.ROOT, "Average KL per dimension: %d of %d active, %.2f nats in all",
                s.activeDimensions(), d, s.totalKl()),
            "latent dimension", "KL(q(z_d|x) || N(0,1)), nats")
        .bars("active", xActive, active, 0.8, new Color(0x4e79a7))
        .bars("collapsed (< 0.01 nats)", xActive, collapsed, 0.8, new Color(0xbab0ac))
        .categories(names)
        .xRange(-0.6, d - 0.4)
        .render(width, height);
  }

  /** Average posterior standard deviation a dimension, with the prior's 1 dashed. */
  public static BufferedImage posteriorSd(EncoderStatistics s, int width, int height) {
    int d = s.meanSd().length;
    double[] x = new double[d];
    String[] names = new String[d];
    for (int i = 0; i < d; i++) {
      x[i] = i;
      names[i] = "z" + (i + 1);
    }
    return new Chart("Average posterior standard deviation", "latent dimension", "mean sd of q(z_d|x)")
        .bars("posterior sd", x, s.meanSd(), 0.8, new Color(0xf28e2b))
        .line("prior sd = 1", new double[] {-0.6, d - 0.4}, new double[] {1, 1}, new Color(30, 30, 30), true)
        .categories(names)
        .xRange(-0.6, d - 0.4)
        .yRange(0, Math.max(1.15, java.util.Arrays.stream(s.meanSd()).max().orElse(1) * 1.1))
        .render(width, height);
  }
}
