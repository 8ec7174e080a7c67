package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.analysis.AnalysisReport;
import org.latentexplorer.analysis.Analyzer;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.engine.ProgressSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code analyze}: every latent-space analysis as PNG figures and one JSON of numbers, and the
 * projections' coordinates as CSV ({@code pca.csv}, {@code tsne.csv}, {@code umap.csv}: index, label, x, y).
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

  @Option(names = "--tsne-points", paramLabel = "N", description = "Items t-SNE embeds, 0 to skip (default: ${DEFAULT-VALUE}).")
  int tsnePoints = 10_000;

  @Option(names = "--perplexity", paramLabel = "P", description = "t-SNE's perplexity, the effective number of neighbours (default: ${DEFAULT-VALUE}).")
  double perplexity = 30;

  @Option(names = "--tsne-iterations", paramLabel = "N", description = "t-SNE's gradient steps in all (default: ${DEFAULT-VALUE}).")
  int tsneIterations = 1000;

  @Option(names = "--exaggeration", paramLabel = "E", description = "t-SNE's early exaggeration of P (default: ${DEFAULT-VALUE}).")
  double exaggeration = 12;

  @Option(names = "--exaggeration-iterations", paramLabel = "N", description = "How many of the first iterations exaggerate (default: ${DEFAULT-VALUE}).")
  int exaggerationIterations = 250;

  @Option(names = "--tsne-lr", paramLabel = "L|auto", description = "t-SNE's learning rate; auto is scikit-learn's max(n / exaggeration / 4, 50) (default: ${DEFAULT-VALUE}).")
  String tsneLr = "auto";

  @Option(names = "--tsne-seed", paramLabel = "S", description = "t-SNE's seed: 0 starts from the principal axes, as scikit-learn; another seed adds its own small noise to that start; the same seed gives the same embedding (default: ${DEFAULT-VALUE}).")
  long tsneSeed = 0;

  @Option(names = "--tsne-pcs", paramLabel = "K", description = "t-SNE of the first K principal components, such as 2, 4 or 10; 0 for all dimensions (default: ${DEFAULT-VALUE}).")
  int tsnePcs = 0;

  @Option(names = "--tsne-method", paramLabel = "bh|fft", description = "How t-SNE approximates the repulsion: bh (Barnes-Hut, theta 0.6) or fft (FIt-SNE's grid interpolation) (default: ${DEFAULT-VALUE}).")
  String tsneMethod = "bh";

  @Option(names = "--umap-points", paramLabel = "N", description = "Items UMAP embeds, 0 to skip (default: ${DEFAULT-VALUE}).")
  int umapPoints = 10_000;

  @Option(names = "--umap-neighbours", paramLabel = "K", description = "UMAP's n_neighbours, the size of the local neighbourhood (default: ${DEFAULT-VALUE}).")
  int umapNeighbours = 15;

  @Option(names = "--min-dist", paramLabel = "D", description = "UMAP's min_dist: how tightly points may pack (default: ${DEFAULT-VALUE}).")
  double minDist = 0.1;

  @Option(names = "--umap-epochs", paramLabel = "N", description = "UMAP's epochs; 0 for 200 above 10,000 points, else 500 (default: ${DEFAULT-VALUE}).")
  int umapEpochs = 0;

  @Option(names = "--umap-seed", paramLabel = "S", description = "UMAP's seed: the same seed gives the same embedding (default: ${DEFAULT-VALUE}).")
  long umapSeed = 0;

  @Option(names = "--grid", paramLabel = "N", description = "Manifold grid side for 2-D latents (default: ${DEFAULT-VALUE}).")
  int grid = 20;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the prior samples (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() throws Exception {
    new Checks(spec)
        .within("--samples", samples, 10, 1_000_000)
        .positive("--bin-width", binWidth)
        .within("--grid", grid, 2, 100)
        .atLeast("--tsne-points", tsnePoints, 0)
        .positive("--perplexity", perplexity)
        .within("--tsne-iterations", tsneIterations, 1, 1_000_000)
        .positive("--exaggeration", exaggeration)
        .within("--exaggeration-iterations", exaggerationIterations, 0, tsneIterations)
        .atLeast("--tsne-pcs", tsnePcs, 0)
        .atLeast("--umap-points", umapPoints, 0)
        .within("--umap-neighbours", umapNeighbours, 2, 200)
        .notNegative("--min-dist", minDist)
        .within("--umap-epochs", umapEpochs, 0, 100_000);
    org.latentexplorer.latent.embedding.Tsne.Method method =
        switch (tsneMethod.toLowerCase(Locale.ROOT)) {
          case "bh" -> org.latentexplorer.latent.embedding.Tsne.Method.BARNES_HUT;
          case "fft" -> org.latentexplorer.latent.embedding.Tsne.Method.FFT;
          default -> throw new picocli.CommandLine.ParameterException(
              spec.commandLine(), "--tsne-method must be bh or fft, not '" + tsneMethod + "'");
        };
    double lr;
    if (tsneLr.equalsIgnoreCase("auto")) {
      lr = Double.NaN;
    } else {
      try {
        lr = Double.parseDouble(tsneLr);
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--tsne-lr must be a positive number or auto, not '" + tsneLr + "'");
      }
      new Checks(spec).positive("--tsne-lr", lr);
    }
    org.latentexplorer.latent.embedding.Tsne.Options tsne =
        new org.latentexplorer.latent.embedding.Tsne.Options(
            perplexity, tsneIterations, org.latentexplorer.latent.embedding.Tsne.THETA, tsneSeed,
            exaggeration, exaggerationIterations, lr, method);
    org.latentexplorer.latent.embedding.Umap.Options umap =
        new org.latentexplorer.latent.embedding.Umap.Options(umapNeighbours, minDist, umapEpochs, umapSeed);
    overwrite.prepareFolder(out);
    PrintWriter err = spec.commandLine().getErr();
    try (StepProgress progress = StepProgress.on(err);
        ModelSession session = ModelSession.open(source.model, source.data, progress)) {
      int items = session.data().size();
      capped(err, "--tsne-points", tsnePoints, items, "t-SNE", session.latentSize() > 2);
      capped(err, "--umap-points", umapPoints, items, "UMAP", session.latentSize() > 2);
      AnalysisReport report =
          new Analyzer(session, out, progress)
              .run(
                  new Analyzer.Options(
                      samples, binWidth, tsnePoints, grid, seed, tsne, tsnePcs, umapPoints, umap));
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
