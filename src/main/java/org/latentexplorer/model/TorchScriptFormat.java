package org.latentexplorer.model;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;

/**
 * Encoder and decoder exported from PyTorch as TorchScript ({@code encoder.pt}, {@code
 * decoder.pt}); {@code model.json} names this format with {@code "architecture": "TORCHSCRIPT"}.
 * The smallest description is completed by {@link TorchScriptDescriptions}.
 */
final class TorchScriptFormat implements ModelFormat {

  /** The format's name in {@link ModelSpec#format()}. */
  static final String NAME = "torchscript";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean reads(ModelSpec spec) {
    return NAME.equals(spec.format());
  }

  @Override
  public void check(Path folder, ModelDescription d, Path json, List<String> problems) {
    // encoder.pt and decoder.pt are checked when they are loaded.
  }

  @Override
  public ModelDescription complete(ModelDescription d) {
    return TorchScriptDescriptions.complete(d);
  }

  @Override
  public LatentNetwork open(Path folder, ModelDescription d, NDManager manager) throws ModelException {
    return TorchScriptNetwork.load(folder, d.model(), manager);
  }
}
