package org.latentexplorer.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.latentexplorer.analysis.plot.ScatterFigure;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.engine.ProgressSink;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.EncoderStatistics;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.PriorCoverage;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Whitening;
import org.latentexplorer.latent.embedding.EmbeddingMethod;
import org.latentexplorer.latent.embedding.EmbeddingMethods;
import org.latentexplorer.latent.embedding.EmbeddingSettings;
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.model.Json;

/**
 * Runs every analysis on a model and its data and writes each figure as PNG and every number to
 * {@code analysis.json}: what {@code analyze} does, so a report can be made without the window.
 */
public final class Analyzer {

  private static final int W = 760;
  private static final int H = 460;
  private static final int SENSITIVITY_CELLS = 64;

  /**
   * What to run.
   *
   * @param samples prior samples for the coverage measure
   * @param binWidth the axis histograms' bin width
   * @param gridSide the manifold grid's side (2-D latents)
   * @param seed for the prior samples
   * @param embeddings the embedding methods to run (above 2-D only), each with its settings and
   *     how many items it embeds (0 skips it)
   */
  public record Options(
      int samples, double binWidth, int gridSide, long seed, List<Embedding> embeddings) {

    public static Options defaults() {
      return new Options(
          2000, 0.1, 20, 1,
          EmbeddingMethods.ALL.stream()
              .map(m -> new Embedding(EmbeddingSettings.defaults(m), 10_000))
              .toList());
    }
  }

  /** One embedding method's run: its settings and how many of the items it embeds. */
  public record Embedding(EmbeddingSettings settings, int points) {}

  private final AnalysisSubject subject;
  private final Path out;
  private final ProgressSink progress;
  private final List<String> files = new ArrayList<>();

  /** Studies a model session: its data's codes and its decoder. */
  public Analyzer(ModelSession session, Path out, ProgressSink progress) throws Exception {
    this(AnalysisSubject.of(session), out, progress);
  }

  /** Studies codes with or without the model that made them. */
  public Analyzer(AnalysisSubject subject, Path out, ProgressSink progress) {
    this.subject = subject;
    this.out = out;
    this.progress = progress;
  }

  /** Runs everything and writes the files; returns the report also written as JSON. */
  public AnalysisReport run(Options options) throws Exception {
    Files.createDirectories(out);
    Encoding e = subject.encoding();
    int dims = e.latentSize();
    progress.progress("PCA", -1);
    Pca pca = PcaSummary.of(e);
    write("pca-explained-variance.png", PcaSummary.figure(pca, W, H));
    Projection plane = plane(e, pca);
    if (dims >= 2) {
      ProjectionCsv.write(
          out.resolve("pca.csv"), new PcaProjection(pca, e.means(), 0, 1).coordinates(), subject.labels());
      files.add("pca.csv");
    }
    write(
        dims == 2 ? "scatter.png" : "scatter-pca.png",
        scatter(plane, (subject.decodes() ? "Encoded data" : "Codes")
                + (dims == 2 ? "" : " on the first two principal axes")));

    Map<String, Object> embeddings = new LinkedHashMap<>();
    for (Embedding m : options.embeddings()) {
      if (dims > 2 && m.points() > 0) {
        embeddings.put(m.settings().method().id(), embed(e, dims, pca, m));
      }
    }

    progress.progress("Number density", -1);
    AxisDensity density = AxisDensity.of(e, options.binWidth());
    write("density-axes.png", density.axesFigure(W, H));
    write("density-radius.png", density.radiusFigure(W, H));

    progress.progress("Prior coverage", -1);
    Whitening whitening = subject.whiten() ? Whitening.of(pca) : null;
    CoverageResult coverage =
        subject.decodes()
            ? CoverageResult.run(subject.decoder(), e, options.samples(), options.seed())
            : CoverageResult.measure(e, options.samples(), options.seed(), whitening);
    write(
        "prior-coverage.png",
        coverage.mapFigure(plane, W, H + 120, whitening == null ? "" : " · codes whitened"));
    write("prior-coverage-distances.png", coverage.distanceFigure(W, H));
    if (!subject.decodes()) {
      return finish(e, pca, density, coverage, whitening, embeddings, null, null);
    }
    LatentEngine decoder = subject.decoder();
    write("prior-coverage-outside.png", coverage.outsideFigure(decoder.inputShape()));

    progress.progress("Samples", -1);
    write(
        "samples.png",
        SampleGrid.figure(
            SampleGrid.run(decoder, 100, options.seed(), false), decoder.inputShape()));

    AnalysisReport.Manifold manifold = null;
    if (dims == 2) {
      progress.progress("Manifold grid", -1);
      double[] window = window(plane.coordinates());
      ManifoldGrid grid = ManifoldGrid.run(decoder, window, options.gridSide(), false);
      write("manifold.png", grid.figure(W, W));
      ManifoldGrid quantiles =
          ManifoldGrid.run(decoder, window, options.gridSide(), true);
      write("manifold-quantiles.png", quantiles.mosaic());
      manifold = new AnalysisReport.Manifold(options.gridSide(), window, false);
    }

    progress.progress("Decoder sensitivity", -1);
    AnalysisReport.Manifold sensitivityMap = null;
    if (dims == 2) {
      double[] window = window(plane.coordinates());
      SensitivityMap map =
          SensitivityMap.start(
                  decoder, SensitivityMap.Plane.latent2d(), window, SENSITIVITY_CELLS, null,
                  null)
              .get();
      for (SensitivityMap.Measure m : SensitivityMap.Measure.values()) {
        write(
            m == SensitivityMap.Measure.FROBENIUS ? "sensitivity.png" : "sensitivity-magnification.png",
            map.figure(m, plane.coordinates(), plane.xLabel(), plane.yLabel(), W, W));
      }
      sensitivityMap = new AnalysisReport.Manifold(SENSITIVITY_CELLS, window, false);
    }
    SensitivitySummary sensitivity =
        SensitivitySummary.of(
            SensitivitySummary.atCodes(decoder, e, options.seed()), sensitivityMap);

    return finish(e, pca, density, coverage, null, embeddings, manifold, sensitivity);
  }

  /** The encoder's statistics (a VAE), then the report, written as analysis.json. */
  private AnalysisReport finish(
      Encoding e, Pca pca, AxisDensity density, CoverageResult coverage, Whitening whitening,
      Map<String, Object> embeddings, AnalysisReport.Manifold manifold,
      SensitivitySummary sensitivity) throws IOException {
    int dims = e.latentSize();
    AnalysisReport.Encoder encoder = null;
    if (subject.vae() && e.logVariances() != null) {
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
            subject.model(),
            subject.folder(),
            subject.data(),
            e.count(),
            new AnalysisReport.Pca(pca.explainedRatio(), pca.cumulativeRatio()),
            new AnalysisReport.Density(
                density.binWidth(), axes, density.medianRadius(), density.chi().mode(),
                density.chi().mean()),
            new AnalysisReport.Coverage(
                coverage.count(),
                encodedPoints(e, whitening),
                c.fractionInside(), c.threshold(),
                PriorCoverage.quantile(c.sampleDistances(), 0.5),
                PriorCoverage.quantile(c.dataDistances(), 0.5), c.medianRatio(), c.priorRadius(),
                c.dataWithinPrior()),
            encoder,
            embeddings,
            manifold,
            sensitivity,
            List.copyOf(files));
    byte[] json = Json.GSON.toJson(report).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("analysis.json"), o -> o.write(json));
    progress.progress("Done", 1);
    return report;
  }

  /** What the prior's samples were measured against, in words. */
  private static String encodedPoints(Encoding e, Whitening whitening) {
    if (e.logVariances() != null) {
      return "one draw of q(z|x) an item";
    }
    if (whitening == null) {
      return "the codes";
    }
    return "the codes after PCA whitening (centred, turned to their principal axes, each scaled"
        + " to variance 1" + (whitening.rank() < e.latentSize()
            ? "; " + whitening.rank() + " of " + e.latentSize() + " directions, the others carry no variance"
            : "") + ")";
  }

  /**
   * The plane the codes are drawn on: the two latent axes of a 2-D latent, the first two
   * principal axes above that, the one axis of a 1-D latent.
   */
  public static Projection plane(Encoding e, Pca pca) {
    int dims = e.latentSize();
    return dims == 2
        ? new AxisProjection(e.means(), dims, 0, 1)
        : dims > 2 ? new PcaProjection(pca, e.means(), 0, 1) : new AxisProjection(e.means(), 1, 0, 0);
  }

  private BufferedImage scatter(Projection plane, String title) {
    var chart =
        ScatterFigure.of(
                title, plane.xLabel(), plane.yLabel(), plane.coordinates(), subject.labels(),
                subject.classNames(), 140, 1.5)
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

  /** Runs one embedding method on the first items, writes its map, and returns its report. */
  private Object embed(Encoding e, int dims, Pca pca, Embedding m) throws Exception {
    EmbeddingMethod method = m.settings().method();
    int n = Math.min(m.points(), e.count());
    long start = System.nanoTime();
    float[] y =
        method.embed(
            java.util.Arrays.copyOf(e.means(), n * dims), dims, pca, m.settings(),
            (step, steps, emb) -> {
              progress.progress(method.label() + " of " + n + " points", (double) step / steps);
              return true;
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    writeEmbedding(method.id(), method.label(), y, n, method.caption(m.settings(), n));
    return method.report(m.settings(), n, dims, seconds);
  }

  /** An embedding of the first n items: {@code <file>.csv} (index, label, x, y) and its figure. */
  private void writeEmbedding(String file, String method, float[] y, int n, String title)
      throws IOException {
    ProjectionCsv.write(out.resolve(file + ".csv"), y, subject.labels());
    files.add(file + ".csv");
    int[] labels = java.util.Arrays.copyOf(subject.labels(), n);
    write(
        file + ".png",
        ScatterFigure.of(
                title, method + " 1", method + " 2", y, labels, subject.classNames(), 150, 1.6)
            .render(W, H + 120));
  }
}
