package org.latentexplorer.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.latentexplorer.data.NumpyChoices;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that say what to read from NumPy data ({@link NumpyChoices}), shared by the commands
 * that take {@code --data}; they travel with the data set's name.
 */
final class NumpyOptions {

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description = "A file of one label an item: for NumPy --data an .npy (default: the file"
          + " beside the images whose name has labels for images, or the archive's labels).")
  Path labels;

  @Option(names = "--images-array", paramLabel = "NAME", description = "The images' array in an"
      + " .npz --data (default: images, imgs or x).")
  String imagesArray;

  @Option(names = "--labels-array", paramLabel = "NAME", description = "The labels' array in an"
      + " .npz --data (default: labels or y).")
  String labelsArray;

  @Option(names = "--factors-array", paramLabel = "NAME", description = "The ground-truth factors'"
      + " array in an .npz --data (default: latents_classes or factors).")
  String factorsArray;

  @Option(names = "--layout", paramLabel = "nhwc|nchw", description = "Where 4-D NumPy images keep"
      + " their channels (default: told from the shape).")
  String layout;

  /** The choices made, for the data set named {@code data} (null: the model's own). */
  NumpyChoices choices(CommandSpec spec) {
    NumpyChoices.Layout l = null;
    if (layout != null) {
      try {
        l = NumpyChoices.Layout.valueOf(layout.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--layout must be nhwc or nchw, not '"
            + layout + "'");
      }
    }
    return new NumpyChoices(labels, imagesArray, labelsArray, factorsArray, l);
  }

  /** Whether any option but --labels was given. */
  boolean namesArraysOrLayout() {
    return imagesArray != null || labelsArray != null || factorsArray != null || layout != null;
  }

  /**
   * The data set's name with the choices made, or {@code data} itself when none were.
   *
   * @throws ParameterException when choices are made without --data
   */
  String spec(CommandSpec spec, String data) {
    NumpyChoices c = choices(spec);
    if (c.none()) {
      return data;
    }
    if (data == null) {
      throw new ParameterException(spec.commandLine(), "--labels, --images-array, --labels-array,"
          + " --factors-array and --layout say how to read NumPy --data; give --data");
    }
    return c.appendTo(data);
  }
}
