package org.latentexplorer.ui.workspace;

import java.util.Locale;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelKind;

/** The line of facts above a model's scatter. */
public final class ModelFacts {

  private ModelFacts() {}

  /**
   * The model's facts in one line; {@code shown} items are on the scatter (fewer than the data
   * holds when classes are hidden).
   */
  public static String of(ModelSession s, int shown) {
    ModelDescription d = s.description();
    if (d.model().isTorchScript()) {
      return String.format(
          Locale.ROOT,
          "%s  ·  %s  ·  TorchScript from PyTorch  ·  %d-D latent  ·  decoder returns %s  ·"
              + "  %s of %s  ·  %s",
          s.name(), d.model().kind(), d.model().latentSize(), d.model().decoderOutput(),
          showing(shown, s.data().size()), s.data().name(), s.engine().deviceName());
    }
    String loss =
        d.model().kind() == ModelKind.VAE
            ? String.format(Locale.ROOT, "held-out loss %.1f nats/image (-ELBO)", d.heldOutLoss())
            : String.format(Locale.ROOT, "held-out reconstruction %.1f nats/image", d.heldOutLoss());
    return String.format(
        Locale.ROOT,
        "%s  ·  %s  ·  %s %s  ·  %d-D latent  ·  trained on %s%s, %d epochs  ·  %s  ·  %s  ·  %s",
        s.name(),
        d.model().kind(),
        d.model().architecture() == Architecture.MLP ? "MLP" : "conv " + d.model().convFilters() + ",",
        d.model().hidden(),
        d.model().latentSize(),
        d.data().name(),
        d.data().excludedClasses().isEmpty()
            ? ""
            : " without " + String.join(", ", d.data().excludedClasses()),
        d.epochsDone(),
        loss,
        showing(shown, s.data().size()),
        s.engine().deviceName());
  }

  private static String showing(int shown, int all) {
    return shown == all
        ? String.format(Locale.ROOT, "showing %,d items", all)
        : String.format(Locale.ROOT, "showing %,d of %,d items", shown, all);
  }
}
