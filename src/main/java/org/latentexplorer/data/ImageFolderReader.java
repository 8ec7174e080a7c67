package org.latentexplorer.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.util.Iterator;

/**
 * Reads a folder of PNG and JPEG images of any size, grey or colour, centre-cropped to a square
 * and resized to {@code size x size}. When the folder has sub-folders with images, each sub-folder
 * is a class named after it (as in a face folder sorted by attribute); otherwise the images are
 * unlabelled. All images must have the same number of colour channels.
 */
public final class ImageFolderReader {

  /** The largest image side read, in pixels; a larger one is refused before its pixels are. */
  public static final int MAX_SIDE = 8192;

  /** The most pixels one image may have (width x height), checked from its header. */
  public static final long MAX_PIXELS = 40_000_000L;

  private ImageFolderReader() {}

  /**
   * Reads every image below the folder (one level of sub-folders).
   *
   * @param folder the folder
   * @param name the data set's name
   * @param size the side of the square the images are resized to
   * @param limit the most images to read (0 for all)
   */
  public static ImageSet read(Path folder, String name, int size, int limit)
      throws DatasetException {
    if (!Files.isDirectory(folder)) {
      throw new DatasetException(folder, "not a folder");
    }
    if (size < 4 || size > 512) {
      throw new DatasetException(folder, "image size " + size + " is outside 4 to 512");
    }
    List<Path> files = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    List<String> classNames = new ArrayList<>();
    for (Path file : list(folder)) {
      if (isImage(file)) {
        files.add(file);
        labels.add(ImageSet.NO_LABEL);
      }
    }
    for (Path sub : list(folder)) {
      if (!Files.isDirectory(sub)) {
        continue;
      }
      List<Path> images = list(sub).stream().filter(ImageFolderReader::isImage).toList();
      if (!images.isEmpty()) {
        int label = classNames.size();
        classNames.add(sub.getFileName().toString());
        for (Path image : images) {
          files.add(image);
          labels.add(label);
        }
      }
    }
    if (files.isEmpty()) {
      throw new DatasetException(folder, "holds no PNG or JPEG images");
    }
    if (classNames.size() > ImageSet.MAX_CLASSES) {
      throw new DatasetException(
          folder,
          "has " + classNames.size() + " sub-folders of images; a data set has at most "
              + ImageSet.MAX_CLASSES + " classes");
    }
    int n = limit > 0 ? Math.min(limit, files.size()) : files.size();
    if (n < files.size()) {
      // Keep every class represented when only part is read: take an even stride.
      List<Path> keptFiles = new ArrayList<>();
      List<Integer> keptLabels = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = (int) ((long) i * files.size() / n);
        keptFiles.add(files.get(k));
        keptLabels.add(labels.get(k));
      }
      files = keptFiles;
      labels = keptLabels;
    }
    Decoded[] decoded = decodeAll(files, size);
    int channels = decoded[0].channels;
    for (int i = 1; i < decoded.length; i++) {
      if (decoded[i].channels != channels) {
        throw new DatasetException(
            files.get(i),
            describeChannels(decoded[i].channels)
                + ", but "
                + files.get(0).getFileName()
                + " is "
                + describeChannels(channels)
                + "; a folder must hold all grey or all colour images");
      }
    }
    int imageSize = channels * size * size;
    float[] pixels = new float[n * imageSize];
    int[] labelArray = new int[n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(decoded[i].pixels, 0, pixels, i * imageSize, imageSize);
      labelArray[i] = labels.get(i);
    }
    Path factorsCsv = folder.resolve(FactorCsvReader.FILE);
    FactorTable factors =
        Files.isRegularFile(factorsCsv) ? FactorCsvReader.read(factorsCsv, folder, files) : null;
    return new ImageSet(name, channels, size, size, pixels, labelArray, classNames, factors);
  }

  private record Decoded(int channels, float[] pixels) {}

  private static Decoded[] decodeAll(List<Path> files, int size) throws DatasetException {
    Decoded[] out = new Decoded[files.size()];
    DatasetException[] failure = new DatasetException[1];
    IntStream.range(0, files.size())
        .parallel()
        .forEach(
            i -> {
              try {
                out[i] = decode(files.get(i), size);
              } catch (DatasetException e) {
                synchronized (failure) {
                  if (failure[0] == null) {
                    failure[0] = e;
                  }
                }
              }
            });
    if (failure[0] != null) {
      throw failure[0];
    }
    return out;
  }

  private static Decoded decode(Path file, int size) throws DatasetException {
    BufferedImage image;
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new DatasetException(
            file, "unreadable image: not a PNG or JPEG this program can decode");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE
            || width * height > MAX_PIXELS) {
          throw new DatasetException(
              file,
              "declares an image of " + width + " x " + height + " pixels; images may be at most "
                  + MAX_SIDE + " pixels a side and " + MAX_PIXELS / 1_000_000
                  + " million pixels (resize it first)");
        }
        image = reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (DatasetException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DatasetException(file, "unreadable image (" + e.getMessage() + ")", e);
    }
    int channels = image.getColorModel().getNumColorComponents() == 1 ? 1 : 3;
    return new Decoded(channels, ImageResizer.squareResize(image, channels, size));
  }

  private static String describeChannels(int channels) {
    return channels == 1 ? "grey (1 channel)" : "colour (3 channels)";
  }

  private static boolean isImage(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file)
        && (n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg"));
  }

  private static List<Path> list(Path folder) throws DatasetException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new DatasetException(folder, "cannot be listed (" + e.getMessage() + ")", e);
    }
  }
}
