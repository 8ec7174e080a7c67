package org.latentexplorer.data;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to read from NumPy data when the defaults ({@link NumpyDataset}) do not fit: a labels file,
 * the names of the images, labels and factors arrays in an {@code .npz}, and where an image's
 * channels are. They travel with the data set's name as a query ({@code
 * shoes.npz?images-array=pics&layout=nchw}), so that a model trained on such data records them
 * in its model.json and reads the same data again when it is explored.
 *
 * @param labelsFile an {@code .npy} of one label an image, or null for the defaults
 * @param imagesArray the images' array in an {@code .npz}, or null for the defaults
 * @param labelsArray the labels' array in an {@code .npz}, or null for the defaults
 * @param factorsArray the factors' array in an {@code .npz}, or null for the defaults
 * @param layout where the channels of 4-D images are, or null to tell from the shape
 */
public record NumpyChoices(
    Path labelsFile, String imagesArray, String labelsArray, String factorsArray, Layout layout) {

  /** Where a 4-D image array keeps its channels. */
  public enum Layout {
    /** N x H x W x C. */
    NHWC,
    /** N x C x H x W. */
    NCHW
  }

  /** The defaults: nothing chosen. */
  public static final NumpyChoices NONE = new NumpyChoices(null, null, null, null, null);

  private static final List<String> KEYS =
      List.of("labels-file", "images-array", "labels-array", "factors-array", "layout");

  /** Whether nothing is chosen. */
  public boolean none() {
    return equals(NONE);
  }

  /** Whether anything but the labels file is chosen (which only an {@code .npz} can take). */
  boolean namesArrays() {
    return imagesArray != null || labelsArray != null || factorsArray != null;
  }

  /** The data set's name with these choices: {@code spec} itself when nothing is chosen. */
  public String appendTo(String spec) {
    List<String> parts = new ArrayList<>();
    String[] values = {
      labelsFile == null ? null : labelsFile.toAbsolutePath().normalize().toString(),
      imagesArray, labelsArray, factorsArray,
      layout == null ? null : layout.name().toLowerCase(Locale.ROOT)
    };
    for (int k = 0; k < KEYS.size(); k++) {
      if (values[k] != null) {
        parts.add(KEYS.get(k) + "=" + URLEncoder.encode(values[k], StandardCharsets.UTF_8));
      }
    }
    return parts.isEmpty() ? spec : spec + "?" + String.join("&", parts);
  }

  /**
   * The choices in a query (the text after {@code ?} in a data set's name).
   *
   * @param file the data file, named in the message when the query is bad
   * @throws DatasetException for a key that is not one of these or a layout that is not nhwc or nchw
   */
  public static NumpyChoices parse(Path file, String query) throws DatasetException {
    String[] values = new String[KEYS.size()];
    for (String part : query.split("&")) {
      int eq = part.indexOf('=');
      String key = eq < 0 ? part : part.substring(0, eq);
      int k = KEYS.indexOf(key);
      if (k < 0 || eq < 0) {
        throw new DatasetException(file, "has the option '" + part + "' after its name; NumPy data"
            + " takes " + String.join(", ", KEYS) + " (as key=value)");
      }
      values[k] = URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
    }
    Layout layout = null;
    if (values[4] != null) {
      try {
        layout = Layout.valueOf(values[4].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new DatasetException(file, "has the layout '" + values[4] + "'; give nhwc or nchw");
      }
    }
    return new NumpyChoices(
        values[0] == null ? null : Path.of(values[0]), values[1], values[2], values[3], layout);
  }
}
