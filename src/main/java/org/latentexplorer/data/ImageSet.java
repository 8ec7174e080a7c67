package org.latentexplorer.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A set of same-sized images with labels, held as one flat array of floats in [0, 1].
 *
 * <p>Image {@code i} occupies {@code pixels[i * imageSize() .. (i + 1) * imageSize())} in
 * channel-major order (C, H, W). A label of {@link #NO_LABEL} means the image has none. Class
 * names travel with the data, so the window and the model description can show "Sneaker" rather
 * than "7".
 */
public final class ImageSet {

  /** The label of an image that has none. */
  public static final int NO_LABEL = -1;

  private final String name;
  private final int channels;
  private final int height;
  private final int width;
  private final float[] pixels;
  private final int[] labels;
  private final List<String> classNames;
  private final FactorTable factors;

  /**
   * Creates an image set; the arrays are kept, not copied.
   *
   * @param name a short name shown to the user, such as "fashion-mnist"
   * @param channels 1 for grey, 3 for RGB
   * @param height image height in pixels
   * @param width image width in pixels
   * @param pixels all images, flat, values in [0, 1]
   * @param labels one label an image, or {@link #NO_LABEL}
   * @param classNames the name of each label value
   * @param factors ground-truth generative factors, or null when the data has none
   */
  public ImageSet(
      String name,
      int channels,
      int height,
      int width,
      float[] pixels,
      int[] labels,
      List<String> classNames,
      FactorTable factors) {
    if (channels < 1 || height < 1 || width < 1) {
      throw new IllegalArgumentException("bad image shape " + channels + "x" + height + "x" + width);
    }
    int size = channels * height * width;
    if (pixels.length % size != 0 || pixels.length / size != labels.length) {
      throw new IllegalArgumentException(
          "pixel count " + pixels.length + " does not fit " + labels.length + " images of " + size);
    }
    if (factors != null && factors.rows() != labels.length) {
      throw new IllegalArgumentException("factor rows differ from image count");
    }
    this.name = Objects.requireNonNull(name);
    this.channels = channels;
    this.height = height;
    this.width = width;
    this.pixels = pixels;
    this.labels = labels;
    this.classNames = List.copyOf(classNames);
    this.factors = factors;
  }

  public String name() {
    return name;
  }

  public int channels() {
    return channels;
  }

  public int height() {
    return height;
  }

  public int width() {
    return width;
  }

  /** Number of values in one image: channels x height x width. */
  public int imageSize() {
    return channels * height * width;
  }

  /** Number of images. */
  public int size() {
    return labels.length;
  }

  /** The flat pixel array itself (not a copy); callers must not modify it. */
  public float[] pixels() {
    return pixels;
  }

  /** The label array itself (not a copy); callers must not modify it. */
  public int[] labels() {
    return labels;
  }

  public int label(int index) {
    return labels[index];
  }

  public List<String> classNames() {
    return classNames;
  }

  /** The class name of a label, or the number itself when the data names no classes. */
  public String className(int label) {
    if (label == NO_LABEL) {
      return "unlabelled";
    }
    return label < classNames.size() ? classNames.get(label) : Integer.toString(label);
  }

  /** Ground-truth factors (sprites), or null. */
  public FactorTable factors() {
    return factors;
  }

  /** A copy of one image's pixels. */
  public float[] image(int index) {
    int size = imageSize();
    return Arrays.copyOfRange(pixels, index * size, (index + 1) * size);
  }

  /** The images at the given indices, in that order, as a new set. */
  public ImageSet subset(int[] indices) {
    int size = imageSize();
    float[] p = new float[indices.length * size];
    int[] l = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      System.arraycopy(pixels, indices[i] * size, p, i * size, size);
      l[i] = labels[indices[i]];
    }
    FactorTable f = factors == null ? null : factors.subset(indices);
    return new ImageSet(name, channels, height, width, p, l, classNames, f);
  }

  /** A short description such as "10000 grey 28x28 images, 10 classes". */
  public String describe() {
    return size()
        + (channels == 1 ? " grey " : " RGB ")
        + height
        + "x"
        + width
        + " images"
        + (classNames.isEmpty() ? "" : ", " + classNames.size() + " classes");
  }
}
