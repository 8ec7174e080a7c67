package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.analysis.anomaly.AnomalyOptions;
import org.latentexplorer.analysis.anomaly.AnomalyResult;
import org.latentexplorer.analysis.anomaly.AnomalyRun;
import org.latentexplorer.analysis.anomaly.AnomalyWriter;
import org.latentexplorer.analysis.anomaly.LeaveOutTable;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ProgressSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code anomaly}: how well a model's scores tell anomalous classes from normal ones. */
@Command(
    name = "anomaly",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Score held-out items as anomalies: an AE by its reconstruction error; a VAE also by -ELBO,"
          + " the importance-sampled -log p(x) and the latent score -log N(mu; 0, I).",
      "Writes scores.csv, roc.png, a histogram and the most anomalous items per score,"
          + " anomaly.json (auc.<score> for every score) and report.md to --out.",
      "--leave-out-all trains an AE and a VAE without each class in turn and writes the table of"
          + " AUCs per class and score (long: twice as many trainings as classes)."
    })
public final class AnomalyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ForceOption overwrite;

  @Option(names = "--model", paramLabel = "DIR", description = "Model folder, best trained without the anomalous classes (train --exclude-classes).")
  Path model;

  @Option(names = "--compare", paramLabel = "DIR", description = "A second model scored on the same items (an AE against a VAE).")
  Path compare;

  @Option(names = "--data", paramLabel = "D", description = "Data set; its held-out part is scored (default: the model's own).")
  String data;

  @Mixin NumpyOptions numpy;

  @Option(
      names = "--anomalous",
      paramLabel = "LIST",
      split = ",",
      description = "Classes that count as anomalous, by name or number (default: those the model was trained without).")
  List<String> anomalous;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the scores, figures and anomaly.json.")
  Path out;

  @Option(names = "--items", paramLabel = "N", description = "Held-out items to score, 0 for all (default: ${DEFAULT-VALUE}).")
  int items = 0;

  @Option(names = {"--samples", "-K"}, paramLabel = "K", description = "Importance samples an item for -ELBO and -log p(x) (default: ${DEFAULT-VALUE}).")
  int samples = AnomalyOptions.defaults().likelihoodSamples();

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the samples, and of training with --leave-out-all (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--leave-out-all", description = "Train an AE and a VAE without each class of --data in turn and tabulate the AUCs.")
  boolean leaveOutAll;

  @Option(names = "--epochs", paramLabel = "E", description = "With --leave-out-all: epochs per model (default: ${DEFAULT-VALUE}).")
  int epochs = 30;

  @Option(names = "--latent", paramLabel = "N", description = "With --leave-out-all: latent size (default: ${DEFAULT-VALUE}).")
  int latent = 16;

  @Option(names = "--hidden", paramLabel = "W", split = ",", description = "With --leave-out-all: hidden widths (default: 512,256).")
  List<Integer> hidden = List.of(512, 256);

  @Option(names = "--cpu", description = "With --leave-out-all: train on the CPU even when a GPU is present.")
  boolean cpu;

  @Override
  public Integer call() throws Exception {
    data = numpy.spec(spec, data);
    new Checks(spec)
        .atLeast("--items", items, 0)
        .within("--samples", samples, 1, 100_000)
        .within("--epochs", epochs, 1, 10_000)
        .within("--latent", latent, 1, 512);
    overwrite.prepareFolder(out);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    StepProgress progress = StepProgress.on(err);
    AnomalyOptions options = new AnomalyOptions(items, samples, seed);
    if (leaveOutAll) {
      if (data == null || model != null || compare != null || anomalous != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--leave-out-all needs --data and trains its own models: leave out --model, --compare"
                + " and --anomalous");
      }
      LeaveOutAll.Settings s =
          new LeaveOutAll.Settings(
              data, latent, hidden, epochs, 128, 1e-3, seed, !cpu, TrainCommand.commandLine(spec));
      LeaveOutTable t = LeaveOutAll.run(s, options, out, err, progress);
      progress.close();
      stdout.printf(Locale.ROOT, "Wrote %s (%d classes, %.0f s)%n", out.resolve(LeaveOutTable.FILE), t.rows().size(), t.seconds());
      for (LeaveOutTable.Row r : t.rows()) {
        stdout.println(r.leftOut() + ": " + LeaveOutAll.describeRow(t.columns(), r));
      }
      stdout.flush();
      return 0;
    }
    if (model == null) {
      throw new ParameterException(spec.commandLine(), "anomaly needs --model (or --leave-out-all with --data)");
    }
    List<AnomalyRun.Model> models = new ArrayList<>();
    try {
      for (Path folder : compare == null ? List.of(model) : List.of(model, compare)) {
        models.add(new AnomalyRun.Model(LatentEngine.open(folder), EvaluateCommand.nameOf(folder)));
      }
      AnomalyResult r = AnomalyRun.run(models, data, anomalous, options, progress, () -> false);
      progress.close();
      List<String> files = AnomalyWriter.write(r, out);
      stdout.printf(
          Locale.ROOT, "Wrote %d files to %s: %,d items, %,d anomalous (%s)%n", files.size(), out,
          r.count(), r.anomalousCount(), String.join(", ", r.anomalousClasses()));
      for (AnomalyResult.Column c : r.columns()) {
        stdout.printf(Locale.ROOT, "  AUC %-40s %.4f%n", c.name(), r.auc(c));
      }
      r.notes().forEach(n -> stdout.println("  Note: " + n));
    } finally {
      models.forEach(m -> m.engine().close());
    }
    stdout.flush();
    return 0;
  }
}
