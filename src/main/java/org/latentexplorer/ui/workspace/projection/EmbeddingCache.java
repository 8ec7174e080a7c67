package org.latentexplorer.ui.workspace.projection;

import java.util.Arrays;
import org.latentexplorer.ui.common.kept.KeptResults;

/**
 * The last few finished maps (t-SNE, UMAP) of a pane while the program runs, by method and
 * settings and by the codes they map (compared whole, not by model name), so that a lesson step
 * that comes back to a model shows its map at once instead of computing it again. Used on the UI
 * thread; the codes of one session are hashed once.
 */
final class EmbeddingCache {

  private record Key(String run, int count, int dims, int codesHash) {}

  private record Kept(float[] codes, float[] map) {}

  private final KeptResults<Key, Kept> kept = new KeptResults<>(4);
  private float[] hashed;
  private int hash;

  /**
   * @param run the run's name, which says its method and settings ("t-SNE (perplexity 30, ...)")
   * @param codes the codes mapped, {@code count x dims}
   * @param map the finished map, {@code count x 2}
   */
  void put(String run, float[] codes, int dims, float[] map) {
    kept.put(key(run, codes, dims), new Kept(codes, map));
  }

  /** The map kept for these codes and this run, or null. */
  float[] get(String run, float[] codes, int dims) {
    Kept k = kept.get(key(run, codes, dims));
    return k != null && (k.codes() == codes || Arrays.equals(k.codes(), codes)) ? k.map() : null;
  }

  private Key key(String run, float[] codes, int dims) {
    if (codes != hashed) {
      hash = Arrays.hashCode(codes);
      hashed = codes;
    }
    return new Key(run, codes.length / dims, dims, hash);
  }
}
