package org.latentexplorer.analysis.evaluate;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.analysis.plot.Chart;
import org.latentexplorer.analysis.plot.Raster;
import org.latentexplorer.latent.Histogram;
import org.latentexplorer.latent.metrics.ImportanceSampling;
import org.latentexplorer.latent.metrics.PathSmoothness;

/** The figures of an evaluation, the same in the Evaluate tab and in {@code evaluate}'s PNGs. */
public final class EvaluationFigures {

  /** A figure and the file it is written to. */
  public record Figure(String file, String title, BufferedImage image) {}

  public static final int W = 640;
  public static final int H = 380;
  private static final Color BLUE = new Color(0x4e79a7);
  private static final Color ORANGE = new Color(0xf28e2b);
  private static final Color GREEN = new Color(0x59a14f);
  private static final Color RED = new Color(0xe15759);
  private static final Color GREY = new Color(0x79706e);
  private static final int BINS = 40;

  private EvaluationFigures() {}

  /** Every figure of one evaluation, part by part. */
  public static List<Figure> all(Evaluation e) {
    List<Figure> out = new ArrayList<>();
    for (EvaluationPart<?> part : EvaluationParts.ALL) {
      out.addAll(part.figuresOf(e));
    }
    return out;
  }

  /** The loss, SSIM and PSNR histograms and the best and worst reconstructions. */
  static List<Figure> reconstruction(Evaluation e) {
    List<Figure> out = new ArrayList<>();
    ReconstructionResult r = e.reconstruction();
    EvaluationReport.Reconstruction rr = e.report().reconstruction();
    out.add(
        new Figure(
            "reconstruction-loss.png", "Reconstruction loss",
            histogram(
                "Reconstruction loss of " + r.count() + " held-out images", r.lossName(),
                r.loss(), BLUE)));
    if (r.ssim() != null) {
      out.add(
          new Figure(
              "reconstruction-ssim.png", "SSIM",
              histogram(
                  String.format(Locale.ROOT, "SSIM of reconstructions (mean %.3f)", rr.ssim().mean()),
                  "SSIM (Gaussian window, sigma 1.5)", r.ssim(), GREEN)));
    }
    out.add(
        new Figure(
            "reconstruction-psnr.png", "PSNR",
            histogram(
                String.format(Locale.ROOT, "PSNR of reconstructions (mean %.2f dB)", rr.psnr().mean()),
                "PSNR, dB", Arrays.stream(r.psnr()).filter(Double::isFinite).toArray(), ORANGE)));
    out.add(new Figure("reconstruction-best-worst.png", "Best and worst reconstructions", bestWorst(e)));
    return out;
  }

  static BufferedImage histogram(String title, String xLabel, double[] v, Color color) {
    Chart chart = new Chart(title, xLabel, "images");
    if (v.length == 0) {
      return chart.render(W, H);
    }
    double min = Arrays.stream(v).min().getAsDouble();
    double max = Arrays.stream(v).max().getAsDouble();
    if (!(max > min)) {
      max = min + 1e-6;
    }
    double width = (max - min) / BINS;
    Histogram h = Histogram.of(v, min, max + width * 1e-6, width);
    double[] x = new double[h.bins()];
    double[] c = new double[h.bins()];
    for (int b = 0; b < h.bins(); b++) {
      x[b] = h.centre(b);
      c[b] = h.counts()[b];
    }
    double mean = Arrays.stream(v).average().orElse(0);
    return chart
        .bars("images", x, c, width * 0.9, color)
        .marker(mean, String.format(Locale.ROOT, "mean %.3g", mean), Color.DARK_GRAY)
        .noLegend()
        .render(W, H);
  }

  /** Originals above reconstructions: the best by loss, then the worst. */
  static BufferedImage bestWorst(Evaluation e) {
    ReconstructionResult r = e.reconstruction();
    int[] best = e.report().reconstruction().best();
    int[] worst = e.report().reconstruction().worst();
    List<List<float[]>> rows = new ArrayList<>();
    List<List<String>> captions = new ArrayList<>();
    for (int[] set : new int[][] {best, worst}) {
      List<float[]> originals = new ArrayList<>();
      List<float[]> recons = new ArrayList<>();
      List<String> top = new ArrayList<>();
      List<String> bottom = new ArrayList<>();
      for (int i : set) {
        originals.add(e.image(i));
        recons.add(r.reconstruction(i));
        top.add((set == best ? "best #" : "worst #") + i);
        bottom.add(String.format(Locale.ROOT, "loss %.1f", r.loss()[i]));
      }
      rows.add(originals);
      rows.add(recons);
      captions.add(top);
      captions.add(bottom);
    }
    int scale = Math.max(1, 84 / Math.max(e.shape().width(), e.shape().height()));
    return Raster.grid(rows, captions, e.shape(), scale);
  }

  static BufferedImage likelihood(LikelihoodResult l) {
    double[] nelbo =
        Arrays.stream(l.estimates()).mapToDouble(ImportanceSampling.Estimate::negativeElbo).toArray();
    double[] nll =
        Arrays.stream(l.estimates()).mapToDouble(x -> -x.logLikelihood()).toArray();
    double min = Math.min(Arrays.stream(nelbo).min().orElse(0), Arrays.stream(nll).min().orElse(0));
    double max = Math.max(Arrays.stream(nelbo).max().orElse(1), Arrays.stream(nll).max().orElse(1));
    double width = Math.max(1e-6, (max - min) / BINS);
    Chart chart =
        new Chart(
            String.format(
                Locale.ROOT, "-ELBO %.2f and -log p(x) %.2f nats (K = %d, %d images)",
                l.negativeElbo(), l.negativeLogLikelihood(), l.samples(), l.count()),
            "nats per image", "images");
    chart.line("-ELBO = reconstruction + KL", centres(min, width), counts(nelbo, min, max, width), BLUE, false);
    chart.line("-log p(x), importance-sampled", centres(min, width), counts(nll, min, max, width), RED, false);
    chart.marker(l.negativeElbo(), "", BLUE);
    chart.marker(l.negativeLogLikelihood(), "", RED);
    return chart.render(W, H);
  }

  private static double[] centres(double min, double width) {
    double[] x = new double[BINS + 1];
    for (int b = 0; b <= BINS; b++) {
      x[b] = min + (b + 0.5) * width;
    }
    return x;
  }

  private static double[] counts(double[] v, double min, double max, double width) {
    long[] c = Histogram.of(v, min, min + (BINS + 1) * width, width).counts();
    double[] out = new double[BINS + 1];
    for (int b = 0; b < out.length && b < c.length; b++) {
      out[b] = c[b];
    }
    return out;
  }

  static BufferedImage samples(Evaluation e) {
    GenerationResult g = e.generation();
    int size = e.shape().size();
    int n = Math.min(64, g.generated().length / size);
    List<List<float[]>> rows = new ArrayList<>();
    for (int r = 0; r * 8 < n; r++) {
      List<float[]> row = new ArrayList<>();
      for (int c = 0; c < 8 && r * 8 + c < n; c++) {
        int i = r * 8 + c;
        row.add(Arrays.copyOfRange(g.generated(), i * size, (i + 1) * size));
      }
      rows.add(row);
    }
    int scale = Math.max(1, 56 / Math.max(e.shape().width(), e.shape().height()));
    return Raster.grid(rows, null, e.shape(), scale);
  }

  static BufferedImage classes(Evaluation e) {
    GenerationResult g = e.generation();
    int k = g.generatedCounts().length;
    double[] xs = new double[k];
    double[] xr = new double[k];
    double[] gen = new double[k];
    double[] real = new double[k];
    double totalG = Arrays.stream(g.generatedCounts()).sum();
    double totalR = Arrays.stream(g.realCounts()).sum();
    for (int i = 0; i < k; i++) {
      xs[i] = i - 0.2;
      xr[i] = i + 0.2;
      gen[i] = g.generatedCounts()[i] / totalG;
      real[i] = g.realCounts()[i] / totalR;
    }
    return new Chart(
            "Which classes the decoder makes from prior samples (by the classifier)", "class",
            "fraction of images")
        .bars("prior samples", xs, gen, 0.38, BLUE)
        .bars("held-out images", xr, real, 0.38, GREY)
        .categories(g.classifier().classNames().toArray(String[]::new))
        .xRange(-0.6, k - 0.4)
        .render(W, H + 40);
  }

  /**
   * Latent or reconstruction stability against sigma, for one model or two. With two models the
   * latent figures are divided by each model's code spread, since the two latent spaces need not
   * have the same scale.
   */
  public static BufferedImage robustness(List<Evaluation> evaluations, boolean latent) {
    boolean relative = latent && evaluations.size() > 1;
    Chart chart =
        new Chart(
            relative
                ? "Latent stability relative to the spread of the codes"
                : latent
                    ? "Latent stability: mean ||mu(x) - mu(x')||^2"
                    : "Reconstruction stability: mean ||x^ - x'^||^2",
            "sigma (noise sd; gradient-sign step)",
            relative
                ? "squared latent distance / code spread"
                : latent ? "squared latent distance" : "squared pixel distance");
    Color[] colours = {BLUE, ORANGE};
    int i = 0;
    for (Evaluation e : evaluations) {
      RobustnessResult r = e.robustness();
      String who = evaluations.size() > 1 ? e.modelName() + ": " : "";
      Color c = colours[i++ % colours.length];
      double scale = relative ? 1 / Math.max(1e-12, r.codeSpread()) : 1;
      chart.line(
          who + "Gaussian noise", r.sigma(),
          scaled(latent ? r.latentStability() : r.reconstructionStability(), scale), c, false);
      double[] attack = latent ? r.attackLatentStability() : r.attackReconstructionStability();
      if (attack != null) {
        chart.line(who + "gradient sign (FGSM)", r.sigma(), scaled(attack, scale), c, true);
      }
    }
    return chart.legendLow().render(W, H);
  }

  private static double[] scaled(double[] v, double factor) {
    return Arrays.stream(v).map(x -> x * factor).toArray();
  }

  static BufferedImage smoothness(Evaluation e) {
    SmoothnessResult s = e.smoothness();
    Chart chart =
        new Chart(
            String.format(
                Locale.ROOT, "SSIM of consecutive frames: mean %.3f, largest jump at SSIM %.3f",
                s.meanSsim(), s.lowestSsim()),
            "step along the path", "SSIM(frame i, frame i+1)");
    for (PathSmoothness p : s.paths()) {
      double[] x = new double[p.steps().length];
      for (int i = 0; i < x.length; i++) {
        x[i] = i + 1;
      }
      chart.thinLine("", x, p.steps(), GREEN);
    }
    return chart.noLegend().yRange(Math.min(0, s.lowestSsim()), 1).render(W, H);
  }

  static BufferedImage paths(Evaluation e) {
    SmoothnessResult s = e.smoothness();
    List<List<float[]>> rows = new ArrayList<>();
    List<List<String>> captions = new ArrayList<>();
    for (int p = 0; p < s.frames().size(); p++) {
      rows.add(Arrays.asList(s.frames().get(p)));
      List<String> c = new ArrayList<>();
      PathSmoothness ps = s.paths().get(p);
      for (int f = 0; f < s.frames().get(p).length; f++) {
        c.add(f < ps.steps().length ? String.format(Locale.ROOT, "%.2f", ps.steps()[f]) : "");
      }
      captions.add(c);
    }
    int scale = Math.max(1, 56 / Math.max(e.shape().width(), e.shape().height()));
    return Raster.grid(rows, captions, e.shape(), scale);
  }

}
