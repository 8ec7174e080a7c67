package org.latentexplorer.analysis.evaluate;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.analysis.plot.Raster;
import org.latentexplorer.model.InputShape;

/** The disentanglement figures: the factor x code mutual information, traversals, KL per code. */
public final class DisentanglementFigures {

  private DisentanglementFigures() {}

  /** The figures of a result, in the order the report shows them. */
  static List<EvaluationFigures.Figure> all(DisentanglementResult d, InputShape shape) {
    List<EvaluationFigures.Figure> out = new ArrayList<>();
    out.add(new EvaluationFigures.Figure("disentanglement-mi.png", "Mutual information of factors and codes", heatmap(d)));
    out.add(new EvaluationFigures.Figure("disentanglement-traversals.png", "The code that carries each factor", traversals(d, shape)));
    if (d.klPerCode() != null) {
      out.add(new EvaluationFigures.Figure("disentanglement-kl.png", "KL per code: active and collapsed codes", kl(d)));
    }
    return out;
  }

  /** Factors down, codes across; each cell's mutual information over the factor's entropy. */
  public static BufferedImage heatmap(DisentanglementResult d) {
    double[][] mi = d.scores().mig().mutualInformation();
    double[] h = d.scores().mig().entropy();
    int codes = mi.length;
    int factors = h.length;
    int cell = 52;
    int left = 110;
    int top = 56;
    int width = left + codes * cell + 20;
    int height = top + factors * cell + 40;
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.DARK_GRAY);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
      g.drawString(String.format(Locale.ROOT, "Mutual information / H(factor)   (MIG %.3f)", d.scores().mig().score()), 10, 22);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      for (int j = 0; j < codes; j++) {
        g.drawString("z" + (j + 1), left + j * cell + cell / 2 - 8, top - 8);
      }
      int[] best = d.bestCodes();
      for (int m = 0; m < factors; m++) {
        g.setColor(Color.DARK_GRAY);
        g.drawString(d.factorNames().get(m), 10, top + m * cell + cell / 2 + 4);
        for (int j = 0; j < codes; j++) {
          double v = Math.max(0, Math.min(1, mi[j][m] / h[m]));
          int shade = (int) Math.round(255 * (1 - v));
          g.setColor(new Color(shade, (int) Math.round(255 - 120 * v), 255));
          g.fillRect(left + j * cell, top + m * cell, cell - 2, cell - 2);
          g.setColor(v > 0.55 ? Color.WHITE : Color.DARK_GRAY);
          g.drawString(String.format(Locale.ROOT, "%.2f", v), left + j * cell + 10, top + m * cell + cell / 2 + 4);
          if (j == best[m]) {
            g.setColor(new Color(0xe15759));
            g.drawRect(left + j * cell, top + m * cell, cell - 3, cell - 3);
          }
        }
      }
      g.setColor(Color.GRAY);
      g.drawString("red frame: the code with the most information about the factor", 10, height - 14);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** One row a factor: its best code traversed from -2.5 to +2.5 sd. */
  public static BufferedImage traversals(DisentanglementResult d, InputShape shape) {
    List<List<float[]>> rows = new ArrayList<>();
    List<List<String>> captions = new ArrayList<>();
    List<String> sentences = d.sentences();
    for (int m = 0; m < d.traversals().length; m++) {
      rows.add(Arrays.asList(d.traversals()[m]));
      List<String> c = new ArrayList<>();
      for (int f = 0; f < d.traversals()[m].length; f++) {
        c.add(f == d.traversals()[m].length / 2 ? sentences.get(m) : "");
      }
      captions.add(c);
    }
    return Raster.grid(rows, captions, shape, Math.max(1, 96 / shape.width()));
  }

  /** Mean KL of each code to the prior; below 0.01 nats a code is collapsed. */
  public static BufferedImage kl(DisentanglementResult d) {
    double[] kl = d.klPerCode();
    double[] x = new double[kl.length];
    String[] names = new String[kl.length];
    for (int j = 0; j < kl.length; j++) {
      x[j] = j;
      names[j] = "z" + (j + 1);
    }
    return new Chart("KL per code (nats; below 0.01: collapsed)", "code", "mean KL(q(z_j|x) || N(0, 1))")
        .categories(names)
        .bars("KL", x, kl, 0.7, new Color(0x4e79a7))
        .noLegend()
        .render(EvaluationFigures.W, EvaluationFigures.H);
  }
}
