package org.latentexplorer.ui.common.image;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.latentexplorer.analysis.plot.Pixels;
import org.latentexplorer.model.InputShape;

/** Turning model pixels (floats in [0, 1], channel-major) into JavaFX images. */
public final class PixelImages {

  private PixelImages() {}

  /** Opaque ARGB pixels, row by row; grey images give grey pixels. */
  public static int[] toArgb(float[] pixels, InputShape shape) {
    return Pixels.toArgb(pixels, shape);
  }

  /** A new image of the pixels at their own size. */
  public static WritableImage toImage(float[] pixels, InputShape shape) {
    WritableImage image = new WritableImage(shape.width(), shape.height());
    write(image, toArgb(pixels, shape), shape.width(), shape.height());
    return image;
  }

  /** Writes ARGB pixels into an image of the same size. */
  public static void write(WritableImage image, int[] argb, int width, int height) {
    image
        .getPixelWriter()
        .setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
  }
}
