package org.latentexplorer.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data set named by a path, with the NumPy choices that follow it after {@code ?} ({@link
 * NumpyChoices}): {@code shoes.npz?images-array=pics}.
 *
 * @param path the file or folder, which exists
 * @param numpy the choices made, {@link NumpyChoices#NONE} when none
 */
record DataLocation(Path path, NumpyChoices numpy) {

  /**
   * Finds the path a data set's name gives and the choices after it.
   *
   * @throws DatasetException when the path does not exist or the choices cannot be read
   */
  static DataLocation of(String spec) throws DatasetException {
    int query = spec.lastIndexOf('?');
    if (query > 0 && !exists(spec)) {
      Path path = resolvePath(spec.substring(0, query));
      return new DataLocation(path, NumpyChoices.parse(path, spec.substring(query + 1)));
    }
    return new DataLocation(resolvePath(spec), NumpyChoices.NONE);
  }

  private static boolean exists(String spec) {
    try {
      return Files.exists(Path.of(spec));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  private static Path resolvePath(String spec) throws DatasetException {
    Path path = Path.of(spec);
    if (!Files.exists(path)) {
      throw new DatasetException(
          path,
          "no such file or folder, and not a built-in data set ("
              + String.join(", ", DatasetCatalog.BUILT_IN)
              + ")");
    }
    return path;
  }

  /** Fails when choices were made for data that is not NumPy's. */
  void refuseChoices(String what) throws DatasetException {
    if (!numpy.none()) {
      throw new DatasetException(path, "holds " + what + ", not NumPy arrays; the labels file,"
          + " array names and layout are for .npy and .npz data");
    }
  }

  /** Fails when one labels file was named for a folder whose parts each have their own. */
  void refuseLabelsFile() throws DatasetException {
    if (numpy.labelsFile() != null) {
      throw new DatasetException(path, "holds training and test arrays, each with labels of its"
          + " own; a labels file is for a single .npy");
    }
  }
}
