package org.latentexplorer.analysis.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.ClassifierEngine;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelMeasures;
import org.latentexplorer.engine.ProgressSink;
import org.latentexplorer.latent.metrics.ClassifierScore;
import org.latentexplorer.latent.metrics.PathSmoothness;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.ModelKind;

/**
 * Measures a model on held-out data: reconstruction, likelihood (VAE), generated samples (with a
 * classifier for the data set), robustness and the smoothness of interpolations; what {@code
 * evaluate} and the Evaluate tab run. It works on the calling thread (the engines do the network
 * work on theirs), reports progress, and stops with a {@link
 * java.util.concurrent.CancellationException} between chunks once cancelled.
 */
public final class Evaluator {

  /** How many best and worst reconstructions are shown. */
  public static final int SHOWN = 8;

  private final LatentEngine engine;
  private final String name;
  private final Path folder;
  private final EvaluationData data;
  private final ClassifierEngine classifier;
  private final Steps steps;
  private final List<String> notes = new ArrayList<>();

  /**
   * @param classifier the data set's classifier, or null (the generation part is then skipped,
   *     with a note)
   */
  public Evaluator(
      LatentEngine engine, String name, Path folder, EvaluationData data,
      ClassifierEngine classifier, ProgressSink progress, BooleanSupplier cancelled) {
    this.engine = engine;
    this.name = name;
    this.folder = folder;
    this.data = data;
    this.classifier = classifier;
    this.steps = new Steps(progress, cancelled);
  }

  /** Runs every part. */
  public Evaluation run(EvaluationOptions o) {
    InputShape shape = engine.inputShape();
    ImageSet heldOut = data.heldOut();
    if (heldOut.channels() != shape.channels() || heldOut.height() != shape.height()
        || heldOut.width() != shape.width()) {
      throw new IllegalArgumentException(
          "the model takes " + shape + " images but the data set '" + data.name() + "' holds "
              + heldOut.describe());
    }
    if (data.note() != null) {
      notes.add(data.note());
    }
    int count = o.items() <= 0 ? heldOut.size() : Math.min(o.items(), heldOut.size());
    int size = shape.size();
    float[] images = Arrays.copyOf(heldOut.pixels(), count * size);
    int[] labels = Arrays.copyOf(heldOut.labels(), count);
    ModelMeasures measures = new ModelMeasures(engine);
    long start = System.nanoTime();

    steps.at("Encoding held-out images", -1);
    Encoding encoding = Steps.await(engine.encode(images, count, null));
    ReconstructionResult reconstruction =
        ReconstructionResult.run(measures, images, count, shape, steps);
    double tRecon = seconds(start);

    LikelihoodResult likelihood = null;
    long t = System.nanoTime();
    if (engine.isVae() && encoding.logVariances() != null) {
      int n = Math.min(o.likelihoodItems(), count);
      likelihood =
          LikelihoodResult.run(
              measures, images, encoding, n, o.likelihoodSamples(), size, o.seed(), steps);
    } else {
      notes.add(
          "No likelihood: an AE's encoder gives one code per image, not a distribution q(z|x),"
              + " and it has no prior over z, so neither the ELBO nor log p(x) is defined; its"
              + " reconstruction figures stand alone.");
    }
    double tLikelihood = seconds(t);

    GenerationResult generation = null;
    t = System.nanoTime();
    if (classifier == null) {
      notes.add(
          "No generation figures: no classifier for '" + data.name() + "' was found beside the"
              + " model (train one with: train-classifier --data " + data.name()
              + " --out <models>/" + data.name() + "-classifier).");
    } else if (!classifier.description().input().equals(shape)) {
      notes.add(
          "No generation figures: the classifier in " + classifier.folder() + " takes "
              + classifier.description().input() + " images, the model " + shape + ".");
    } else if (count <= classifier.description().features()) {
      notes.add(
          "No generation figures: " + count + " held-out images are too few for "
              + classifier.description().features() + " features (docs/metrics.md).");
    } else {
      generation =
          GenerationResult.run(
              engine, classifier, images, reconstruction.pixels(),
              data.trainingSample(count, o.seed()), count, o.seed(), steps);
    }
    double tGeneration = seconds(t);

    t = System.nanoTime();
    RobustnessResult robustness =
        RobustnessResult.run(
            engine, measures, images, Math.min(count, o.robustnessItems()), encoding,
            reconstruction.pixels(), o.sigmas(),
            o.seed(), steps);
    double tRobustness = seconds(t);
    if (robustness.attackLatentStability() == null) {
      notes.add(
          "No gradient-sign attack: DJL runs a TorchScript model without gradients with respect to"
              + " its input, so only the Gaussian-noise curves are measured.");
    }

    t = System.nanoTime();
    SmoothnessResult smoothness =
        SmoothnessResult.run(engine, encoding, count, o.paths(), o.frames(), o.seed(), steps);
    if (smoothness.paths().isEmpty()) {
      notes.add("No SSIM or smoothness figures: SSIM's 11 x 11 window does not fit " + shape + " images.");
    }
    double tSmoothness = seconds(t);

    t = System.nanoTime();
    DisentanglementResult disentanglement = DisentanglementResult.run(engine, data, o.seed(), steps);
    double tDisentanglement = seconds(t);

    EvaluationReport report =
        new EvaluationReport(
            name,
            folder.toString(),
            engine.description().model().summary(),
            data.name(),
            count,
            reconstructionReport(reconstruction, o.exported()),
            likelihood == null ? null : likelihoodReport(likelihood),
            generation == null ? null : generationReport(generation, engine.description().model().kind()),
            new EvaluationReport.Robustness(
                robustness.items(), robustness.sigma(), robustness.latentStability(),
                robustness.reconstructionStability(), robustness.attackLatentStability(),
                robustness.attackReconstructionStability(), robustness.codeSpread()),
            smoothnessReport(smoothness, o.frames()),
            disentanglement == null ? null : disentanglementReport(disentanglement),
            List.copyOf(notes),
            new EvaluationReport.Timings(
                tRecon, tLikelihood, tGeneration, tRobustness, tSmoothness, tDisentanglement,
                seconds(start)),
            List.of());
    steps.at("Done", 1);
    return new Evaluation(
        report, shape, images, labels, heldOut.classNames(), reconstruction, likelihood,
        generation, robustness, smoothness, disentanglement);
  }

  private static EvaluationReport.Disentanglement disentanglementReport(DisentanglementResult d) {
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

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static EvaluationReport.Reconstruction reconstructionReport(
      ReconstructionResult r, int exported) {
    int shown = Math.min(exported, r.count());
    double[] finitePsnr = Arrays.stream(r.psnr()).filter(Double::isFinite).toArray();
    return new EvaluationReport.Reconstruction(
        r.lossName(),
        figure(r.loss(), shown),
        r.ssim() == null ? null : figure(r.ssim(), shown),
        figure(finitePsnr, 0),
        r.count() - finitePsnr.length,
        r.best(SHOWN),
        r.worst(SHOWN));
  }

  /** Mean, sd (population) and the first {@code shown} values. */
  static EvaluationReport.Figure figure(double[] v, int shown) {
    double mean = Arrays.stream(v).average().orElse(Double.NaN);
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return new EvaluationReport.Figure(
        mean, v.length == 0 ? Double.NaN : Math.sqrt(ss / v.length),
        Arrays.copyOf(v, Math.min(shown, v.length)));
  }

  private static EvaluationReport.Likelihood likelihoodReport(LikelihoodResult l) {
    double nelbo = l.negativeElbo();
    double nll = l.negativeLogLikelihood();
    return new EvaluationReport.Likelihood(
        l.count(), l.samples(), nelbo, l.reconstruction(), l.kl(), nll, nelbo - nll);
  }

  private static EvaluationReport.Generation generationReport(GenerationResult g, ModelKind kind) {
    List<EvaluationReport.Baseline> rows = new ArrayList<>();
    for (GenerationResult.Row r : g.rows()) {
      rows.add(
          new EvaluationReport.Baseline(
              r.name(), r.count(), r.frechetDistance(), score(r.score())));
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
        verdict(g, kind));
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
      return String.format(
          Locale.ROOT,
          "Prior samples are far from the held-out images (Fréchet distance %.2f, %.1f times the"
              + " reconstructions' %.2f): the decoder does not make data-like images from N(0, I)%s.",
          prior, ratio, recon,
          kind == ModelKind.AE ? ", as expected of an AE, whose codes are not fitted to the prior"
              : "");
    }
    return String.format(
        Locale.ROOT,
        "Prior samples are about as close to the held-out images as the reconstructions (Fréchet"
            + " distance %.2f against %.2f): N(0, I) covers what the decoder can make.",
        prior, recon);
  }

  private static EvaluationReport.Smoothness smoothnessReport(SmoothnessResult s, int frames) {
    int n = s.paths().size();
    double[] means = s.paths().stream().mapToDouble(PathSmoothness::mean).toArray();
    double[] lowest = s.paths().stream().mapToDouble(PathSmoothness::lowest).toArray();
    return n == 0
        ? null
        : new EvaluationReport.Smoothness(
            n, frames, s.meanSsim(), s.lowestSsim(), means, lowest, s.pairs());
  }
}
