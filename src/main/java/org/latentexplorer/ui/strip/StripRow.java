package org.latentexplorer.ui.strip;

import java.util.List;
import org.latentexplorer.model.InputShape;

/**
 * One row of decoded frames in the strip: an interpolation, a traversal, or one dimension of the
 * all-dimensions grid.
 *
 * @param title shown at the row's start, such as the model's name
 * @param latents the latent points decoded
 * @param frames the decoded pixels, one array a frame
 * @param captions one caption a frame
 * @param shape the image shape
 */
public record StripRow(
    String title,
    List<float[]> latents,
    List<float[]> frames,
    List<String> captions,
    InputShape shape) {}
