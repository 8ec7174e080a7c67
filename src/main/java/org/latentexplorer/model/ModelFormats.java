package org.latentexplorer.model;

import java.util.List;

/** The model formats the program reads. */
public final class ModelFormats {

  /** The program's own networks and parameter files. */
  public static final ModelFormat OWN = new OwnModelFormat();

  /** Encoder and decoder exported from PyTorch as TorchScript. */
  public static final ModelFormat TORCHSCRIPT = new TorchScriptFormat();

  /** Every format, asked in this order; a new format is added here. */
  public static final List<ModelFormat> ALL = List.of(TORCHSCRIPT, OWN);

  private ModelFormats() {}

  /** The format that reads a model described so. */
  public static ModelFormat of(ModelSpec spec) {
    for (ModelFormat f : ALL) {
      if (f.reads(spec)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no format reads " + spec);
  }
}
