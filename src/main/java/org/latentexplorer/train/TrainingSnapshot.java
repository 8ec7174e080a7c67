package org.latentexplorer.train;

/**
 * What a model makes of fixed inputs at one moment of training, for the window to draw: the
 * encoder means of a fixed set of images, decodes of fixed latent points, and reconstructions.
 *
 * @param step the step after which it was taken
 * @param epoch the epoch of that step
 * @param latentSize L
 * @param means the fixed images' encoder means, {@code count x L}
 * @param decodes the fixed latent points decoded, flat, pixels in [0, 1]
 * @param reconstructions the fixed images' first few reconstructions, flat
 */
public record TrainingSnapshot(
    long step, int epoch, int latentSize, float[] means, float[] decodes, float[] reconstructions) {}
