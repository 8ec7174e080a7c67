package org.latentexplorer.ui.workspace.strip;

/**
 * The two ends of an interpolation as a person chose them: latent points in the model they were
 * chosen in, and the data items at the ends (or the items nearest an empty place), named by their
 * keys in the data set ({@link org.latentexplorer.data.ImageSet#itemKey}) so that a second model
 * shown on another list of the same data finds the same items.
 *
 * @param source the model the ends were chosen in
 * @param from the first end's latent point in the source model
 * @param to the last end's latent point
 * @param fromKey the key of the data item at (or nearest) the first end, or {@link #NO_ITEM}
 * @param toKey likewise for the last end
 * @param fromName what the first end is, for the strip's captions ("#12 Sandal", "bookmark boot")
 * @param toName likewise for the last end
 */
public record InterpolationEnds(
    StripPane source, float[] from, float[] to, long fromKey, long toKey, String fromName,
    String toName) {

  /** No data item at an end. */
  public static final long NO_ITEM = -1;

  /** Ends without names. */
  public InterpolationEnds(StripPane source, float[] from, float[] to, long fromKey, long toKey) {
    this(source, from, to, fromKey, toKey, "", "");
  }
}
