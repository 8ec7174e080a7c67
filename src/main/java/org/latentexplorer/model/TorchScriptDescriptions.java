package org.latentexplorer.model;

import java.util.List;

/**
 * The smallest {@code model.json} of a TorchScript model says only what the program cannot find
 * out itself; this fills in the rest: Bernoulli likelihood unless stated, no hidden widths, no
 * training history, and the data set when none is named and a bundled one has the input's shape
 * (Fashion-MNIST for grey 28x28, the digits for grey 8x8).
 */
final class TorchScriptDescriptions {

  private TorchScriptDescriptions() {}

  static ModelDescription complete(ModelDescription d) {
    ModelSpec m = d.model();
    ModelSpec spec =
        new ModelSpec(
            m.kind(), null, m.latentSize(), m.hidden() == null ? List.of() : m.hidden(), m.input(),
            m.likelihood() == null ? Likelihood.BERNOULLI : m.likelihood(), m.decoderOutput(), null,
            TorchScriptFormat.NAME);
    DataInfo data = d.data();
    if (data == null || data.name() == null) {
      String guess = bundledDataFor(m.input());
      data =
          new DataInfo(
              guess, data == null || data.classNames() == null ? List.of() : data.classNames(),
              DataInfo.UNIT_INTERVAL, 0, 0);
    }
    return new ModelDescription(
        d.format(), spec, data, d.training(), d.history(), d.heldOutLoss(), d.parameters(),
        null, d.created(), d.program() == null ? "PyTorch (TorchScript)" : d.program());
  }

  /** The bundled data set with this image shape, or null. */
  static String bundledDataFor(InputShape in) {
    if (in.channels() == 1 && in.height() == 28 && in.width() == 28) {
      return "fashion-mnist";
    }
    if (in.channels() == 1 && in.height() == 8 && in.width() == 8) {
      return "digits";
    }
    return null;
  }
}
