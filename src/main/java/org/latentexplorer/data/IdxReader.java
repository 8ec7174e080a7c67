package org.latentexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads IDX image and label files, gzipped or not: the format of MNIST, Fashion-MNIST, KMNIST and
 * EMNIST. Images must be unsigned bytes of rank 3 (count, rows, columns); labels unsigned bytes of
 * rank 1.
 */
public final class IdxReader {

  /** Magic number of an unsigned-byte, rank-3 IDX file (images). */
  public static final int IMAGES_MAGIC = 0x00000803;

  /** Magic number of an unsigned-byte, rank-1 IDX file (labels). */
  public static final int LABELS_MAGIC = 0x00000801;

  private IdxReader() {}

  /**
   * Reads an image file and its label file.
   *
   * @param images the IDX image file
   * @param labels the IDX label file
   * @param name the data set's name
   * @param classNames class names, or an empty list to name classes by their numbers
   * @return the images with their labels
   * @throws DatasetException when either file is missing, malformed or they disagree
   */
  public static ImageSet read(Path images, Path labels, String name, List<String> classNames)
      throws DatasetException {
    Header imageHeader;
    byte[] pixels;
    try (InputStream in = DataFiles.open(images)) {
      imageHeader = header(in, images, IMAGES_MAGIC, "an IDX image file");
      long total = (long) imageHeader.count * imageHeader.rows * imageHeader.cols;
      if (total > Integer.MAX_VALUE - 8) {
        throw new DatasetException(images, "too large: " + imageHeader.count + " images");
      }
      pixels = new byte[(int) total];
      String what = imageHeader.count + " images of " + imageHeader.rows + "x" + imageHeader.cols;
      DataFiles.readFully(in, pixels, images, what);
      DataFiles.expectEnd(in, images, what);
    } catch (IOException e) {
      throw new DatasetException(images, "cannot be read (" + e.getMessage() + ")", e);
    }
    int[] labelValues = readLabels(labels);
    if (labelValues.length != imageHeader.count) {
      throw new DatasetException(
          labels,
          "holds "
              + labelValues.length
              + " labels but "
              + images.getFileName()
              + " holds "
              + imageHeader.count
              + " images");
    }
    float[] values = new float[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      values[i] = (pixels[i] & 0xff) / 255f;
    }
    List<String> names = classNames.isEmpty() ? numberedClasses(labelValues) : classNames;
    return new ImageSet(
        name, 1, imageHeader.rows, imageHeader.cols, values, labelValues, names, null);
  }

  /** Reads an IDX label file. */
  public static int[] readLabels(Path labels) throws DatasetException {
    try (InputStream in = DataFiles.open(labels)) {
      Header h = header(in, labels, LABELS_MAGIC, "an IDX label file");
      byte[] raw = new byte[h.count];
      DataFiles.readFully(in, raw, labels, h.count + " labels");
      DataFiles.expectEnd(in, labels, h.count + " labels");
      int[] out = new int[raw.length];
      for (int i = 0; i < raw.length; i++) {
        out[i] = raw[i] & 0xff;
      }
      return out;
    } catch (IOException e) {
      throw new DatasetException(labels, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static List<String> numberedClasses(int[] labels) {
    int max = -1;
    for (int l : labels) {
      max = Math.max(max, l);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i <= max; i++) {
      names.add(Integer.toString(i));
    }
    return names;
  }

  private record Header(int count, int rows, int cols) {}

  private static Header header(InputStream in, Path file, int expectedMagic, String kind)
      throws DatasetException {
    int rank = expectedMagic & 0xff;
    byte[] raw = new byte[4 + 4 * rank];
    DataFiles.readFully(in, raw, file, "the IDX header");
    ByteBuffer b = ByteBuffer.wrap(raw);
    int magic = b.getInt();
    if (magic != expectedMagic) {
      throw new DatasetException(
          file,
          String.format(
              "wrong magic number 0x%08x (%s starts with 0x%08x)", magic, kind, expectedMagic));
    }
    int count = b.getInt();
    int rows = rank == 3 ? b.getInt() : 1;
    int cols = rank == 3 ? b.getInt() : 1;
    if (count < 0 || rows <= 0 || cols <= 0) {
      throw new DatasetException(file, "impossible sizes in the header: " + count + " items");
    }
    return new Header(count, rows, cols);
  }
}
