package org.latentexplorer.analysis;

import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.Umap;

/** UMAP of encoded points, reduced to 50 dimensions by PCA first when the latent is larger. */
public final class UmapRun {

  private UmapRun() {}

  /**
   * Embeds the points.
   *
   * @param means the encoded points, {@code count x dims}
   * @param listener hears the embedding as it forms; returning false cancels
   */
  public static float[] embed(float[] means, int dims, Umap.Options options, Umap.Listener listener) {
    if (dims > TsneRun.MAX_INPUT_DIMS) {
      float[] x = Pca.fit(means, dims).project(means, TsneRun.MAX_INPUT_DIMS);
      return Umap.embed(x, TsneRun.MAX_INPUT_DIMS, options, listener);
    }
    return Umap.embed(means, dims, options, listener);
  }
}
