package org.latentexplorer.model;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;

/**
 * A way a model folder holds its network: the program's own parameter file, or TorchScript files
 * exported from PyTorch. {@link ModelStore} asks each format of {@link ModelFormats#ALL} whether
 * it reads a folder's {@code model.json}, lets it check and complete the description, and opens
 * the network through it; a new format is a new implementation and a line in that list.
 */
public interface ModelFormat {

  /** The format's name, as {@link ModelSpec#format()} records it (null for the program's own). */
  String name();

  /** Whether this format reads a model described so. */
  boolean reads(ModelSpec spec);

  /**
   * Adds what is wrong with a description in this format, in words (a missing file name, a
   * missing data set), to {@code problems}.
   *
   * @param json the folder's model.json, to name in messages
   */
  void check(Path folder, ModelDescription d, Path json, List<String> problems);

  /** The description with what the format implies filled in. */
  ModelDescription complete(ModelDescription d);

  /** Opens the folder's network for encoding and decoding. */
  LatentNetwork open(Path folder, ModelDescription d, NDManager manager) throws ModelException;
}
