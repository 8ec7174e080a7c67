package org.latentexplorer.analysis.evaluate;

import java.util.List;

/**
 * Stability of the codes and reconstructions under Gaussian noise and under a gradient-sign step
 * of the same size, over a sweep of sigma.
 */
final class RobustnessPart extends EvaluationPart<RobustnessResult> {

  RobustnessPart() {
    super("robustness", "Robustness", "robustness-", RobustnessResult.class);
  }

  @Override
  protected RobustnessResult measure(EvaluationContext c) {
    EvaluationOptions o = c.options();
    RobustnessResult r =
        RobustnessResult.run(
            c.engine(), c.measures(), c.images(), Math.min(c.count(), o.robustnessItems()),
            c.encoding(), c.result(EvaluationParts.RECONSTRUCTION).pixels(), o.sigmas(), o.seed(),
            c.steps());
    if (r.attackLatentStability() == null) {
      c.note(
          "No gradient-sign attack: DJL runs a TorchScript model without gradients with respect to"
              + " its input, so only the Gaussian-noise curves are measured.");
    }
    return r;
  }

  @Override
  protected Object entry(RobustnessResult r, EvaluationContext c) {
    return new EvaluationReport.Robustness(
        r.items(), r.sigma(), r.latentStability(), r.reconstructionStability(),
        r.attackLatentStability(), r.attackReconstructionStability(), r.codeSpread());
  }

  @Override
  protected List<EvaluationFigures.Figure> figures(RobustnessResult r, Evaluation e) {
    return List.of(
        new EvaluationFigures.Figure(
            "robustness-latent.png", "Latent stability", EvaluationFigures.robustness(List.of(e), true)),
        new EvaluationFigures.Figure(
            "robustness-reconstruction.png", "Reconstruction stability",
            EvaluationFigures.robustness(List.of(e), false)));
  }

  @Override
  protected void markdown(StringBuilder md, EvaluationReport r, List<EvaluationFigures.Figure> figures) {
    md.append("## Robustness\n\n");
    EvaluationReport.Robustness rb = r.robustness();
    md.append("Gaussian noise of sd sigma (pixels clipped to [0, 1]) and a gradient-sign step of"
        + " sigma per pixel against the encoder mean (the same size), on ")
        .append(format("%,d", rb.items())).append(" images.\n\n");
    md.append("| sigma | latent (noise) | latent (gradient sign) | reconstruction (noise) | reconstruction (gradient sign) |\n|---|---|---|---|---|\n");
    boolean attack = rb.attackLatentStability() != null;
    for (int i = 0; i < rb.sigma().length; i++) {
      md.append(format("| %.2f | %.4g | %s | %.4g | %s |\n",
          rb.sigma()[i], rb.latentStability()[i],
          attack ? format("%.4g", rb.attackLatentStability()[i]) : "n/a",
          rb.reconstructionStability()[i],
          attack ? format("%.4g", rb.attackReconstructionStability()[i]) : "n/a"));
    }
    md.append('\n');
    images(md, figures);
  }

  @Override
  public String text(EvaluationReport r) {
    EvaluationReport.Robustness b = r.robustness();
    int last = b.sigma().length - 1;
    if (b.attackLatentStability() == null) {
      return format(
          "On %,d images, at sigma %.2f: latent displacement %.3g against a code spread of %.3g;"
              + " reconstruction change %.3g. %s",
          b.items(), b.sigma()[last], b.latentStability()[last], b.codeSpread(),
          b.reconstructionStability()[last], note(r, "No gradient-sign"));
    }
    return format(
        "On %,d images, at sigma %.2f: latent displacement %.3g (noise) and %.3g (gradient sign),"
            + " against a code spread of %.3g; reconstruction change %.3g and %.3g",
        b.items(), b.sigma()[last], b.latentStability()[last], b.attackLatentStability()[last],
        b.codeSpread(), b.reconstructionStability()[last], b.attackReconstructionStability()[last]);
  }
}
