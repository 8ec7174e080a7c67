package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Turns a data set name into images: a built-in name ({@code fashion-mnist}, {@code mnist}, {@code
 * digits}, {@code sprites}) or a path to IDX files, a digits-style CSV, NumPy arrays ({@link
 * NumpyDataset}), or a folder of images. The bundled {@code mnist} is 10,000 real MNIST digits
 * (assets/mnist), split 8,000 for training and 2,000 held out with a fixed seed.
 */
public final class DatasetCatalog {

  /** The built-in names. */
  public static final List<String> BUILT_IN = List.of("fashion-mnist", "mnist", "digits", "sprites");

  /** The digits' class names, in label order. */
  public static final List<String> DIGIT_CLASSES =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** Fashion-MNIST's ten class names, in label order. */
  public static final List<String> FASHION_CLASSES =
      List.of(
          "T-shirt/top",
          "Trouser",
          "Pullover",
          "Dress",
          "Coat",
          "Sandal",
          "Shirt",
          "Sneaker",
          "Bag",
          "Ankle boot");

  /** Where Debian's dataset-fashion-mnist package puts its files. */
  public static final Path SYSTEM_FASHION = Path.of("/usr/share/datasets/fashion-mnist");

  private static final long SPLIT_SEED = 20_170_825L;

  private DatasetCatalog() {}

  /** Training data and held-out data, as used by {@code train}. */
  public static DataSplit loadSplit(String spec, DataOptions options) throws DatasetException {
    switch (spec.toLowerCase(Locale.ROOT)) {
      case "fashion-mnist":
        return new DataSplit(fashion("train"), fashion("t10k").asPart(1));
      case "mnist":
        return holdOut(mnist(), 0.2);
      case "digits":
        return holdOut(digits(), 0.2);
      case "sprites":
        return holdOut(sprites(spec), 0.1);
      default:
        if (isSprites(spec)) {
          return holdOut(sprites(spec), 0.1);
        }
        return loadPathSplit(DataLocation.of(spec), options);
    }
  }

  /**
   * The images a model is explored on: the test set where the data has one (Fashion-MNIST's 10k,
   * from the bundled assets), otherwise every image.
   */
  public static ImageSet loadForExploring(String spec, DataOptions options)
      throws DatasetException {
    switch (spec.toLowerCase(Locale.ROOT)) {
      case "fashion-mnist":
        return fashion("t10k").asPart(1);
      case "mnist":
        return keyedBySplit(mnist(), 0.2);
      case "digits":
        return keyedBySplit(digits(), 0.2);
      case "sprites":
        return keyedBySplit(sprites(spec), 0.1);
      default:
        if (isSprites(spec)) {
          return keyedBySplit(sprites(spec), 0.1);
        }
        DataLocation located = DataLocation.of(spec);
        Path path = located.path();
        IdxPair test = Files.isDirectory(path) ? findIdx(path, "t10k", "test") : null;
        if (test != null) {
          located.refuseChoices("IDX files");
          return IdxReader.read(test.images, test.labels, nameOf(path), classesFor(path))
              .asPart(1);
        }
        Path numpyTest = Files.isDirectory(path) ? NumpyDataset.find(path, "test", "t10k") : null;
        if (numpyTest != null) {
          located.refuseLabelsFile();
          return NumpyDataset.read(numpyTest, nameOf(path), located.numpy()).asPart(1);
        }
        ImageSet all = loadAll(located, options);
        return all.size() < MIN_TO_SPLIT ? all : keyedBySplit(all, 0.1);
    }
  }

  /** Every image, in its place, keyed as the held-out or training item it is in the split. */
  private static ImageSet keyedBySplit(ImageSet all, double fraction) {
    return all.withHeldOut(heldOutPositions(all.size(), fraction));
  }

  /** Every image of a data set named by a path, in one set. */
  public static ImageSet loadAll(Path path, DataOptions options) throws DatasetException {
    return loadAll(new DataLocation(path, NumpyChoices.NONE), options);
  }

  private static ImageSet loadAll(DataLocation located, DataOptions options) throws DatasetException {
    Path path = located.path();
    if (Files.isDirectory(path)) {
      IdxPair train = findIdx(path, "train");
      if (train != null) {
        located.refuseChoices("IDX files");
        return IdxReader.read(train.images, train.labels, nameOf(path), classesFor(path));
      }
      Path numpyTrain = NumpyDataset.find(path, "train");
      if (numpyTrain != null) {
        located.refuseLabelsFile();
        return NumpyDataset.read(numpyTrain, nameOf(path), located.numpy());
      }
      located.refuseChoices("a folder of images");
      return ImageFolderReader.read(path, nameOf(path), options.imageSize(), options.limit());
    }
    if (NumpyDataset.handles(path)) {
      return NumpyDataset.read(path, nameOf(path), located.numpy());
    }
    String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".csv") || file.endsWith(".csv.gz")) {
      located.refuseChoices("a digits CSV");
      return DigitsCsvReader.read(path, nameOf(path));
    }
    located.refuseChoices("IDX files");
    Path labels = labelsBeside(path);
    return IdxReader.read(path, labels, nameOf(path), classesFor(path));
  }

  private static DataSplit loadPathSplit(DataLocation located, DataOptions options)
      throws DatasetException {
    Path path = located.path();
    if (Files.isDirectory(path)) {
      IdxPair train = findIdx(path, "train");
      IdxPair test = findIdx(path, "t10k", "test");
      if (train != null && test != null) {
        located.refuseChoices("IDX files");
        String name = nameOf(path);
        return new DataSplit(
            IdxReader.read(train.images, train.labels, name, classesFor(path)),
            IdxReader.read(test.images, test.labels, name, classesFor(path)).asPart(1));
      }
      Path numpyTrain = NumpyDataset.find(path, "train");
      Path numpyTest = NumpyDataset.find(path, "test", "t10k");
      if (numpyTrain != null && numpyTest != null) {
        String name = nameOf(path);
        located.refuseLabelsFile();
        return new DataSplit(
            NumpyDataset.read(numpyTrain, name, located.numpy()),
            NumpyDataset.read(numpyTest, name, located.numpy()).asPart(1));
      }
    }
    ImageSet all = loadAll(located, options);
    if (all.size() < MIN_TO_SPLIT) {
      throw new DatasetException(
          path,
          "holds " + all.size() + (all.size() == 1 ? " image" : " images")
              + ", too few to split into training and held-out data (one in ten is held out);"
              + " a data set needs at least " + MIN_TO_SPLIT + " images");
    }
    return holdOut(all, 0.1);
  }

  /** The fewest images a data set without a test file may have: it is split 9 to 1. */
  public static final int MIN_TO_SPLIT = 10;

  /** Splits off a fixed, seeded fraction as held-out data. */
  public static DataSplit holdOut(ImageSet all, double fraction) {
    int[] testIdx = heldOutPositions(all.size(), fraction);
    ImageSet keyed = all.withHeldOut(testIdx);
    boolean[] test = new boolean[all.size()];
    for (int i : testIdx) {
      test[i] = true;
    }
    int[] trainIdx = java.util.stream.IntStream.range(0, all.size()).filter(i -> !test[i]).toArray();
    return new DataSplit(keyed.subset(trainIdx), keyed.subset(testIdx));
  }

  /** The positions a seeded shuffle holds out, ascending. */
  private static int[] heldOutPositions(int n, double fraction) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(SPLIT_SEED);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int test = Math.max(1, (int) Math.round(n * fraction));
    int[] testIdx = java.util.Arrays.copyOfRange(order, 0, test);
    java.util.Arrays.sort(testIdx);
    return testIdx;
  }

  private static ImageSet fashion(String part) throws DatasetException {
    return fashion(part, List.of(AppHome.assets().resolve("fashion-mnist"), SYSTEM_FASHION));
  }

  static ImageSet fashion(String part, List<Path> places) throws DatasetException {
    String images = part + "-images-idx3-ubyte.gz";
    String labels = part + "-labels-idx1-ubyte.gz";
    for (Path dir : places) {
      if (Files.isRegularFile(dir.resolve(images)) && Files.isRegularFile(dir.resolve(labels))) {
        return IdxReader.read(
            dir.resolve(images), dir.resolve(labels), "fashion-mnist", FASHION_CLASSES);
      }
    }
    String which = part.equals("train") ? "training set (60,000 images)" : "test set";
    throw new DatasetException(
        null,
        "The Fashion-MNIST "
            + which
            + " was not found: looked for "
            + images
            + " and "
            + labels
            + " in "
            + places.get(0)
            + " and in "
            + places.get(1)
            + ". Install it with 'sudo apt-get install dataset-fashion-mnist' (Debian and"
            + " Ubuntu), or copy the IDX files from"
            + " https://github.com/zalandoresearch/fashion-mnist into one of those folders.");
  }

  /** The images of {@code sprites} unless a size is given as {@code sprites:N}. */
  public static final int SPRITES = 10_000;

  private static final long SPRITES_SEED = 737_280L;

  private static boolean isSprites(String spec) {
    return spec.toLowerCase(Locale.ROOT).startsWith("sprites:");
  }

  /**
   * {@code sprites}: a seeded sample of 10,000 of dSprites' 737,280 combinations; {@code
   * sprites:N}: N of them (the same seed, so a larger sample starts with a smaller one's factors).
   */
  private static ImageSet sprites(String spec) throws DatasetException {
    int n = SPRITES;
    if (isSprites(spec)) {
      try {
        n = Integer.parseInt(spec.substring("sprites:".length()).trim());
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 10 || n > 200_000) {
        throw new DatasetException(
            null, spec + ": sprites:N needs a number of images from 10 to 200,000");
      }
    }
    return SpritesGenerator.shared(64, n, SPRITES_SEED);
  }

  private static ImageSet mnist() throws DatasetException {
    Path dir = AppHome.assets().resolve("mnist");
    Path images = dir.resolve("mnist-10k-images-idx3-ubyte.gz");
    Path labels = dir.resolve("mnist-10k-labels-idx1-ubyte.gz");
    for (Path f : List.of(images, labels)) {
      if (!Files.isRegularFile(f)) {
        throw new DatasetException(
            f, "the bundled MNIST digits are missing; restore assets/mnist from the repository");
      }
    }
    return IdxReader.read(images, labels, "mnist", DIGIT_CLASSES);
  }

  private static ImageSet digits() throws DatasetException {
    Path file = AppHome.assets().resolve("digits").resolve("digits.csv.gz");
    if (!Files.isRegularFile(file)) {
      throw new DatasetException(
          file, "the bundled digits data is missing; restore assets/digits from the repository");
    }
    return DigitsCsvReader.read(file, "digits");
  }



  private record IdxPair(Path images, Path labels) {}

  private static IdxPair findIdx(Path dir, String... parts) throws DatasetException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    } catch (IOException e) {
      throw new DatasetException(dir, "cannot be listed (" + e.getMessage() + ")", e);
    }
    for (String part : parts) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        if (n.contains(part + "-images-idx3-ubyte")) {
          Path labels = f.resolveSibling(n.replace("images-idx3", "labels-idx1"));
          if (!Files.isRegularFile(labels)) {
            throw new DatasetException(labels, "label file missing beside " + n);
          }
          return new IdxPair(f, labels);
        }
      }
    }
    return null;
  }

  private static Path labelsBeside(Path images) throws DatasetException {
    String n = images.getFileName().toString();
    List<Path> candidates = new ArrayList<>();
    if (n.contains("images-idx3")) {
      candidates.add(images.resolveSibling(n.replace("images-idx3", "labels-idx1")));
    }
    if (n.contains("images")) {
      candidates.add(images.resolveSibling(n.replace("images", "labels")));
    }
    for (Path c : candidates) {
      if (Files.isRegularFile(c)) {
        return c;
      }
    }
    throw new DatasetException(
        images,
        "no label file found beside it"
            + (candidates.isEmpty() ? "" : " (looked for " + candidates.get(0).getFileName() + ")")
            + "; IDX images need their labels-idx1 file in the same folder");
  }

  /** A data set's short name: the file or folder name without .gz, .csv, .npy or .npz. */
  public static String nameOf(Path path) {
    String n = path.toAbsolutePath().normalize().getFileName().toString();
    for (String suffix : List.of(".gz", ".csv", ".npy", ".npz")) {
      if (n.endsWith(suffix)) {
        n = n.substring(0, n.length() - suffix.length());
      }
    }
    return n;
  }

  private static List<String> classesFor(Path path) {
    String lower = path.toAbsolutePath().toString().toLowerCase(Locale.ROOT);
    return lower.contains("fashion") ? FASHION_CLASSES : List.of();
  }
}
