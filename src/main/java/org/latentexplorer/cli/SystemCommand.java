package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.model.EngineReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code system}: what the program runs on here: Java, the cores and memory, the tensor engine
 * and the libtorch it loaded (version, flavour, folder), the devices it sees, its threads, and the
 * folders the program reads and writes.
 */
@Command(
    name = "system",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Print what the program runs on: Java, cores and memory, the engine and its libtorch"
          + " (version, flavour, folder), the devices it sees (CPU, GPUs), its threads, and the"
          + " program's folders.",
      "Another libtorch (such as a CUDA build) is chosen with the environment variables"
          + " PYTORCH_LIBRARY_PATH, PYTORCH_VERSION and PYTORCH_FLAVOR (see the README)."
    })
public final class SystemCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Runtime rt = Runtime.getRuntime();
    out.println(Version.TEXT);
    out.printf(
        Locale.ROOT, "Java:      %s (%s), %d cores, up to %,d MB of heap%n",
        System.getProperty("java.version"), System.getProperty("java.vendor"),
        rt.availableProcessors(), rt.maxMemory() / (1024 * 1024));
    out.printf(Locale.ROOT, "System:    %s %s (%s)%n",
        System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
    out.flush();
    EngineReport e = EngineReport.now();
    out.printf(Locale.ROOT, "Engine:    %s (DJL %s)%n", e.engine(), e.djlVersion());
    out.printf(Locale.ROOT, "libtorch:  %s, %s build, in %s%n", e.libtorchVersion(), e.flavour(), e.libtorchFolder());
    out.printf(Locale.ROOT, "Built with %s%n",
        e.capabilities().isEmpty() ? "none of CUDA, CUDNN, MKL, MKLDNN, OPENMP" : String.join(", ", e.capabilities()));
    out.printf(Locale.ROOT, "Devices:   %s%s%n", String.join(", ", e.devices()),
        e.gpuFailure() != null ? " (the GPU is not used: see the note)"
            : e.devices().stream().anyMatch(d -> d.startsWith("GPU")) ? ""
            : " (no GPU: training, the engine and evaluation run on the CPU)");
    out.printf(Locale.ROOT, "Threads:   %d for an operation (intra-op), %d between operations (inter-op)%n",
        e.intraOpThreads(), e.interOpThreads());
    out.printf(Locale.ROOT, "Settings:  %s%n", e.settings().isEmpty() ? "none of " + String.join(", ", EngineReport.VARIABLES) + " is set"
        : e.settings().toString());
    if (e.fallback() != null) {
      out.println("Note:      " + e.fallback());
    }
    out.printf(Locale.ROOT, "Models:    %s (bundled, read only), %s (yours)%n", AppHome.models(), AppHome.userModels());
    out.printf(Locale.ROOT, "Data:      %s (errors.log and your models)%n", AppHome.userData());
    out.flush();
    return 0;
  }
}
