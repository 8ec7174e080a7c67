package org.latentexplorer.latent.embedding;

import java.util.List;

/** The embedding methods the program offers. */
public final class EmbeddingMethods {

  public static final EmbeddingMethod TSNE = new TsneMethod();
  public static final EmbeddingMethod UMAP = new UmapMethod();

  /** Every method, in the order they are offered; a new method is added here. */
  public static final List<EmbeddingMethod> ALL = List.of(TSNE, UMAP);

  private EmbeddingMethods() {}
}
