package org.latentexplorer.ui.session;

import java.util.List;

/**
 * A prepared lesson as a small JSON file: the models shown, each one's view and z and bookmarks,
 * and the strip. Written by "Save session...", opened by "Open session..." or {@code explore
 * --session FILE}.
 *
 * @param version the file's format, {@value #VERSION}
 * @param main the main model
 * @param compare the model compared with, or null for one model alone
 * @param strip the strip's settings and interpolation
 */
public record Session(int version, Pane main, Pane compare, Strip strip) {

  /** The format written. */
  public static final int VERSION = 1;

  /**
   * One model as shown.
   *
   * @param model the model folder (absolute when saved; a relative one is read against the
   *     session file's folder)
   * @param modelName the folder's name, looked for among the bundled models when the folder is
   *     not found (a lesson prepared on another computer)
   * @param allData whether the scatter shows training and held-out items together
   * @param projection LATENT_AXES, PCA, or an embedding method's id in capitals (TSNE, UMAP)
   * @param axes the two dimensions (or principal axes) shown, 0-based
   * @param view the scatter's window: x min, x max, y min, y max; null for the default
   * @param z the current latent point
   * @param bookmarks named latent points
   * @param vectors the attribute vectors found in the Directions card, in the order found (null:
   *     none)
   * @param selections the groups of items drawn on the scatter (null: none)
   */
  public record Pane(
      String model,
      String modelName,
      boolean allData,
      String projection,
      int[] axes,
      double[] view,
      float[] z,
      List<Bookmark> bookmarks,
      List<Vector> vectors,
      List<Selection> selections) {}

  /**
   * A group of items drawn on a model's scatter.
   *
   * @param name "s1", "s2", ...
   * @param items the items' numbers in the data shown
   */
  public record Selection(String name, int[] items) {}

  /**
   * An attribute vector found for a model.
   *
   * @param name its name
   * @param fromName its first group
   * @param toName its second group
   * @param from the first group's mean code
   * @param vector the second group's mean minus the first's
   * @param fromSize codes in the first group
   * @param toSize codes in the second group
   */
  public record Vector(
      String name, String fromName, String toName, float[] from, float[] vector, int fromSize, int toSize) {}

  /** A named latent point. */
  public record Bookmark(String name, float[] z) {}

  /**
   * The strip.
   *
   * @param mode INTERPOLATION, TRAVERSAL or ALL_DIMENSIONS
   * @param frames frames a row
   * @param spherical slerp instead of a straight line
   * @param traversalDimension the dimension traversed, 0-based
   * @param traversalRange the traversal's half width
   * @param showZ z under each frame
   * @param ends the interpolation, or null
   * @param rangeInSd whether the traversal range counts sd of the codes (null: no)
   * @param gridDimensions FIRST, ACTIVE or VARIANCE: which dimensions the grid shows (null: FIRST)
   */
  public record Strip(
      String mode,
      int frames,
      boolean spherical,
      int traversalDimension,
      double traversalRange,
      boolean showZ,
      Ends ends,
      Boolean rangeInSd,
      String gridDimensions) {}

  /**
   * The interpolation's ends.
   *
   * @param pane "main" or "compare": the model they were chosen in
   */
  public record Ends(
      String pane, float[] from, float[] to, long fromKey, long toKey, String fromName,
      String toName) {}
}
