package org.latentexplorer.analysis.evaluate;

import java.util.List;
import java.util.Locale;

/** {@code report.md}: the figures of one evaluation with their numbers, section by section. */
final class ReportMarkdown {

  private ReportMarkdown() {}

  static String of(EvaluationReport r, List<EvaluationFigures.Figure> figures) {
    StringBuilder md = new StringBuilder();
    md.append("# Evaluation of ").append(r.model()).append("\n\n");
    md.append(r.summary()).append(", on ").append(String.format(Locale.ROOT, "%,d", r.heldOutItems()))
        .append(" held-out images of ").append(r.data()).append(" (").append(r.folder()).append(").\n\n");
    EvaluationReport.Reconstruction rec = r.reconstruction();
    md.append("## Reconstruction\n\n| measure | mean | sd |\n|---|---|---|\n");
    row(md, rec.lossName(), rec.loss());
    if (rec.ssim() != null) {
      row(md, "SSIM (scikit-image convention, docs/metrics.md)", rec.ssim());
    }
    row(md, "PSNR (dB)", rec.psnr());
    if (rec.psnrInfinite() > 0) {
      md.append("\n").append(rec.psnrInfinite()).append(" images were reconstructed exactly (infinite PSNR, left out of the mean).\n");
    }
    md.append('\n');
    images(md, figures, "reconstruction-");
    md.append("The best-worst figure shows originals above reconstructions, the 8 best by loss then the 8 worst.\n\n");

    md.append("## Likelihood\n\n");
    EvaluationReport.Likelihood l = r.likelihood();
    if (l != null) {
      md.append(
          String.format(
              Locale.ROOT,
              "On %,d held-out images, nats per image:\n\n| -ELBO | reconstruction term | KL term"
                  + " | -log p(x), K = %,d | gap |\n|---|---|---|---|---|\n| %.2f | %.2f | %.2f |"
                  + " %.2f | %.2f |\n\n",
              l.items(), l.samples(), l.negativeElbo(), l.reconstruction(), l.kl(),
              l.negativeLogLikelihood(), l.gap()));
      md.append("log p(x) is the importance-weighted bound (Burda et al. 2016) with K samples of q(z|x); the gap to the ELBO is how much the bound tightens.\n\n");
      images(md, figures, "likelihood");
    } else {
      md.append("None: this is an AE. ").append(noteAbout(r, "No likelihood")).append("\n\n");
    }

    md.append("## Generated samples\n\n");
    EvaluationReport.Generation g = r.generation();
    if (g != null) {
      md.append("Fréchet distance and score on ").append(g.featureSpace()).append(String.format(Locale.ROOT,
          " (classifier %s, %.1f%% held-out accuracy). Not FID: the features are not Inception-v3's,"
              + " so the numbers compare models on this data set only.\n\n",
          g.classifier(), 100 * g.classifierAccuracy()));
      md.append("| images | count | Fréchet distance to held-out | score (mean ± sd) |\n|---|---|---|---|\n");
      for (EvaluationReport.Baseline b : g.baselines()) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %.3f | %.3f ± %.3f |\n",
            b.name(), b.count(), b.frechetDistance(), b.score().mean(), b.score().sd()));
      }
      md.append("\n").append(g.verdict()).append("\n\n");
      images(md, figures, "generation-");
    } else {
      md.append(noteAbout(r, "No generation")).append("\n\n");
    }

    md.append("## Robustness\n\n");
    EvaluationReport.Robustness rb = r.robustness();
    md.append("Gaussian noise of sd sigma (pixels clipped to [0, 1]) and a gradient-sign step of"
        + " sigma per pixel against the encoder mean (the same size), on ")
        .append(String.format(Locale.ROOT, "%,d", rb.items())).append(" images.\n\n");
    md.append("| sigma | latent (noise) | latent (gradient sign) | reconstruction (noise) | reconstruction (gradient sign) |\n|---|---|---|---|---|\n");
    boolean attack = rb.attackLatentStability() != null;
    for (int i = 0; i < rb.sigma().length; i++) {
      md.append(String.format(Locale.ROOT, "| %.2f | %.4g | %s | %.4g | %s |\n",
          rb.sigma()[i], rb.latentStability()[i],
          attack ? String.format(Locale.ROOT, "%.4g", rb.attackLatentStability()[i]) : "n/a",
          rb.reconstructionStability()[i],
          attack ? String.format(Locale.ROOT, "%.4g", rb.attackReconstructionStability()[i]) : "n/a"));
    }
    md.append('\n');
    images(md, figures, "robustness-");

    md.append("## Smoothness of interpolations\n\n");
    EvaluationReport.Smoothness s = r.smoothness();
    if (s != null) {
      md.append(String.format(Locale.ROOT,
          "%d straight paths between the means of pairs of held-out images, %d frames each: SSIM"
              + " of consecutive frames %.3f on average; the largest jump has SSIM %.3f.\n\n",
          s.paths(), s.frames(), s.meanSsim(), s.lowestSsim()));
      images(md, figures, "smoothness");
    } else {
      md.append(noteAbout(r, "No SSIM")).append("\n\n");
    }
    EvaluationReport.Disentanglement d = r.disentanglement();
    if (d != null) {
      md.append("## Disentanglement\n\n");
      md.append(String.format(Locale.ROOT,
          "On the encoder means of %,d items with known factors (%s), as disentanglement_lib"
              + " computes the scores (docs/metrics.md):\n\n| beta-VAE | FactorVAE | MIG | DCI"
              + " disentanglement | DCI completeness | DCI informativeness | SAP |\n|---|---|---|---|---|---|---|\n"
              + "| %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n\n",
          d.items(), String.join(", ", d.factors()), d.betaVae(), d.factorVae(), d.mig(),
          d.dci().disentanglement(), d.dci().completeness(), d.dci().informativeness(), d.sap()));
      for (String sentence : d.sentences()) {
        md.append("- ").append(sentence).append('\n');
      }
      md.append('\n');
      images(md, figures, "disentanglement-");
    }
    if (!r.notes().isEmpty()) {
      md.append("## Notes\n\n");
      for (String n : r.notes()) {
        md.append("- ").append(n).append('\n');
      }
      md.append('\n');
    }
    md.append(String.format(Locale.ROOT, "Took %.1f s.\n", r.seconds().total()));
    return md.toString();
  }

  private static void row(StringBuilder md, String name, EvaluationReport.Figure f) {
    md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f |\n", name, f.mean(), f.sd()));
  }

  private static void images(StringBuilder md, List<EvaluationFigures.Figure> figures, String prefix) {
    for (EvaluationFigures.Figure f : figures) {
      if (f.file().startsWith(prefix)) {
        md.append("![").append(f.title()).append("](").append(f.file()).append(")\n\n");
      }
    }
  }

  private static String noteAbout(EvaluationReport r, String start) {
    return r.notes().stream().filter(n -> n.startsWith(start)).findFirst().orElse("");
  }
}
