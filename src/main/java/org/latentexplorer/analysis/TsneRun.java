package org.latentexplorer.analysis;

import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.Tsne;

/** t-SNE of encoded points, reduced to 50 dimensions by PCA first when the latent is larger. */
public final class TsneRun {

  /** The largest input dimension handed to t-SNE (scikit-learn's and bhtsne's advice). */
  public static final int MAX_INPUT_DIMS = 50;

  private TsneRun() {}

  /**
   * Embeds the points.
   *
   * @param means the encoded points, {@code count x dims}
   * @param listener hears the embedding as it forms; returning false cancels
   */
  public static float[] embed(float[] means, int dims, Tsne.Options options, Tsne.Listener listener) {
    float[] x = means;
    int d = dims;
    if (dims > MAX_INPUT_DIMS) {
      x = Pca.fit(means, dims).project(means, MAX_INPUT_DIMS);
      d = MAX_INPUT_DIMS;
    }
    return Tsne.embed(x, d, options, listener);
  }
}
