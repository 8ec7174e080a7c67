package org.latentexplorer.data.codes;

import java.nio.file.Path;
import java.util.List;
import org.latentexplorer.data.ImageSet;

/**
 * Codes made elsewhere (by a model this program cannot open, a contrastive encoder, another
 * framework), one row an item, with the items' classes where they were given.
 *
 * @param name what the codes are called in reports (the file's name)
 * @param source the file they were read from
 * @param dims the dimension of a code
 * @param codes the codes, row-major {@code count x dims}
 * @param labels one class an item, or {@link ImageSet#NO_LABEL} for every item when none were given
 * @param classNames the classes' names, empty when none were given
 */
public record CodeSet(
    String name, Path source, int dims, float[] codes, int[] labels, List<String> classNames) {

  public int count() {
    return codes.length / dims;
  }

  /** Whether the items have classes. */
  public boolean labelled() {
    return !classNames.isEmpty();
  }
}
