package org.latentexplorer.ui.image;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.latentexplorer.model.InputShape;

/** Turning model pixels (floats in [0, 1], channel-major) into JavaFX images. */
public final class PixelImages {

  private PixelImages() {}

  /** Opaque ARGB pixels, row by row; grey images give grey pixels. */
  public static int[] toArgb(float[] pixels, InputShape shape) {
    int w = shape.width();
    int h = shape.height();
    int plane = w * h;
    int[] argb = new int[plane];
    for (int p = 0; p < plane; p++) {
      int r;
      int g;
      int b;
      if (shape.channels() == 1) {
        r = g = b = byteOf(pixels[p]);
      } else {
        r = byteOf(pixels[p]);
        g = byteOf(pixels[plane + p]);
        b = byteOf(pixels[2 * plane + p]);
      }
      argb[p] = 0xff000000 | (r << 16) | (g << 8) | b;
    }
    return argb;
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

  private static int byteOf(float v) {
    return Math.max(0, Math.min(255, Math.round(v * 255f)));
  }
}
