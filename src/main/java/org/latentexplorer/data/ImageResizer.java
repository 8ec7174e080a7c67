package org.latentexplorer.data;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/** Centre-crops an image to a square and resamples it by area averaging into float pixels. */
final class ImageResizer {

  private ImageResizer() {}

  /**
   * Returns {@code channels x size x size} floats in [0, 1], channel-major.
   *
   * <p>Each output pixel is the area-weighted mean of the source pixels it covers, which avoids
   * the aliasing of point sampling when a large photo is shrunk to 64 pixels.
   */
  static float[] squareResize(BufferedImage image, int channels, int size) {
    int w = image.getWidth();
    int h = image.getHeight();
    int side = Math.min(w, h);
    int x0 = (w - side) / 2;
    int y0 = (h - side) / 2;
    float[][] src = readChannels(image, channels, x0, y0, side);
    float[] out = new float[channels * size * size];
    double scale = (double) side / size;
    for (int oy = 0; oy < size; oy++) {
      double sy0 = oy * scale;
      double sy1 = sy0 + scale;
      for (int ox = 0; ox < size; ox++) {
        double sx0 = ox * scale;
        double sx1 = sx0 + scale;
        for (int c = 0; c < channels; c++) {
          out[(c * size + oy) * size + ox] = (float) area(src[c], side, sx0, sx1, sy0, sy1);
        }
      }
    }
    return out;
  }

  private static double area(float[] src, int side, double x0, double x1, double y0, double y1) {
    double sum = 0;
    double weight = 0;
    for (int y = (int) Math.floor(y0); y < Math.min(side, (int) Math.ceil(y1)); y++) {
      double wy = Math.min(y + 1, y1) - Math.max(y, y0);
      if (wy <= 0) {
        continue;
      }
      for (int x = (int) Math.floor(x0); x < Math.min(side, (int) Math.ceil(x1)); x++) {
        double wx = Math.min(x + 1, x1) - Math.max(x, x0);
        if (wx <= 0) {
          continue;
        }
        sum += src[y * side + x] * wx * wy;
        weight += wx * wy;
      }
    }
    return weight > 0 ? sum / weight : 0;
  }

  private static float[][] readChannels(BufferedImage image, int channels, int x0, int y0, int side) {
    float[][] out = new float[channels][side * side];
    if (channels == 1) {
      Raster raster = image.getRaster();
      int bits = image.getColorModel().getComponentSize(0);
      float max = (1 << bits) - 1;
      boolean direct = raster.getNumBands() == 1 && image.getColorModel().getPixelSize() == bits;
      for (int y = 0; y < side; y++) {
        for (int x = 0; x < side; x++) {
          float v;
          if (direct) {
            v = raster.getSample(x0 + x, y0 + y, 0) / max;
          } else {
            int rgb = image.getRGB(x0 + x, y0 + y);
            v = (rgb & 0xff) / 255f;
          }
          out[0][y * side + x] = v;
        }
      }
      return out;
    }
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        int rgb = image.getRGB(x0 + x, y0 + y);
        out[0][y * side + x] = ((rgb >> 16) & 0xff) / 255f;
        out[1][y * side + x] = ((rgb >> 8) & 0xff) / 255f;
        out[2][y * side + x] = (rgb & 0xff) / 255f;
      }
    }
    return out;
  }
}
