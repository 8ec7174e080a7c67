package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.analysis.AnalysisReport;
import org.latentexplorer.analysis.AnalysisSubject;
import org.latentexplorer.analysis.Analyzer;
import org.latentexplorer.data.codes.CodeSet;
import org.latentexplorer.data.codes.CodesReader;
import org.latentexplorer.engine.ModelSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code analyze}: every latent-space analysis as PNG figures and one JSON of numbers, and the
 * projections' coordinates as CSV ({@code pca.csv}, and one a method of {@link
 * org.latentexplorer.latent.embedding.EmbeddingMethods#ALL} such as {@code tsne.csv}: index,
 * label, x, y). Each method's options ({@code --tsne-points}, {@code --perplexity}, ...) come from
 * the method ({@link EmbeddingOptions}).
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Analyse a model's latent space: PCA, t-SNE, number density along the axes and the radius,"
          + " prior coverage, prior samples, the manifold grid (2-D) and encoder statistics (VAE);"
          + " or, with --codes, the codes of any model, without what needs its decoder.",
      "Writes every figure as PNG and every number to analysis.json in --out."
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ForceOption overwrite;

  @Option(names = "--model", paramLabel = "DIR", description = "Model folder (or give --codes).")
  Path model;

  @Option(
      names = "--data",
      paramLabel = "D",
      description = "Data set (default: the model's own; its test set where it has one).")
  String data;

  @Option(
      names = "--codes",
      paramLabel = "FILE",
      description = "Codes made elsewhere, without a model: .npy (N x D), .npz, .csv or the"
          + " Embedding Projector's .tsv. The figures that decode are left out.")
  Path codes;

  @Mixin NumpyOptions numpy;

  @Option(names = "--codes-array", paramLabel = "NAME", description = "The codes' array in an .npz"
      + " (default: codes, z, embeddings, latents, mu, means, or its only array).")
  String codesArray;

  @Option(names = "--whiten", description = "Whiten the codes (PCA) before setting them against the"
      + " prior N(0, I) in the coverage study; with --codes.")
  boolean whiten;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the figures and analysis.json.")
  Path out;

  @Option(names = "--samples", paramLabel = "N", description = "Prior samples for the coverage measure (default: ${DEFAULT-VALUE}).")
  int samples = 2000;

  @Option(names = "--bin-width", paramLabel = "W", description = "Bin width of the per-axis histograms (default: ${DEFAULT-VALUE}).")
  double binWidth = 0.1;

  @Option(names = "--grid", paramLabel = "N", description = "Manifold grid side for 2-D latents (default: ${DEFAULT-VALUE}).")
  int grid = 20;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the prior samples (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() throws Exception {
    new Checks(spec)
        .within("--samples", samples, 10, 1_000_000)
        .positive("--bin-width", binWidth)
        .within("--grid", grid, 2, 100);
    List<Analyzer.Embedding> embeddings = EmbeddingOptions.read(spec);
    checkSource();
    CodeSet given = codes == null ? null : CodesReader.read(codes, numpy.labels, codesArray);
    overwrite.prepareFolder(out);
    PrintWriter err = spec.commandLine().getErr();
    try (StepProgress progress = StepProgress.on(err);
        ModelSession session = given != null ? null : ModelSession.open(model, numpy.spec(spec, data), progress)) {
      AnalysisSubject subject =
          session != null ? AnalysisSubject.of(session) : AnalysisSubject.ofCodes(given, whiten);
      for (Analyzer.Embedding m : embeddings) {
        capped(
            err, EmbeddingOptions.pointsOption(m.settings().method()), m.points(),
            subject.encoding().count(), m.settings().method().label(),
            subject.encoding().latentSize() > 2);
      }
      AnalysisReport report =
          new Analyzer(subject, out, progress)
              .run(new Analyzer.Options(samples, binWidth, grid, seed, embeddings));
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(
          Locale.ROOT,
          "Wrote %d figures, %s and analysis.json to %s; %.1f%% of %d prior samples land in the"
              + " populated region%n",
          report.files().stream().filter(f -> f.endsWith(".png")).count(),
          String.join(", ", report.files().stream().filter(f -> f.endsWith(".csv")).toList()),
          out,
          100 * report.priorCoverage().fractionInside(),
          report.priorCoverage().samples());
      stdout.flush();
    }
    return 0;
  }

  /** Exactly one of --model and --codes, each with only its own options. */
  private void checkSource() {
    String problem = null;
    if ((model == null) == (codes == null)) {
      problem = "Give either --model (a model and its data) or --codes (codes made elsewhere)";
    } else if (model != null && (codesArray != null || whiten)) {
      problem = "--codes-array and --whiten go with --codes; a model's codes are measured against"
          + " the prior as they are";
    } else if (codes != null && data != null) {
      problem = "--data goes with --model; with --codes, give the classes with --labels";
    } else if (codes != null && numpy.namesArraysOrLayout()) {
      problem = "--images-array, --labels-array, --factors-array and --layout say how to read"
          + " NumPy --data; the codes' array is --codes-array";
    }
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), problem);
    }
  }

  /** Warns when an option asks for more items than the data holds (it is capped to them). */
  private static void capped(
      PrintWriter err, String option, int asked, int items, String what, boolean used) {
    if (used && asked > items) {
      err.printf(
          Locale.ROOT,
          "warning: %s %d is more than the %,d items the analysis encodes; %s embeds all %,d%n",
          option, asked, items, what, items);
      err.flush();
    }
  }


}
