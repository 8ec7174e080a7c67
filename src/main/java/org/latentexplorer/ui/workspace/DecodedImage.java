package org.latentexplorer.ui.workspace;

/**
 * A decode shown on screen, with the request it answers: a view shows it only when its sequence
 * is the newest the view asked for, so a late answer to an older z is never drawn over a newer.
 *
 * @param sequence the request's number, rising by one for each request of a pane
 * @param z the latent point decoded
 * @param pixels its decode, in the model's input shape, values in [0, 1]
 */
public record DecodedImage(long sequence, float[] z, float[] pixels) {}
