package org.latentexplorer.latent.embedding;

import java.util.List;
import org.latentexplorer.latent.Pca;

/**
 * A method that maps codes to a two-dimensional map, such as t-SNE or UMAP: its names, its
 * parameters with their defaults and ranges, and a run that reports the map as it forms and stops
 * when asked. The same settings and seed give the same map. {@link EmbeddingMethods#ALL} lists
 * the methods; the window's projection chooser, the Analyse tab, sessions and {@code analyze} loop
 * over it, so a new method is a new implementation and a line in that list.
 */
public interface EmbeddingMethod {

  /** Hears the map as it forms; returning false stops the run. */
  @FunctionalInterface
  interface Listener {
    boolean report(int step, int steps, float[] embedding);
  }

  /**
   * The method's name in files ({@code tsne.csv}), in analysis.json, in the command line's
   * options ({@code --tsne-points}) and in the window's node ids.
   */
  String id();

  /** The method's name for people ("t-SNE"). */
  String label();

  /** What one step of the run is called in progress messages ("iteration"). */
  String stepName();

  /** The parameters, in the order they are shown. */
  List<EmbeddingParameter> parameters();

  /**
   * Maps codes to two dimensions, reduced by PCA first as {@link EmbeddingInput} says.
   *
   * @param codes {@code count x dims}
   * @param fitted a PCA of the model's codes, or null
   */
  float[] embed(float[] codes, int dims, Pca fitted, EmbeddingSettings settings, Listener listener);

  /** The run in a few words, for the window ("t-SNE (perplexity 30)"). */
  String describe(EmbeddingSettings settings, int dims);

  /** The run's entry in analysis.json: the settings as used on {@code points} items. */
  Object report(EmbeddingSettings settings, int points, int dims, double seconds);

  /** The caption of the map's figure. */
  String caption(EmbeddingSettings settings, int points);
}
