package org.latentexplorer.data.codes;

import java.nio.file.Path;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.NumpyDataset;

/**
 * The files codes without a model are opened from: the codes, their classes, the codes' array in
 * an {@code .npz}, and one image an item for hovering (each but the codes may be null).
 */
public record CodesFiles(Path codes, Path labels, String codesArray, Path images) {

  /** The codes and their classes ({@link CodesReader}). */
  public CodeSet read() throws DatasetException {
    return CodesReader.read(codes, labels, codesArray);
  }

  /**
   * The items' images, read as data ({@link NumpyDataset}), or null when none were named.
   *
   * @throws DatasetException when they cannot be read or are not one image a code
   */
  public ImageSet readImages(int count) throws DatasetException {
    if (images == null) {
      return null;
    }
    CodesReader.requireFile(images, "file of images");
    ImageSet shown = NumpyDataset.read(images, DatasetCatalog.nameOf(images));
    if (shown.size() != count) {
      throw new DatasetException(images, "holds " + shown.size() + " images, but there are "
          + count + " codes; give one image a code, in the same order");
    }
    return shown;
  }
}
