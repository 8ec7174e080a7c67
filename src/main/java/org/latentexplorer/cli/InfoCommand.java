package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code info}: prints what a model folder holds and how it was trained. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Describe a model folder: network, data, training and loss history.")
public final class InfoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Model folder.")
  Path model;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ModelDescription d = ModelStore.verify(model);
    PrintWriter err = spec.commandLine().getErr();
    for (String warning : d.warnings()) {
      err.println("warning: " + model + ": " + warning);
    }
    err.flush();
    out.println(model + ": " + d.model().summary());
    if (d.model().isTorchScript()) {
      out.println("  files:    encoder.pt, decoder.pt (TorchScript); the decoder returns "
          + d.model().decoderOutput() + "; likelihood " + d.model().likelihood());
      out.println("  data:     " + (d.data().name() == null ? "none named (give --data)" : d.data().name())
          + (d.data().classNames().isEmpty() ? "" : ", classes " + d.data().classNames()));
      out.flush();
      return 0;
    }
    out.println("  data:     " + d.data().name() + " (" + d.data().trainImages() + " training, "
        + d.data().heldOutImages() + " held out), classes " + d.data().classNames()
        + (d.data().excludedClasses().isEmpty()
            ? ""
            : "; trained without " + String.join(", ", d.data().excludedClasses())));
    out.printf(Locale.ROOT, "  training: %d epochs, batch %d, lr %g, beta %g, warm-up %d, seed %d, on %s%n",
        d.training().epochs(), d.training().batchSize(), d.training().learningRate(),
        d.training().beta(), d.training().warmupEpochs(), d.training().seed(), d.training().device());
    out.println("  command:  " + d.training().command());
    out.printf(Locale.ROOT, "  held-out loss: %.2f per image (%s)%n", d.heldOutLoss(),
        d.model().likelihood());
    out.println("  parameters: " + d.parameters().file() + ", " + d.parameters().count() + " values");
    out.println("  epoch   seconds   train recon     kl   total | held-out recon     kl   total");
    for (EpochRecord r : d.history()) {
      out.printf(Locale.ROOT, "  %5d  %8.2f  %11.2f %7.2f %7.2f | %14.2f %7.2f %7.2f%n",
          r.epoch(), r.seconds(), r.trainReconstruction(), r.trainKl(), r.trainTotal(),
          r.heldOutReconstruction(), r.heldOutKl(), r.heldOutTotal());
    }
    out.flush();
    return 0;
  }
}
