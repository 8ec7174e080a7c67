package org.latentexplorer.model;

/**
 * The shape of one input image.
 *
 * @param channels 1 for grey, 3 for RGB
 * @param height height in pixels
 * @param width width in pixels
 */
public record InputShape(int channels, int height, int width) {

  /** Number of values in one image. */
  public int size() {
    return channels * height * width;
  }

  @Override
  public String toString() {
    return (channels == 1 ? "grey " : channels == 3 ? "RGB " : channels + "-channel ")
        + height
        + "x"
        + width;
  }
}
