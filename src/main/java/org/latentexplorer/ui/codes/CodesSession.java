package org.latentexplorer.ui.codes;

import java.util.List;

/**
 * The window on codes as a small JSON file: the files the codes came from, what the scatter shows,
 * whether the coverage is of whitened codes, the bookmarked items and the selected one. Written by
 * <i>Save session...</i> in that window, opened by {@code explore --session FILE} (the same option
 * as a model's session; a file with {@code codes} is a session of codes).
 *
 * @param version the file's format, {@value #VERSION}
 * @param codes the codes' file (absolute when saved; a relative one is read against the session
 *     file's folder)
 * @param labels the classes' file, or null
 * @param codesArray the codes' array in an {@code .npz}, or null
 * @param images the items' images, or null
 * @param projection LATENT_AXES, PCA, or an embedding method's id in capitals (TSNE, UMAP)
 * @param axes the two dimensions (or principal axes) shown, 0-based
 * @param whiten whether the coverage is of the whitened codes
 * @param bookmarks named items
 * @param selected the selected item, or -1
 */
public record CodesSession(
    int version,
    String codes,
    String labels,
    String codesArray,
    String images,
    String projection,
    int[] axes,
    boolean whiten,
    List<Bookmark> bookmarks,
    int selected) {

  /** The format written. */
  public static final int VERSION = 1;

  /** An item under a name. */
  public record Bookmark(String name, int item) {}
}
