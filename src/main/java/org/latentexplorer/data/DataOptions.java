package org.latentexplorer.data;

/**
 * How to read a data set named by a path.
 *
 * @param imageSize the side images of a folder are resized to
 * @param limit the most images to read from a folder (0 for all)
 */
public record DataOptions(int imageSize, int limit) {

  /** 64-pixel images, no limit. */
  public static DataOptions defaults() {
    return new DataOptions(64, 0);
  }
}
