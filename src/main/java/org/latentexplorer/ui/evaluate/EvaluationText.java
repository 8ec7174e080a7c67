package org.latentexplorer.ui.evaluate;

import java.util.Locale;
import org.latentexplorer.analysis.evaluate.EvaluationReport;

/** The numbers of each part of an evaluation, as the Evaluate tab writes them. */
final class EvaluationText {

  private EvaluationText() {}

  static String reconstruction(EvaluationReport r) {
    EvaluationReport.Reconstruction c = r.reconstruction();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%,d held-out images of %s.%n", r.heldOutItems(), r.data()));
    s.append(String.format(Locale.ROOT, "%s: %.2f ± %.2f%n", c.lossName(), c.loss().mean(), c.loss().sd()));
    if (c.ssim() != null) {
      s.append(String.format(Locale.ROOT, "SSIM: %.4f ± %.4f%n", c.ssim().mean(), c.ssim().sd()));
    } else {
      s.append("SSIM: none (images under 11 x 11 pixels)\n");
    }
    s.append(String.format(Locale.ROOT, "PSNR: %.2f ± %.2f dB", c.psnr().mean(), c.psnr().sd()));
    if (c.psnrInfinite() > 0) {
      s.append(String.format(Locale.ROOT, " (%d exact reconstructions left out)", c.psnrInfinite()));
    }
    s.append("\nBelow: the 8 best and the 8 worst by loss, each original above its reconstruction.");
    return s.toString();
  }

  static String likelihood(EvaluationReport r) {
    EvaluationReport.Likelihood l = r.likelihood();
    if (l == null) {
      return note(r, "No likelihood");
    }
    return String.format(
        Locale.ROOT,
        "-ELBO %.2f nats = reconstruction %.2f + KL %.2f%n-log p(x) %.2f nats, importance-sampled"
            + " with K = %,d on %,d images%ngap (ELBO to log p(x)): %.2f nats",
        l.negativeElbo(), l.reconstruction(), l.kl(), l.negativeLogLikelihood(), l.samples(),
        l.items(), l.gap());
  }

  static String generation(EvaluationReport r) {
    EvaluationReport.Generation g = r.generation();
    if (g == null) {
      return note(r, "No generation");
    }
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "On %s (held-out accuracy %.1f%%); not FID.%n", g.featureSpace(), 100 * g.classifierAccuracy()));
    for (EvaluationReport.Baseline b : g.baselines()) {
      s.append(String.format(Locale.ROOT, "%s: Fréchet distance %.2f, score %.2f ± %.2f%n",
          b.name(), b.frechetDistance(), b.score().mean(), b.score().sd()));
    }
    s.append(g.verdict());
    return s.toString();
  }

  static String robustness(EvaluationReport r) {
    EvaluationReport.Robustness b = r.robustness();
    int last = b.sigma().length - 1;
    if (b.attackLatentStability() == null) {
      return String.format(
          Locale.ROOT,
          "On %,d images, at sigma %.2f: latent displacement %.3g against a code spread of %.3g;"
              + " reconstruction change %.3g. %s",
          b.items(), b.sigma()[last], b.latentStability()[last], b.codeSpread(),
          b.reconstructionStability()[last], note(r, "No gradient-sign"));
    }
    return String.format(
        Locale.ROOT,
        "On %,d images, at sigma %.2f: latent displacement %.3g (noise) and %.3g (gradient sign),"
            + " against a code spread of %.3g; reconstruction change %.3g and %.3g",
        b.items(), b.sigma()[last], b.latentStability()[last], b.attackLatentStability()[last],
        b.codeSpread(), b.reconstructionStability()[last], b.attackReconstructionStability()[last]);
  }

  static String smoothness(EvaluationReport r) {
    EvaluationReport.Smoothness s = r.smoothness();
    if (s == null) {
      return note(r, "No SSIM");
    }
    return String.format(
        Locale.ROOT,
        "%d interpolations of %d frames: SSIM of consecutive frames %.3f on average, %.3f at the"
            + " largest jump",
        s.paths(), s.frames(), s.meanSsim(), s.lowestSsim());
  }

  static String disentanglement(EvaluationReport r) {
    EvaluationReport.Disentanglement d = r.disentanglement();
    if (d == null) {
      return "No disentanglement scores: the data set has no known factors (sprites has).";
    }
    return String.format(
            Locale.ROOT,
            "beta-VAE %.3f · FactorVAE %.3f · MIG %.3f · DCI %.3f / %.3f / %.3f · SAP %.3f"
                + " (%,d items)%n",
            d.betaVae(), d.factorVae(), d.mig(), d.dci().disentanglement(),
            d.dci().completeness(), d.dci().informativeness(), d.sap(), d.items())
        + String.join("\n", d.sentences());
  }

  private static String note(EvaluationReport r, String start) {
    return r.notes().stream().filter(n -> n.startsWith(start)).findFirst().orElse("");
  }
}
