package org.latentexplorer.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.latentexplorer.analysis.plot.ScatterFigure;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.engine.ProgressSink;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.EncoderStatistics;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.PriorCoverage;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.embedding.EmbeddingInput;
import org.latentexplorer.latent.embedding.Tsne;
import org.latentexplorer.latent.embedding.Umap;
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.model.Json;
import org.latentexplorer.model.ModelKind;

/**
 * Runs every analysis on a model and its data and writes each figure as PNG and every number to
 * {@code analysis.json}: what {@code analyze} does, so a report can be made without the window.
 */
public final class Analyzer {

  private static final int W = 760;
  private static final int H = 460;

  /**
   * What to run.
   *
   * @param samples prior samples for the coverage measure
   * @param binWidth the axis histograms' bin width
   * @param tsnePoints how many items t-SNE embeds (0 skips it; it runs only for latents above 2-D)
   * @param gridSide the manifold grid's side (2-D latents)
   * @param seed for the prior samples
   * @param tsne t-SNE's parameters (perplexity, iterations, exaggeration and its length, learning
   *     rate, seed)
   * @param tsneComponents t-SNE of the first k principal components (0: of all dimensions)
   * @param umapPoints how many items UMAP embeds (0 skips it; above 2-D only)
   * @param umap UMAP's parameters (neighbours, min_dist, epochs, seed)
   */
  public record Options(
      int samples, double binWidth, int tsnePoints, int gridSide, long seed, Tsne.Options tsne,
      int tsneComponents, int umapPoints, Umap.Options umap) {

    /** With scikit-learn's t-SNE on all dimensions and umap-learn's UMAP of as many points. */
    public Options(int samples, double binWidth, int tsnePoints, int gridSide, long seed) {
      this(samples, binWidth, tsnePoints, gridSide, seed, Tsne.Options.defaults(), 0);
    }

    /** With umap-learn's UMAP of as many points as t-SNE. */
    public Options(
        int samples, double binWidth, int tsnePoints, int gridSide, long seed, Tsne.Options tsne,
        int tsneComponents) {
      this(samples, binWidth, tsnePoints, gridSide, seed, tsne, tsneComponents, tsnePoints,
          Umap.Options.defaults());
    }

    public static Options defaults() {
      return new Options(2000, 0.1, 10_000, 20, 1);
    }
  }

  private final ModelSession session;
  private final Path out;
  private final ProgressSink progress;
  private final List<String> files = new ArrayList<>();

  public Analyzer(ModelSession session, Path out, ProgressSink progress) {
    this.session = session;
    this.out = out;
    this.progress = progress;
  }

  /** Runs everything and writes the files; returns the report also written as JSON. */
  public AnalysisReport run(Options options) throws Exception {
    Files.createDirectories(out);
    Encoding e = session.encoding();
    int dims = e.latentSize();
    progress.progress("PCA", -1);
    Pca pca = PcaSummary.of(e);
    write("pca-explained-variance.png", PcaSummary.figure(pca, W, H));
    Projection plane =
        dims == 2
            ? new AxisProjection(e.means(), dims, 0, 1)
            : dims > 2 ? new PcaProjection(pca, e.means(), 0, 1) : new AxisProjection(e.means(), 1, 0, 0);
    if (dims >= 2) {
      ProjectionCsv.write(
          out.resolve("pca.csv"), new PcaProjection(pca, e.means(), 0, 1).coordinates(), session.data());
      files.add("pca.csv");
    }
    write(
        dims == 2 ? "scatter.png" : "scatter-pca.png",
        scatter(plane, dims == 2 ? "Encoded data" : "Encoded data on the first two principal axes"));

    AnalysisReport.TsneInfo tsneInfo = null;
    if (dims > 2 && options.tsnePoints() > 0) {
      int n = Math.min(options.tsnePoints(), e.count());
      int k = options.tsneComponents() > 0 && options.tsneComponents() < dims ? options.tsneComponents() : dims;
      EmbeddingInput input =
          EmbeddingInput.of(
              java.util.Arrays.copyOf(e.means(), n * dims), dims, options.tsneComponents(), pca);
      Tsne.Options t = options.tsne();
      long start = System.nanoTime();
      float[] y =
          Tsne.embed(
              input.points(), input.dims(), t,
              (it, total, emb) -> {
                progress.progress("t-SNE of " + n + " points", (double) it / total);
                return true;
              });
      double seconds = (System.nanoTime() - start) / 1e9;
      tsneInfo =
          new AnalysisReport.TsneInfo(
              n, t.perplexity(), t.iterations(), seconds, t.exaggeration(),
              t.exaggerationIterations(), t.learningRateFor(n), t.seed(), k);
      writeEmbedding(
          "tsne", "t-SNE", y, n,
          String.format(java.util.Locale.ROOT, "t-SNE of %,d encoded items (perplexity %.0f)", n, t.perplexity()));
    }

    AnalysisReport.UmapInfo umapInfo = null;
    if (dims > 2 && options.umapPoints() > 0) {
      umapInfo = umap(e, dims, options);
    }

    progress.progress("Number density", -1);
    AxisDensity density = AxisDensity.of(e, options.binWidth());
    write("density-axes.png", density.axesFigure(W, H));
    write("density-radius.png", density.radiusFigure(W, H));

    progress.progress("Prior coverage", -1);
    CoverageResult coverage =
        CoverageResult.run(session.engine(), e, options.samples(), options.seed());
    write("prior-coverage.png", coverage.mapFigure(plane, W, H + 120));
    write("prior-coverage-distances.png", coverage.distanceFigure(W, H));
    write("prior-coverage-outside.png", coverage.outsideFigure(session.engine().inputShape()));

    progress.progress("Samples", -1);
    write(
        "samples.png",
        SampleGrid.figure(
            SampleGrid.run(session.engine(), 100, options.seed(), false),
            session.engine().inputShape()));

    AnalysisReport.Manifold manifold = null;
    if (dims == 2) {
      progress.progress("Manifold grid", -1);
      double[] window = window(plane.coordinates());
      ManifoldGrid grid = ManifoldGrid.run(session.engine(), window, options.gridSide(), false);
      write("manifold.png", grid.figure(W, W));
      ManifoldGrid quantiles =
          ManifoldGrid.run(session.engine(), window, options.gridSide(), true);
      write("manifold-quantiles.png", quantiles.mosaic());
      manifold = new AnalysisReport.Manifold(options.gridSide(), window, false);
    }

    AnalysisReport.Encoder encoder = null;
    if (session.description().model().kind() == ModelKind.VAE && e.logVariances() != null) {
      EncoderStatistics s = EncoderStatistics.of(e.means(), e.logVariances(), dims);
      write("encoder-kl.png", EncoderFigures.kl(s, W, H));
      write("encoder-posterior-sd.png", EncoderFigures.posteriorSd(s, W, H));
      encoder =
          new AnalysisReport.Encoder(
              s.klPerDimension(), s.meanSd(), s.varianceOfMeans(), s.activeDimensions(),
              s.totalKl());
    }

    PriorCoverage c = coverage.coverage();
    List<AnalysisReport.Axis> axes = new ArrayList<>();
    for (int d = 0; d < dims; d++) {
      axes.add(
          new AnalysisReport.Axis(
              d + 1, density.statistics().mean()[d], density.statistics().sd()[d],
              density.notes().get(d)));
    }
    AnalysisReport report =
        new AnalysisReport(
            session.description().model().summary(),
            session.folder().toString(),
            session.data().name(),
            e.count(),
            new AnalysisReport.Pca(pca.explainedRatio(), pca.cumulativeRatio()),
            new AnalysisReport.Density(
                density.binWidth(), axes, density.medianRadius(), density.chi().mode(),
                density.chi().mean()),
            new AnalysisReport.Coverage(
                coverage.count(),
                e.logVariances() != null ? "one draw of q(z|x) an item" : "the codes",
                c.fractionInside(), c.threshold(),
                PriorCoverage.quantile(c.sampleDistances(), 0.5),
                PriorCoverage.quantile(c.dataDistances(), 0.5), c.medianRatio(), c.priorRadius(),
                c.dataWithinPrior()),
            encoder,
            tsneInfo,
            umapInfo,
            manifold,
            List.copyOf(files));
    byte[] json = Json.GSON.toJson(report).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("analysis.json"), o -> o.write(json));
    progress.progress("Done", 1);
    return report;
  }

  private BufferedImage scatter(Projection plane, String title) {
    var chart =
        ScatterFigure.of(
                title, plane.xLabel(), plane.yLabel(), plane.coordinates(), session.data().labels(),
                session.data().classNames(), 140, 1.5)
            .equalAspect();
    if (plane.inLatentUnits()) {
      ScatterFigure.priorRings(chart);
    }
    return chart.render(W, H + 120);
  }

  /** The data's extent, squared off, with a margin. */
  static double[] window(float[] xy) {
    double x0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (int i = 0; i + 1 < xy.length; i += 2) {
      x0 = Math.min(x0, xy[i]);
      x1 = Math.max(x1, xy[i]);
      y0 = Math.min(y0, xy[i + 1]);
      y1 = Math.max(y1, xy[i + 1]);
    }
    double half = Math.max(x1 - x0, y1 - y0) / 2 * 1.05;
    double cx = (x0 + x1) / 2;
    double cy = (y0 + y1) / 2;
    return new double[] {cx - half, cx + half, cy - half, cy + half};
  }

  private void write(String name, BufferedImage image) throws IOException {
    AtomicFiles.write(out.resolve(name), o -> ImageIO.write(image, "png", o));
    files.add(name);
  }

  private AnalysisReport.UmapInfo umap(Encoding e, int dims, Options options) throws Exception {
    int n = Math.min(options.umapPoints(), e.count());
    Umap.Options u = options.umap();
    EmbeddingInput input = EmbeddingInput.of(java.util.Arrays.copyOf(e.means(), n * dims), dims, 0, null);
    long start = System.nanoTime();
    float[] y =
        Umap.embed(
            input.points(), input.dims(), u,
            (epoch, total, emb) -> {
              progress.progress("UMAP of " + n + " points", (double) epoch / total);
              return true;
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    writeEmbedding(
        "umap", "UMAP", y, n,
        String.format(java.util.Locale.ROOT, "UMAP of %,d encoded items (%d neighbours, min_dist %.2f)",
            n, u.neighbours(), u.minDist()));
    return new AnalysisReport.UmapInfo(
        n, u.neighbours(), u.minDist(), u.epochsFor(n), u.seed(), seconds);
  }

  /** An embedding of the first n items: {@code <file>.csv} (index, label, x, y) and its figure. */
  private void writeEmbedding(String file, String method, float[] y, int n, String title)
      throws IOException {
    ProjectionCsv.write(out.resolve(file + ".csv"), y, session.data());
    files.add(file + ".csv");
    int[] labels = java.util.Arrays.copyOf(session.data().labels(), n);
    write(
        file + ".png",
        ScatterFigure.of(
                title, method + " 1", method + " 2", y, labels, session.data().classNames(), 150, 1.6)
            .render(W, H + 120));
  }
}
