package org.latentexplorer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options that name a model and the data it is run on, shared by encode and analyze. */
final class ModelAndData {

  @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model folder.")
  Path model;

  @Option(
      names = "--data",
      paramLabel = "D",
      description = "Data set (default: the model's own; its test set where it has one).")
  String data;

  @Mixin NumpyOptions numpy;

  /** The data set's name with the NumPy choices made, or null for the model's own. */
  String dataSpec(CommandSpec spec) {
    return numpy.spec(spec, data);
  }
}
