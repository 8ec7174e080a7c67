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
 *
 * <p>Every image has a key that names it in its data set, whatever list it is shown in: the
 * part it was read from (0 for a whole set or a training file, 1 for a test file) in the high
 * 32 bits and its position in that file in the low ones. Subsets and concatenations keep the
 * keys, so the same Fashion-MNIST test image has the same key in the 10,000 test images and in
 * the 70,000 of training and test together.
 */
public final class ImageSet {

  /** The most classes a data set may have; labels run from 0 to one less. */
  public static final int MAX_CLASSES = 1000;

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
  private long[] keys;
  private java.util.Map<Long, Integer> byKey;

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
    long[] k = new long[indices.length];
    for (int i = 0; i < indices.length; i++) {
      System.arraycopy(pixels, indices[i] * size, p, i * size, size);
      l[i] = labels[indices[i]];
      k[i] = itemKey(indices[i]);
    }
    FactorTable f = factors == null ? null : factors.subset(indices);
    ImageSet out = new ImageSet(name, channels, height, width, p, l, classNames, f);
    out.keys = k;
    return out;
  }

  /** This set as part {@code part} of its data set (1 for a test file): its keys say so. */
  public ImageSet asPart(int part) {
    ImageSet out = new ImageSet(name, channels, height, width, pixels, labels, classNames, factors);
    long[] k = new long[size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = ((long) part << 32) | i;
    }
    out.keys = k;
    return out;
  }

  /**
   * This set with the items at {@code heldOut} (positions, ascending) keyed as part 1 and the
   * others as part 0, each keeping its position: a data set without a test file, split by a seed.
   */
  public ImageSet withHeldOut(int[] heldOut) {
    ImageSet out = new ImageSet(name, channels, height, width, pixels, labels, classNames, factors);
    long[] k = new long[size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = i;
    }
    for (int i : heldOut) {
      k[i] = (1L << 32) | i;
    }
    out.keys = k;
    return out;
  }

  /** Whether image {@code index} is held-out (test) data, not training data: its key's part is 1. */
  public boolean isHeldOut(int index) {
    return itemKey(index) >>> 32 == 1;
  }

  /** Two sets of one data set after one another (training then test), keys kept. */
  public static ImageSet concat(ImageSet a, ImageSet b) {
    if (a.imageSize() != b.imageSize()) {
      throw new IllegalArgumentException("the two sets' images differ in shape");
    }
    float[] p = Arrays.copyOf(a.pixels, a.pixels.length + b.pixels.length);
    System.arraycopy(b.pixels, 0, p, a.pixels.length, b.pixels.length);
    int[] l = Arrays.copyOf(a.labels, a.size() + b.size());
    System.arraycopy(b.labels, 0, l, a.size(), b.size());
    long[] k = new long[a.size() + b.size()];
    for (int i = 0; i < a.size(); i++) {
      k[i] = a.itemKey(i);
    }
    for (int i = 0; i < b.size(); i++) {
      k[a.size() + i] = b.itemKey(i);
    }
    ImageSet out = new ImageSet(a.name, a.channels, a.height, a.width, p, l, a.classNames, null);
    out.keys = k;
    return out;
  }

  /** The key of image {@code index} in its data set (see the class comment). */
  public long itemKey(int index) {
    return keys == null ? index : keys[index];
  }

  /** The position of the image with this key in this set, or -1 when it holds no such image. */
  public synchronized int indexOfKey(long key) {
    if (keys == null) {
      return key >= 0 && key < size() ? (int) key : -1;
    }
    if (byKey == null) {
      byKey = new java.util.HashMap<>(keys.length * 2);
      for (int i = 0; i < keys.length; i++) {
        byKey.put(keys[i], i);
      }
    }
    return byKey.getOrDefault(key, -1);
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
