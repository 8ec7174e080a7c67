package org.latentexplorer.analysis.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.latentexplorer.model.AtomicFiles;

/**
 * Two evaluations side by side: each written to a folder of its own by {@link EvaluationWriter},
 * then a {@code report.md} above them with one table of both models, the robustness curves of
 * both on one chart, and one sentence on whose prior samples are better.
 */
public final class ComparisonWriter {

  private ComparisonWriter() {}

  /** Writes both evaluations and the comparison; returns the sub-folders' names. */
  public static List<String> write(List<Evaluation> evaluations, Path out, boolean export)
      throws IOException {
    Files.createDirectories(out);
    List<String> folders = new ArrayList<>();
    for (Evaluation e : evaluations) {
      String name = e.modelName();
      while (folders.contains(name)) {
        name = name + "-2";
      }
      folders.add(name);
      EvaluationWriter.write(e, out.resolve(name), export);
    }
    for (boolean latent : new boolean[] {true, false}) {
      String file = latent ? "robustness-latent.png" : "robustness-reconstruction.png";
      var image = EvaluationFigures.robustness(evaluations, latent);
      AtomicFiles.write(out.resolve(file), o -> ImageIO.write(image, "png", o));
    }
    byte[] md = markdown(evaluations, folders).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("report.md"), o -> o.write(md));
    return folders;
  }

  static String markdown(List<Evaluation> evaluations, List<String> folders) {
    StringBuilder md = new StringBuilder("# Comparison\n\n");
    md.append("| model | reconstruction loss | SSIM | PSNR (dB) | -ELBO | -log p(x) | Fréchet distance of prior samples | score |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < evaluations.size(); i++) {
      EvaluationReport r = evaluations.get(i).report();
      EvaluationReport.Likelihood l = r.likelihood();
      EvaluationReport.Generation g = r.generation();
      md.append(String.format(Locale.ROOT, "| [%s](%s/report.md) (%s) | %.3f | %s | %.2f | %s | %s | %s | %s |\n",
          r.model(), folders.get(i), r.summary(), r.reconstruction().loss().mean(),
          r.reconstruction().ssim() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", r.reconstruction().ssim().mean()),
          r.reconstruction().psnr().mean(),
          l == null ? "n/a (AE)" : String.format(Locale.ROOT, "%.2f", l.negativeElbo()),
          l == null ? "n/a (AE)" : String.format(Locale.ROOT, "%.2f", l.negativeLogLikelihood()),
          g == null ? "n/a" : String.format(Locale.ROOT, "%.3f", g.frechetDistance()),
          g == null ? "n/a" : String.format(Locale.ROOT, "%.2f ± %.2f", g.score().mean(), g.score().sd())));
    }
    md.append('\n');
    String sentence = priorSamplesSentence(evaluations);
    if (sentence != null) {
      md.append(sentence).append("\n\n");
    }
    md.append("![Latent stability](robustness-latent.png)\n\n");
    md.append("![Reconstruction stability](robustness-reconstruction.png)\n");
    return md.toString();
  }

  /** One sentence on whose prior samples are closer to the data; null unless two have figures. */
  public static String priorSamplesSentence(List<Evaluation> evaluations) {
    if (evaluations.size() != 2
        || evaluations.get(0).report().generation() == null
        || evaluations.get(1).report().generation() == null) {
      return null;
    }
    EvaluationReport a = evaluations.get(0).report();
    EvaluationReport b = evaluations.get(1).report();
    double fa = a.generation().frechetDistance();
    double fb = b.generation().frechetDistance();
    EvaluationReport worse = fa >= fb ? a : b;
    EvaluationReport better = fa >= fb ? b : a;
    double ratio = Math.max(fa, fb) / Math.max(1e-12, Math.min(fa, fb));
    if (ratio < 1.25) {
      return String.format(Locale.ROOT,
          "The prior samples of %s and %s are about as good: Fréchet distance %.2f against %.2f.",
          a.model(), b.model(), fa, fb);
    }
    return String.format(Locale.ROOT,
        "%s's prior samples are clearly worse than %s's: Fréchet distance %.2f against %.2f"
            + " (%.1f times as far from the held-out images), on %s.",
        worse.model(), better.model(), worse.generation().frechetDistance(),
        better.generation().frechetDistance(), ratio, a.generation().featureSpace());
  }
}
