package org.latentexplorer.latent.embedding;

import java.util.List;
import java.util.Locale;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.embedding.EmbeddingParameter.Check;
import org.latentexplorer.latent.embedding.EmbeddingParameter.Kind;

/** UMAP (McInnes, Healy and Melville 2018) as {@link Umap} computes it, with umap-learn's defaults. */
final class UmapMethod implements EmbeddingMethod {

  private static final List<EmbeddingParameter> PARAMETERS =
      List.of(
          new EmbeddingParameter(
              "neighbours", "neighbours", "--umap-neighbours",
              "UMAP's n_neighbours: how large a neighbourhood each point keeps; larger shows more"
                  + " global structure (15)",
              Kind.INTEGER, 15, 2, 200, 1, Check.within(2, 200), List.of(), true),
          new EmbeddingParameter(
              "min-dist", "min_dist", "--min-dist",
              "UMAP's min_dist: how tightly points may pack in the map (0.1)",
              Kind.DECIMAL, 0.1, 0, 1, 0.05, Check.notNegative(), List.of(), true),
          new EmbeddingParameter(
              "epochs", "epochs", "--umap-epochs",
              "UMAP's epochs; 0 for 200 above 10,000 points, else 500",
              Kind.INTEGER, 0, 0, 100_000, 1, Check.within(0, 100_000), List.of(), false),
          new EmbeddingParameter(
              "seed", "seed", "--umap-seed",
              "UMAP's seed: the same seed and settings give the same map",
              Kind.INTEGER, 0, 0, 1_000_000, 1, Check.none(), List.of(), true));

  /** The entry in analysis.json. */
  record Report(int points, int neighbours, double minDist, int epochs, long seed, double seconds) {}

  @Override
  public String id() {
    return "umap";
  }

  @Override
  public String label() {
    return "UMAP";
  }

  @Override
  public String stepName() {
    return "epoch";
  }

  @Override
  public List<EmbeddingParameter> parameters() {
    return PARAMETERS;
  }

  /** {@link Umap}'s options from settings. */
  static Umap.Options options(EmbeddingSettings s) {
    return new Umap.Options(s.integer("neighbours"), s.get("min-dist"), s.integer("epochs"), s.whole("seed"));
  }

  @Override
  public float[] embed(
      float[] codes, int dims, Pca fitted, EmbeddingSettings settings, Listener listener) {
    EmbeddingInput in = EmbeddingInput.of(codes, dims, 0, null);
    return Umap.embed(in.points(), in.dims(), options(settings), listener::report);
  }

  @Override
  public String describe(EmbeddingSettings s, int dims) {
    return String.format(
        Locale.ROOT, "UMAP (%d neighbours, min_dist %.2f)", s.integer("neighbours"), s.get("min-dist"));
  }

  @Override
  public Object report(EmbeddingSettings s, int points, int dims, double seconds) {
    Umap.Options u = options(s);
    return new Report(points, u.neighbours(), u.minDist(), u.epochsFor(points), u.seed(), seconds);
  }

  @Override
  public String caption(EmbeddingSettings s, int points) {
    return String.format(
        Locale.ROOT, "UMAP of %,d encoded items (%d neighbours, min_dist %.2f)", points,
        s.integer("neighbours"), s.get("min-dist"));
  }
}
