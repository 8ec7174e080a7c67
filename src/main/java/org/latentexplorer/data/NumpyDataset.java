package org.latentexplorer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A data set of NumPy arrays ({@link NpyReader}): an {@code .npy} file of images (labels from the
 * file beside it whose name has "labels" for "images", as for IDX files), or an {@code .npz}
 * archive whose arrays are found by name: images {@code images}, {@code imgs} or {@code x};
 * labels {@code labels} or {@code y}; ground-truth factors {@code latents_classes} (dSprites'
 * name) or {@code factors}, without those that never change (dSprites' single colour; the
 * disentanglement scores are not defined for them, and disentanglement_lib leaves it out too). A folder with {@code train-images.npy} (or {@code train.npz}) and
 * {@code test-images.npy} (or {@code test.npz}, or {@code t10k-}) is training and held-out data,
 * as a folder of IDX files is.
 *
 * <p>Images whose pixels as floats would take more than 256 MB (dSprites' 737,280 images of 64 x
 * 64) are a seeded sample of as many as fit, the same sample on every reading.
 *
 * <p>Images are N x H x W (grey), N x H x W x C or N x C x H x W with C = 1 or 3 (told apart by
 * which axis has 1 or 3; a shape where both or neither do is refused). uint8 is scaled from 0-255
 * to [0, 1], unless no value passes 1 (dSprites keeps its binary images as uint8 0 and 1); bool is
 * 0 or 1, float32 and float64 must already lie in [0, 1]. Labels are integers
 * from 0 (class names are the numbers) or strings (class names in sorted order).
 */
public final class NumpyDataset {

  public static final List<String> IMAGE_ARRAYS = List.of("images", "imgs", "x");
  public static final List<String> LABEL_ARRAYS = List.of("labels", "y");
  public static final List<String> FACTOR_ARRAYS = List.of("latents_classes", "factors");

  /** The most bytes the images may take as floats; a larger array is sampled. */
  static final long MAX_PIXEL_BYTES = 256L << 20;

  private static final long SAMPLE_SEED = 20_141_202L;

  /** dSprites' six factors, the columns of its {@code latents_classes}. */
  private static final List<String> DSPRITES_FACTORS =
      List.of("color", "shape", "scale", "orientation", "posX", "posY");

  private NumpyDataset() {}

  /** Whether the path names a NumPy file this class reads. */
  public static boolean handles(Path path) {
    String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".npy") || n.endsWith(".npz");
  }

  /** The images of an {@code .npy} or {@code .npz} file, with labels and factors where found. */
  public static ImageSet read(Path file, String name) throws DatasetException {
    return read(file, name, NumpyChoices.NONE, MAX_PIXEL_BYTES);
  }

  /** As {@link #read(Path, String)}, with arrays, labels or layout chosen. */
  public static ImageSet read(Path file, String name, NumpyChoices choices)
      throws DatasetException {
    return read(file, name, choices, MAX_PIXEL_BYTES);
  }

  /** As {@link #read(Path, String, NumpyChoices)}, sampling above the given size. */
  static ImageSet read(Path file, String name, NumpyChoices choices, long maxPixelBytes)
      throws DatasetException {
    NpyArray labelsFile = choices.labelsFile() == null ? null : NpyReader.read(choices.labelsFile());
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npz")) {
      List<String> names = NpyReader.archiveNames(file);
      String images = chosen(file, names, choices.imagesArray(), IMAGE_ARRAYS);
      if (images == null) {
        throw new DatasetException(file, "has no images array (looked for "
            + String.join(", ", IMAGE_ARRAYS) + "; it holds " + String.join(", ", names) + ")");
      }
      String labels = labelsFile != null ? null : chosen(file, names, choices.labelsArray(), LABEL_ARRAYS);
      String factors = chosen(file, names, choices.factorsArray(), FACTOR_ARRAYS);
      List<String> small = new ArrayList<>();
      for (String k : Arrays.asList(labels, factors)) {
        if (k != null) {
          small.add(k);
        }
      }
      Map<String, NpyArray> arrays = NpyReader.readArchive(file, small);
      return assemble(name, images(file, images, maxPixelBytes),
          labelsFile != null ? labelsFile : labels == null ? null : arrays.get(labels),
          factors == null ? null : arrays.get(factors), factors, choices.layout());
    }
    if (choices.namesArrays()) {
      throw new DatasetException(file, "is an .npy file, which holds one array; images-array,"
          + " labels-array and factors-array name the arrays of an .npz archive");
    }
    Path labels = labelsBeside(file);
    return assemble(name, images(file, null, maxPixelBytes),
        labelsFile != null ? labelsFile : labels == null ? null : NpyReader.read(labels), null, null,
        choices.layout());
  }

  /** The array chosen by name (which must be in the archive), or the first default present. */
  private static String chosen(Path file, List<String> names, String choice, List<String> defaults)
      throws DatasetException {
    if (choice == null) {
      return first(names, defaults);
    }
    if (!names.contains(choice)) {
      throw new DatasetException(file, "has no array '" + choice + "' (it holds "
          + String.join(", ", names) + ")");
    }
    return choice;
  }

  /**
   * The images array, read row by row: when its pixels as floats would pass {@link
   * #MAX_PIXEL_BYTES}, a seeded sample of as many images as fit, in file order.
   */
  private static NpyReader.Rows images(Path file, String name, long maxPixelBytes)
      throws DatasetException {
    NpyReader.Rows rows = NpyReader.readRows(file, name, (n, elements) -> {
      long fit = maxPixelBytes / Math.max(1, elements * Float.BYTES);
      return n <= fit ? null : sample(n, (int) fit, SAMPLE_SEED);
    });
    if (rows != null) {
      return rows;
    }
    NpyArray whole = name == null ? NpyReader.read(file) : NpyReader.readArchive(file, List.of(name)).get(name);
    int n = (int) whole.shape()[0];
    return new NpyReader.Rows(whole, java.util.stream.IntStream.range(0, n).toArray(), n);
  }

  /** k of the positions 0 to n - 1, a seeded sample, ascending. */
  static int[] sample(int n, int k, long seed) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] out = Arrays.copyOf(order, k);
    Arrays.sort(out);
    return out;
  }

  /**
   * In a folder, the NumPy file of a part: {@code <part>-images.npy} or {@code <part>.npz} for
   * the first part name that has one (such as "test", then "t10k"); null when none does.
   */
  public static Path find(Path folder, String... parts) {
    for (String part : parts) {
      for (String file : List.of(part + "-images.npy", part + ".npz")) {
        Path p = folder.resolve(file);
        if (Files.isRegularFile(p)) {
          return p;
        }
      }
    }
    return null;
  }

  private static String first(List<String> names, List<String> keys) {
    for (String k : keys) {
      if (names.contains(k)) {
        return k;
      }
    }
    return null;
  }

  private static Path labelsBeside(Path images) {
    String n = images.getFileName().toString();
    if (!n.contains("images")) {
      return null;
    }
    Path labels = images.resolveSibling(n.replace("images", "labels"));
    return Files.isRegularFile(labels) ? labels : null;
  }

  static ImageSet assemble(String name, NpyReader.Rows rows, NpyArray labels,
      NpyArray factors, String factorsKey, NumpyChoices.Layout layout) throws DatasetException {
    NpyArray images = rows.array();
    long[] s = images.shape();
    boolean channelsLast;
    if (s.length == 3) {
      channelsLast = true;
      s = new long[] {s[0], s[1], s[2], 1};
    } else if (s.length == 4 && layout != null) {
      channelsLast = layout == NumpyChoices.Layout.NHWC;
      long c = channelsLast ? s[3] : s[1];
      if (c != 1 && c != 3) {
        throw images.problem("has the shape " + images.shapeText() + ", which as "
            + layout.name() + " has " + c + " channels; images have 1 or 3");
      }
    } else if (s.length == 4) {
      boolean last = s[3] == 1 || s[3] == 3;
      boolean first = s[1] == 1 || s[1] == 3;
      if (last == first) {
        throw images.problem("has the shape " + images.shapeText()
            + ", which does not say where its channels are (1 or 3 of them, first or last after"
            + " the count); give images as N x H x W x C or N x C x H x W, or say which with --layout");
      }
      channelsLast = last;
    } else {
      throw images.problem("has the shape " + images.shapeText()
          + "; images must be N x H x W, N x H x W x C or N x C x H x W"
          + (s.length == 2 ? " (reshape flat images, for example to N x 28 x 28)" : ""));
    }
    int n = (int) s[0];
    int c = (int) (channelsLast ? s[3] : s[1]);
    int h = (int) (channelsLast ? s[1] : s[2]);
    int w = (int) (channelsLast ? s[2] : s[3]);
    if (n == 0 || h == 0 || w == 0) {
      throw images.problem("holds no images (shape " + images.shapeText() + ")");
    }
    float[] pixels = scaled(images);
    if (channelsLast && c > 1) {
      pixels = channelsFirst(pixels, n, h, w, c);
    }
    int total = (int) rows.total();
    int[] allLabels = new int[total];
    Arrays.fill(allLabels, ImageSet.NO_LABEL);
    List<String> classNames = List.of();
    if (labels != null) {
      classNames = NumpyLabels.fill(labels, total, allLabels);
    }
    int[] labelValues = new int[n];
    for (int i = 0; i < n; i++) {
      labelValues[i] = allLabels[rows.kept()[i]];
    }
    FactorTable table = factors == null ? null : factors(factors, factorsKey, total);
    if (table != null && n < total) {
      table = table.subset(rows.kept());
    }
    return new ImageSet(name, c, h, w, pixels, labelValues, classNames, table);
  }

  private static float[] scaled(NpyArray images) throws DatasetException {
    float[] v = images.toFloats();
    switch (images.kind()) {
      case UINT -> {
        if (images.itemSize() != 1) {
          throw notImages(images);
        }
        float max = 0;
        for (float x : v) {
          max = Math.max(max, x);
        }
        if (max > 1) {
          for (int i = 0; i < v.length; i++) {
            v[i] /= 255f;
          }
        }
      }
      case BOOL -> { }
      case FLOAT -> {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        boolean nan = false;
        for (float x : v) {
          lo = Math.min(lo, x);
          hi = Math.max(hi, x);
          nan |= Float.isNaN(x);
        }
        if (nan || lo < 0 || hi > 1) {
          throw images.problem("holds " + images.typeName()
              + " values " + (nan ? "with NaN" : "from " + lo + " to " + hi)
              + "; float images must lie in [0, 1] (or give uint8 from 0 to 255)");
        }
      }
      default -> throw notImages(images);
    }
    return v;
  }

  private static DatasetException notImages(NpyArray images) {
    return images.problem("holds " + images.typeName()
        + " values; images must be uint8 (0-255), bool, float32 or float64 (in [0, 1])");
  }

  private static float[] channelsFirst(float[] hwc, int n, int h, int w, int c) {
    float[] out = new float[hwc.length];
    int size = h * w * c;
    for (int i = 0; i < n; i++) {
      int base = i * size;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          for (int k = 0; k < c; k++) {
            out[base + (k * h + y) * w + x] = hwc[base + (y * w + x) * c + k];
          }
        }
      }
    }
    return out;
  }

  private static FactorTable factors(NpyArray factors, String key, int n)
      throws DatasetException {
    long[] s = factors.shape();
    if (s.length != 2 || s[0] != n || s[1] < 1) {
      throw factors.problem("has the shape " + factors.shapeText()
          + "; factors must be one row of integers an image (" + n + ", F)");
    }
    if (factors.kind() != NpyArray.Kind.INT && factors.kind() != NpyArray.Kind.UINT) {
      throw factors.problem("holds " + factors.typeName()
          + " values; factors must be integer levels from 0");
    }
    int k = (int) s[1];
    double[] v = factors.toDoubles();
    int[] values = new int[v.length];
    int[] levels = new int[k];
    for (int i = 0; i < v.length; i++) {
      if (v[i] < 0 || v[i] > Integer.MAX_VALUE - 1) {
        throw factors.problem("holds the level " + (long) v[i]
            + "; factor levels run from 0");
      }
      values[i] = (int) v[i];
      levels[i % k] = Math.max(levels[i % k], values[i] + 1);
    }
    List<String> names = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      if (levels[j] > 1) {
        kept.add(j);
        names.add("latents_classes".equals(key) && k == DSPRITES_FACTORS.size()
            ? DSPRITES_FACTORS.get(j)
            : "factor " + (j + 1));
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    int[] keptLevels = new int[kept.size()];
    int[] keptValues = new int[n * kept.size()];
    for (int c = 0; c < kept.size(); c++) {
      keptLevels[c] = levels[kept.get(c)];
      for (int i = 0; i < n; i++) {
        keptValues[i * kept.size() + c] = values[i * k + kept.get(c)];
      }
    }
    return new FactorTable(names, keptLevels, keptValues);
  }
}
