package org.latentexplorer.analysis.evaluate;

import java.util.List;

/**
 * Five disentanglement scores on data with known factors (beta-VAE, FactorVAE, MIG, DCI, SAP, as
 * disentanglement_lib computes them), the mutual-information heat map and the traversals.
 */
final class DisentanglementPart extends EvaluationPart<DisentanglementResult> {

  DisentanglementPart() {
    super("disentanglement", "Disentanglement", "disentanglement-", DisentanglementResult.class);
  }

  @Override
  protected DisentanglementResult measure(EvaluationContext c) {
    return DisentanglementResult.run(c.engine(), c.data(), c.options().seed(), c.steps());
  }

  @Override
  protected Object entry(DisentanglementResult d, EvaluationContext c) {
    var s = d.scores();
    int[] best = d.bestCodes();
    for (int m = 0; m < best.length; m++) {
      best[m]++;
    }
    return new EvaluationReport.Disentanglement(
        s.items(), d.factorNames(), s.betaVae(), s.factorVae(), s.mig().score(),
        new EvaluationReport.Dci(
            s.dci().disentanglement(), s.dci().completeness(), s.dci().informativeness()),
        s.sap().score(), s.mig().mutualInformation(), best, d.sentences(), d.klPerCode());
  }

  @Override
  protected List<EvaluationFigures.Figure> figures(DisentanglementResult d, Evaluation e) {
    return DisentanglementFigures.all(d, e.shape());
  }

  @Override
  protected void markdown(StringBuilder md, EvaluationReport r, List<EvaluationFigures.Figure> figures) {
    EvaluationReport.Disentanglement d = r.disentanglement();
    if (d == null) {
      return;
    }
    md.append("## Disentanglement\n\n");
    md.append(format(
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
    images(md, figures);
  }

  @Override
  public String text(EvaluationReport r) {
    EvaluationReport.Disentanglement d = r.disentanglement();
    if (d == null) {
      return "No disentanglement scores: the data set has no known factors (sprites has).";
    }
    return format(
            "beta-VAE %.3f · FactorVAE %.3f · MIG %.3f · DCI %.3f / %.3f / %.3f · SAP %.3f"
                + " (%,d items)%n",
            d.betaVae(), d.factorVae(), d.mig(), d.dci().disentanglement(),
            d.dci().completeness(), d.dci().informativeness(), d.sap(), d.items())
        + String.join("\n", d.sentences());
  }
}
