package org.latentexplorer.analysis.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.latentexplorer.engine.ClassifierEngine;
import org.latentexplorer.latent.metrics.ClassifierScore;
import org.latentexplorer.model.ModelKind;

/**
 * Prior samples measured on the features of the data set's classifier: a Fréchet distance to the
 * held-out images and an Inception-Score-like score, beside reconstructions and training images.
 */
final class GenerationPart extends EvaluationPart<GenerationResult> {

  GenerationPart() {
    super("generation", "Generated samples", "generation-", GenerationResult.class);
  }

  @Override
  protected GenerationResult measure(EvaluationContext c) {
    ClassifierEngine classifier = c.classifier();
    String data = c.data().name();
    if (classifier == null) {
      c.note(
          "No generation figures: no classifier for '" + data + "' was found beside the"
              + " model (train one with: train-classifier --data " + data
              + " --out <models>/" + data + "-classifier).");
      return null;
    }
    if (!classifier.description().input().equals(c.shape())) {
      c.note(
          "No generation figures: the classifier in " + classifier.folder() + " takes "
              + classifier.description().input() + " images, the model " + c.shape() + ".");
      return null;
    }
    if (c.count() <= classifier.description().features()) {
      c.note(
          "No generation figures: " + c.count() + " held-out images are too few for "
              + classifier.description().features() + " features (docs/metrics.md).");
      return null;
    }
    long seed = c.options().seed();
    return GenerationResult.run(
        c.engine(), classifier, c.images(), c.result(EvaluationParts.RECONSTRUCTION).pixels(),
        c.data().trainingSample(c.count(), seed), c.count(), seed, c.steps());
  }

  @Override
  protected Object entry(GenerationResult g, EvaluationContext c) {
    List<EvaluationReport.Baseline> rows = new ArrayList<>();
    for (GenerationResult.Row r : g.rows()) {
      rows.add(new EvaluationReport.Baseline(r.name(), r.count(), r.frechetDistance(), score(r.score())));
    }
    GenerationResult.Row prior = g.row(GenerationResult.PRIOR_SAMPLES);
    return new EvaluationReport.Generation(
        g.featureSpace(),
        g.classifierFolder(),
        g.classifier().testAccuracy(),
        prior.count(),
        prior.frechetDistance(),
        score(prior.score()),
        rows,
        g.classifier().classNames(),
        g.generatedCounts(),
        g.realCounts(),
        verdict(g, c.engine().description().model().kind()));
  }

  private static EvaluationReport.Score score(ClassifierScore s) {
    return new EvaluationReport.Score(s.mean(), s.sd());
  }

  /** One sentence: are prior samples about as good as reconstructions, or far worse? */
  static String verdict(GenerationResult g, ModelKind kind) {
    double prior = g.row(GenerationResult.PRIOR_SAMPLES).frechetDistance();
    double recon = g.row(GenerationResult.RECONSTRUCTIONS).frechetDistance();
    double ratio = prior / Math.max(recon, 1e-12);
    if (ratio > 2) {
      return format(
          "Prior samples are far from the held-out images (Fréchet distance %.2f, %.1f times the"
              + " reconstructions' %.2f): the decoder does not make data-like images from N(0, I)%s.",
          prior, ratio, recon,
          kind == ModelKind.AE ? ", as expected of an AE, whose codes are not fitted to the prior"
              : "");
    }
    return format(
        "Prior samples are about as close to the held-out images as the reconstructions (Fréchet"
            + " distance %.2f against %.2f): N(0, I) covers what the decoder can make.",
        prior, recon);
  }

  @Override
  protected List<EvaluationFigures.Figure> figures(GenerationResult g, Evaluation e) {
    return List.of(
        new EvaluationFigures.Figure("generation-samples.png", "Prior samples", EvaluationFigures.samples(e)),
        new EvaluationFigures.Figure(
            "generation-classes.png", "Classes of prior samples", EvaluationFigures.classes(e)));
  }

  @Override
  protected void markdown(StringBuilder md, EvaluationReport r, List<EvaluationFigures.Figure> figures) {
    md.append("## Generated samples\n\n");
    EvaluationReport.Generation g = r.generation();
    if (g == null) {
      md.append(note(r, "No generation")).append("\n\n");
      return;
    }
    md.append("Fréchet distance and score on ").append(g.featureSpace()).append(format(
        " (classifier %s, %.1f%% held-out accuracy). Not FID: the features are not Inception-v3's,"
            + " so the numbers compare models on this data set only.\n\n",
        g.classifier(), 100 * g.classifierAccuracy()));
    md.append("| images | count | Fréchet distance to held-out | score (mean ± sd) |\n|---|---|---|---|\n");
    for (EvaluationReport.Baseline b : g.baselines()) {
      md.append(format("| %s | %,d | %.3f | %.3f ± %.3f |\n",
          b.name(), b.count(), b.frechetDistance(), b.score().mean(), b.score().sd()));
    }
    md.append("\n").append(g.verdict()).append("\n\n");
    images(md, figures);
  }

  @Override
  public String text(EvaluationReport r) {
    EvaluationReport.Generation g = r.generation();
    if (g == null) {
      return note(r, "No generation");
    }
    StringBuilder s = new StringBuilder();
    s.append(format("On %s (held-out accuracy %.1f%%); not FID.%n", g.featureSpace(), 100 * g.classifierAccuracy()));
    for (EvaluationReport.Baseline b : g.baselines()) {
      s.append(format("%s: Fréchet distance %.2f, score %.2f ± %.2f%n",
          b.name(), b.frechetDistance(), b.score().mean(), b.score().sd()));
    }
    s.append(g.verdict());
    return s.toString();
  }
}
