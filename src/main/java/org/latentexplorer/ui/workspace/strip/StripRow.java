package org.latentexplorer.ui.workspace.strip;

import java.util.List;
import org.latentexplorer.latent.metrics.PathSmoothness;
import org.latentexplorer.latent.metrics.Ssim;
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
 * @param smoothness SSIM of consecutive frames, or null for images too small for SSIM
 * @param sensitivity the decoder's sensitivity ||J||_F at each frame's z, or null when not measured
 *     (a strip too costly to differentiate on every change)
 * @param source the model the row was decoded by (clicking a frame moves its z), or null
 */
public record StripRow(
    String title,
    List<float[]> latents,
    List<float[]> frames,
    List<String> captions,
    InputShape shape,
    PathSmoothness smoothness,
    double[] sensitivity,
    StripPane source) {

  /** A row with its smoothness measured from its frames. */
  public static StripRow of(
      String title, List<float[]> latents, List<float[]> frames, List<String> captions,
      InputShape shape, double[] sensitivity, StripPane source) {
    boolean fits = shape.height() >= Ssim.WINDOW && shape.width() >= Ssim.WINDOW;
    PathSmoothness s =
        fits
            ? PathSmoothness.of(
                frames.toArray(float[][]::new), shape.channels(), shape.height(), shape.width())
            : null;
    return new StripRow(title, latents, frames, captions, shape, s, sensitivity, source);
  }
}
