package org.latentexplorer.analysis.evaluate;

import java.util.List;

/**
 * A VAE's likelihood of held-out images: the ELBO and its terms, and log p(x) importance-sampled
 * with K samples of q(z|x) (Burda et al. 2016).
 */
final class LikelihoodPart extends EvaluationPart<LikelihoodResult> {

  LikelihoodPart() {
    super("likelihood", "Likelihood", "likelihood", LikelihoodResult.class);
  }

  @Override
  protected LikelihoodResult measure(EvaluationContext c) {
    if (c.engine().isVae() && c.encoding().logVariances() != null) {
      EvaluationOptions o = c.options();
      int n = Math.min(o.likelihoodItems(), c.count());
      return LikelihoodResult.run(
          c.measures(), c.images(), c.encoding(), n, o.likelihoodSamples(), c.shape().size(),
          o.seed(), c.steps());
    }
    c.note(
        "No likelihood: an AE's encoder gives one code per image, not a distribution q(z|x),"
            + " and it has no prior over z, so neither the ELBO nor log p(x) is defined; its"
            + " reconstruction figures stand alone.");
    return null;
  }

  @Override
  protected Object entry(LikelihoodResult l, EvaluationContext c) {
    double nelbo = l.negativeElbo();
    double nll = l.negativeLogLikelihood();
    return new EvaluationReport.Likelihood(
        l.count(), l.samples(), nelbo, l.reconstruction(), l.kl(), nll, nelbo - nll,
        l.standardError());
  }

  @Override
  protected List<EvaluationFigures.Figure> figures(LikelihoodResult l, Evaluation e) {
    return List.of(new EvaluationFigures.Figure("likelihood.png", "Likelihood", EvaluationFigures.likelihood(l)));
  }

  @Override
  protected void markdown(StringBuilder md, EvaluationReport r, List<EvaluationFigures.Figure> figures) {
    md.append("## Likelihood\n\n");
    EvaluationReport.Likelihood l = r.likelihood();
    if (l != null) {
      md.append(
          format(
              "On %,d held-out images, nats per image:\n\n| -ELBO | reconstruction term | KL term"
                  + " | -log p(x), K = %,d | standard error | gap |\n|---|---|---|---|---|---|\n"
                  + "| %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n\n",
              l.items(), l.samples(), l.negativeElbo(), l.reconstruction(), l.kl(),
              l.negativeLogLikelihood(), l.standardError(), l.gap()));
      md.append("The standard error is that of the mean over these images (their spread over the"
          + " square root of their number): how far it may lie from the mean over all held-out"
          + " images.\n\n");
      md.append("log p(x) is the importance-weighted bound (Burda et al. 2016) with K samples of q(z|x); the gap to the ELBO is how much the bound tightens.\n\n");
      images(md, figures);
    } else {
      md.append("None: this is an AE. ").append(note(r, "No likelihood")).append("\n\n");
    }
  }

  @Override
  public String text(EvaluationReport r) {
    EvaluationReport.Likelihood l = r.likelihood();
    if (l == null) {
      return note(r, "No likelihood");
    }
    return format(
        "-ELBO %.2f nats = reconstruction %.2f + KL %.2f%n-log p(x) %.2f ± %.2f nats (standard"
            + " error), importance-sampled with K = %,d on %,d images%ngap (ELBO to log p(x)): %.2f"
            + " nats",
        l.negativeElbo(), l.reconstruction(), l.kl(), l.negativeLogLikelihood(), l.standardError(),
        l.samples(), l.items(), l.gap());
  }
}
