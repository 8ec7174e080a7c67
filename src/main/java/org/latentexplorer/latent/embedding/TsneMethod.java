package org.latentexplorer.latent.embedding;

import java.util.List;
import java.util.Locale;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.embedding.EmbeddingParameter.Check;
import org.latentexplorer.latent.embedding.EmbeddingParameter.Kind;

/**
 * t-SNE (van der Maaten and Hinton 2008) as {@link Tsne} computes it, with scikit-learn's defaults:
 * perplexity 30, 1,000 steps, early exaggeration 12 for 250 steps, the "auto" learning rate, a PCA
 * start; optionally of the first k principal components.
 */
final class TsneMethod implements EmbeddingMethod {

  private static final List<EmbeddingParameter> PARAMETERS =
      List.of(
          new EmbeddingParameter(
              "perplexity", "perplexity", "--perplexity",
              "t-SNE's perplexity, the effective number of neighbours each point keeps (30 in scikit-learn)",
              Kind.DECIMAL, 30, 2, 200, 1, Check.positive(), List.of(), true),
          new EmbeddingParameter(
              "iterations", "steps", "--tsne-iterations", "t-SNE's gradient steps in all",
              Kind.INTEGER, 1000, 250, 10_000, 1, Check.within(1, 1_000_000), List.of(), true),
          new EmbeddingParameter(
              "exaggeration", "exaggeration", "--exaggeration",
              "t-SNE's early exaggeration: P is multiplied by this at first, pulling clusters together (12)",
              Kind.DECIMAL, 12, 1, 100, 1, Check.positive(), List.of(), true),
          new EmbeddingParameter(
              "exaggeration-iterations", "for", "--exaggeration-iterations",
              "How many of the first steps exaggerate (250)",
              Kind.INTEGER, 250, 0, 5000, 1, Check.upTo(0, "iterations"), List.of(), true),
          new EmbeddingParameter(
              "learning-rate", "learning rate (0: auto)", "--tsne-lr",
              "t-SNE's learning rate; auto (0 in the window) is scikit-learn's max(n / exaggeration / 4, 50)",
              Kind.AUTO, 0, 0, 100_000, 1, Check.positive(), List.of("auto"), true),
          new EmbeddingParameter(
              "seed", "seed", "--tsne-seed",
              "t-SNE's seed: 0 starts from the principal axes, as scikit-learn; another seed adds its"
                  + " own small noise to that start; the same seed and settings give the same map",
              Kind.INTEGER, 0, 0, 1_000_000, 1, Check.none(), List.of(), true),
          new EmbeddingParameter(
              "components", "on PCs", "--tsne-pcs",
              "t-SNE of the first K principal components (the large-scale shape), such as 2, 4 or 10;"
                  + " 0 for all dimensions",
              Kind.COMPONENTS, 0, 0, 0, 1, Check.atLeast(0), List.of(), true),
          new EmbeddingParameter(
              "method", "repulsion", "--tsne-method",
              "How t-SNE approximates the repulsion: bh (Barnes-Hut, theta 0.6) or fft (FIt-SNE's grid"
                  + " interpolation)",
              Kind.WORD, 0, 0, 1, 1, Check.none(), List.of("bh", "fft"), false));

  /** The entry in analysis.json. */
  record Report(
      int points, double perplexity, int iterations, double seconds, double exaggeration,
      int exaggerationIterations, double learningRate, long seed, int components) {}

  @Override
  public String id() {
    return "tsne";
  }

  @Override
  public String label() {
    return "t-SNE";
  }

  @Override
  public String stepName() {
    return "iteration";
  }

  @Override
  public List<EmbeddingParameter> parameters() {
    return PARAMETERS;
  }

  /** {@link Tsne}'s options from settings. */
  static Tsne.Options options(EmbeddingSettings s) {
    int iterations = s.integer("iterations");
    double lr = s.get("learning-rate");
    return new Tsne.Options(
        s.get("perplexity"), iterations, Tsne.THETA, s.whole("seed"), s.get("exaggeration"),
        Math.min(s.integer("exaggeration-iterations"), iterations), lr == 0 ? Double.NaN : lr,
        s.integer("method") == 1 ? Tsne.Method.FFT : Tsne.Method.BARNES_HUT);
  }

  /** The principal components asked for, or {@code dims} for all. */
  private static int components(EmbeddingSettings s, int dims) {
    int k = s.integer("components");
    return k > 0 && k < dims ? k : dims;
  }

  @Override
  public float[] embed(
      float[] codes, int dims, Pca fitted, EmbeddingSettings settings, Listener listener) {
    EmbeddingInput in = EmbeddingInput.of(codes, dims, settings.integer("components"), fitted);
    return Tsne.embed(in.points(), in.dims(), options(settings), listener::report);
  }

  @Override
  public String describe(EmbeddingSettings s, int dims) {
    int k = components(s, dims);
    return String.format(
        Locale.ROOT, "t-SNE (perplexity %.0f%s)", s.get("perplexity"),
        k < dims ? ", first " + k + " PCs" : "");
  }

  @Override
  public Object report(EmbeddingSettings s, int points, int dims, double seconds) {
    Tsne.Options t = options(s);
    return new Report(
        points, t.perplexity(), t.iterations(), seconds, t.exaggeration(),
        t.exaggerationIterations(), t.learningRateFor(points), t.seed(), components(s, dims));
  }

  @Override
  public String caption(EmbeddingSettings s, int points) {
    return String.format(
        Locale.ROOT, "t-SNE of %,d encoded items (perplexity %.0f)", points, s.get("perplexity"));
  }
}
