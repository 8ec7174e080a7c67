package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.analysis.AnalysisReport;
import org.latentexplorer.analysis.Analyzer;
import org.latentexplorer.engine.ModelSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
          + " prior coverage, prior samples, the manifold grid (2-D) and encoder statistics (VAE).",
      "Writes every figure as PNG and every number to analysis.json in --out."
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ForceOption overwrite;

  @Mixin ModelAndData source;

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
    overwrite.prepareFolder(out);
    PrintWriter err = spec.commandLine().getErr();
    try (StepProgress progress = StepProgress.on(err);
        ModelSession session = ModelSession.open(source.model, source.data, progress)) {
      int items = session.data().size();
      for (Analyzer.Embedding m : embeddings) {
        capped(
            err, EmbeddingOptions.pointsOption(m.settings().method()), m.points(), items,
            m.settings().method().label(), session.latentSize() > 2);
      }
      AnalysisReport report =
          new Analyzer(session, out, progress)
              .run(
                  new Analyzer.Options(samples, binWidth, grid, seed, embeddings));
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
