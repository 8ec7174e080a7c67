package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.analysis.evaluate.ComparisonWriter;
import org.latentexplorer.analysis.evaluate.Evaluation;
import org.latentexplorer.analysis.evaluate.EvaluationRun;
import org.latentexplorer.analysis.evaluate.EvaluationOptions;
import org.latentexplorer.analysis.evaluate.EvaluationReport;
import org.latentexplorer.analysis.evaluate.EvaluationWriter;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ProgressSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evaluate}: how good a model is, as figures, evaluation.json and report.md. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Measure a model on held-out data: reconstruction (loss, SSIM, PSNR), likelihood (VAE: ELBO"
          + " and importance-sampled log p(x)), generated samples (a Fréchet distance and a score on"
          + " the features of the program's own classifier), robustness to noise and gradient-sign"
          + " perturbations, and the smoothness of interpolations.",
      "Writes every figure as PNG, evaluation.json and report.md to --out; --export adds .npy"
          + " arrays and metrics.csv for Python. Give --model twice to compare two models."
    })
public final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ForceOption overwrite;

  @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model folder; twice to compare two.")
  List<Path> models;

  @Option(names = "--data", paramLabel = "D", description = "Data set (default: the model's own, its held-out part).")
  String data;

  @Mixin NumpyOptions numpy;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the figures, evaluation.json and report.md.")
  Path out;

  @Option(names = "--export", description = "Also write originals.npy, reconstructions.npy, metrics.csv and the classifier features.")
  boolean export;

  @Option(names = "--classifier", paramLabel = "DIR", description = "Classifier folder (default: the one for the data set beside the model, or among the bundled models).")
  Path classifier;

  @Option(names = "--items", paramLabel = "N", description = "Held-out images to measure, 0 for all (default: ${DEFAULT-VALUE}).")
  int items = 0;

  @Option(names = "--likelihood-images", paramLabel = "N", description = "Held-out images for log p(x); 0 (the default) sizes it to this machine, up to 1,000.")
  int likelihoodImages = 0;

  @Option(names = {"--samples", "-K"}, paramLabel = "K", description = "Importance samples an image for log p(x); 0 (the default) for 1,000, fewer (not below 100) when a large decoder would not fit the time.")
  int samples = 0;

  @Option(names = "--robustness-images", paramLabel = "N", description = "Held-out images for the robustness sweep; 0 (the default) sizes it to this machine, up to 2,000.")
  int robustnessImages = 0;

  @Option(names = "--max-sigma", paramLabel = "S", description = "Largest noise sd of the robustness sweep (default: ${DEFAULT-VALUE}).")
  double maxSigma = 0.5;

  @Option(names = "--sigma-steps", paramLabel = "N", description = "Steps of the robustness sweep (default: ${DEFAULT-VALUE}).")
  int sigmaSteps = 10;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() throws Exception {
    data = numpy.spec(spec, data);
    new Checks(spec)
        .atLeast("--items", items, 0)
        .within("--likelihood-images", likelihoodImages, 0, 1_000_000)
        .within("--samples", samples, 0, 100_000)
        .within("--robustness-images", robustnessImages, 0, 1_000_000)
        .positive("--max-sigma", maxSigma)
        .within("--sigma-steps", sigmaSteps, 1, 100);
    if (models.size() > 2) {
      throw new ParameterException(spec.commandLine(), "evaluate compares at most two models; --model was given " + models.size() + " times");
    }
    overwrite.prepareFolder(out);
    PrintWriter err = spec.commandLine().getErr();
    StepProgress progress = StepProgress.on(err);
    EvaluationOptions d = EvaluationOptions.defaults();
    EvaluationOptions options =
        new EvaluationOptions(
            items, likelihoodImages, samples, robustnessImages,
            EvaluationOptions.sigmaSweep(maxSigma, sigmaSteps),
            d.paths(), d.frames(), EvaluationWriter.EXPORTED, seed);
    List<Evaluation> evaluations = new ArrayList<>();
    for (Path folder : models) {
      evaluations.add(evaluate(folder, options, progress, err));
    }
    progress.close();
    PrintWriter stdout = spec.commandLine().getOut();
    if (evaluations.size() == 1) {
      EvaluationReport r = EvaluationWriter.write(evaluations.get(0), out, export);
      stdout.printf(Locale.ROOT, "Wrote %d files to %s%n", r.files().size() + 1, out);
      printSummary(stdout, r);
    } else {
      List<String> folders = ComparisonWriter.write(evaluations, out, export);
      stdout.printf(Locale.ROOT, "Wrote the comparison to %s (each model in %s)%n", out.resolve("report.md"), folders);
      for (Evaluation e : evaluations) {
        printSummary(stdout, e.report());
      }
      String sentence = ComparisonWriter.priorSamplesSentence(evaluations);
      if (sentence != null) {
        stdout.println(sentence);
      }
    }
    stdout.flush();
    return 0;
  }

  private Evaluation evaluate(Path folder, EvaluationOptions options, ProgressSink progress, PrintWriter err)
      throws Exception {
    try (LatentEngine engine = LatentEngine.open(folder)) {
      engine.hearNotes(note -> {
        err.println(note);
        err.flush();
      });
      err.println("Evaluating " + folder);
      return EvaluationRun.run(
          engine, folder, nameOf(folder), data, classifier, options, progress, () -> false);
    }
  }

  /** A model folder's name, as reports and legends call the model. */
  static String nameOf(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? folder.toString() : name.toString();
  }

  private static void printSummary(PrintWriter out, EvaluationReport r) {
    out.printf(Locale.ROOT, "%s: reconstruction %s %.3f", r.model(), r.reconstruction().lossName(), r.reconstruction().loss().mean());
    if (r.reconstruction().ssim() != null) {
      out.printf(Locale.ROOT, ", SSIM %.4f", r.reconstruction().ssim().mean());
    }
    out.printf(Locale.ROOT, ", PSNR %.2f dB", r.reconstruction().psnr().mean());
    if (r.likelihood() != null) {
      out.printf(Locale.ROOT, "; -ELBO %.2f, -log p(x) %.2f ± %.2f nats (K = %d, %,d images)",
          r.likelihood().negativeElbo(), r.likelihood().negativeLogLikelihood(),
          r.likelihood().standardError(), r.likelihood().samples(), r.likelihood().items());
    }
    if (r.generation() != null) {
      out.printf(Locale.ROOT, "; prior samples: Fréchet distance %.3f, score %.2f ± %.2f",
          r.generation().frechetDistance(), r.generation().score().mean(), r.generation().score().sd());
    }
    out.println();
  }
}
