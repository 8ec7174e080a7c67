package org.latentexplorer.ui.explorer;

/**
 * The two ends of an interpolation as a person chose them: latent points in the model they were
 * chosen in, and the data items at the ends (or -1 for an empty place, in which case a linked
 * model uses the item nearest that place).
 *
 * @param source the model the ends were chosen in
 * @param from the first end's latent point in the source model
 * @param to the last end's latent point
 * @param fromItem the data item at the first end, or the one nearest it
 * @param toItem the data item at the last end, or the one nearest it
 */
public record InterpolationEnds(
    ModelPaneModel source, float[] from, float[] to, int fromItem, int toItem) {}
