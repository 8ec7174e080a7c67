package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.ClassSelection;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.OutputFolder;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.FolderLock;
import org.latentexplorer.model.Likelihood;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.ReplacingTraining;
import org.latentexplorer.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code train}: trains an AE or VAE with DJL and writes a model folder, checkpointing each epoch. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Train an autoencoder or VAE and save it as a model folder.",
      "A checkpoint is written after every epoch; --resume DIR continues a stopped run."
    })
public final class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "D",
      description = "fashion-mnist, mnist, digits, sprites, or a path (IDX files, a CSV, NumPy .npy/.npz, an image folder).")
  String data;

  @Mixin NumpyOptions numpy;

  @Option(names = "--kind", paramLabel = "ae|vae", description = "Model kind (default: ${DEFAULT-VALUE}).")
  ModelKind kind = ModelKind.VAE;

  @Option(names = "--arch", paramLabel = "mlp|conv", description = "Architecture (default: ${DEFAULT-VALUE}).")
  Architecture arch = Architecture.MLP;

  @Option(names = "--latent", paramLabel = "N", description = "Latent size, 1 to 512 (default: ${DEFAULT-VALUE}).")
  int latent = 2;

  @Option(
      names = "--hidden",
      paramLabel = "W",
      split = ",",
      description = "Hidden widths, such as 512,256 (default: 512,256 for mlp, 256 for conv).")
  List<Integer> hidden;

  @Option(
      names = "--filters",
      paramLabel = "F",
      split = ",",
      description = "Filters of a conv model's halving stages from the image inwards, at most four"
          + " (default: 32,64,128,256); smaller networks, smaller files.")
  List<Integer> filters;

  @Option(
      names = "--likelihood",
      paramLabel = "bernoulli|gaussian",
      description = "Decoder distribution: BCE or MSE reconstruction (default: ${DEFAULT-VALUE}).")
  Likelihood likelihood = Likelihood.BERNOULLI;

  @Option(names = "--beta", paramLabel = "B", description = "KL weight, beta-VAE (default: ${DEFAULT-VALUE}).")
  double beta = 1.0;

  @Option(names = "--warmup", paramLabel = "E", description = "Epochs of linear KL warm-up (default: ${DEFAULT-VALUE}).")
  int warmup = 0;

  @Option(names = "--epochs", paramLabel = "E", description = "Epochs in all (default: 20).")
  Integer epochs;

  @Option(names = "--batch", paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
  int batch = 128;

  @Option(names = "--lr", paramLabel = "L", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  double lr = 1e-3;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--out", paramLabel = "DIR", description = "Model folder to write.")
  Path out;

  @Option(names = "--resume", paramLabel = "DIR", description = "Continue the run saved in DIR.")
  Path resume;

  @Option(
      names = "--force",
      description = "Train even when --out holds files: the new model replaces the one there only"
          + " once it is complete, and other files in the folder are kept.")
  boolean force;

  @Option(names = "--cpu", description = "Train on the CPU even when a GPU is present.")
  boolean cpu;

  @Option(
      names = "--drop-optimizer-state",
      description = "Once all epochs are done, delete the optimizer state (a smaller folder; a later"
          + " --resume then restarts Adam).")
  boolean dropOptimizerState;

  @Option(names = "--image-size", paramLabel = "N", description = "Side images of a folder are resized to (default: ${DEFAULT-VALUE}).")
  int imageSize = 64;

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N images of a folder (default: all).")
  int limit = 0;

  @Option(
      names = "--exclude-classes",
      paramLabel = "LIST",
      split = ",",
      description = "Classes to leave out of training and held-out data, by name or number, such"
          + " as 1 or Sandal,Sneaker: a model of \"normal\" data for anomaly detection."
          + " Recorded in model.json.")
  List<String> excludeClasses;

  @Override
  public Integer call() throws Exception {
    data = numpy.spec(spec, data);
    Checks checks =
        new Checks(spec)
            .within("--latent", latent, 1, 512)
            .atLeast("--batch", batch, 1)
            .positive("--lr", lr)
            .notNegative("--beta", beta)
            .atLeast("--warmup", warmup, 0)
            .within("--image-size", imageSize, 4, 512)
            .atLeast("--limit", limit, 0);
    if (epochs != null) {
      checks.atLeast("--epochs", epochs, resume != null ? 0 : 1);
    }
    if (hidden != null) {
      for (int w : hidden) {
        checks.within("--hidden", w, 1, 65_536);
      }
    }
    if (filters != null) {
      if (filters.isEmpty() || filters.size() > ModelSpec.MAX_STAGES) {
        throw new ParameterException(
            spec.commandLine(),
            "--filters names " + filters.size() + " stages; give 1 to " + ModelSpec.MAX_STAGES);
      }
      for (int f : filters) {
        checks.within("--filters", f, 1, 1024);
      }
      if (arch != Architecture.CONV) {
        throw new ParameterException(spec.commandLine(), "--filters needs --arch conv");
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    DataOptions dataOptions = new DataOptions(imageSize, limit);
    TrainingProgress progress = new TrainingProgress(err);
    ModelDescription result;
    if (resume != null && excludeClasses != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--exclude-classes cannot be used with --resume: a resumed run leaves out the classes"
              + " it left out before");
    }
    try {
      if (resume != null) {
        OutputFolder.refuseInstallation(resume);
        FolderLock.refuseIfHeld(resume);
        ModelDescription saved = ModelStore.readDescription(resume);
        String dataName = data != null ? data : saved.data().name();
        err.println("Resuming " + resume + " (" + saved.epochsDone() + " epochs done) on " + dataName);
        DataSplit split = DatasetCatalog.loadSplit(dataName, dataOptions);
        result =
            new AutoencoderTrainer(split, progress, () -> false)
                .resume(resume, epochs == null ? 0 : epochs, !cpu);
      } else {
        if (data == null || out == null) {
          throw new ParameterException(
              spec.commandLine(), "train needs --data and --out (or --resume DIR)");
        }
        FolderLock.refuseIfHeld(out);
        boolean replacing = OutputFolder.holdsFiles(out);
        OutputFolder.prepare(out, force, "--resume " + out + " to continue the model in it");
        DataSplit split = DatasetCatalog.loadSplit(data, dataOptions);
        if (excludeClasses != null) {
          split =
              split.withoutClasses(
                  ClassSelection.labels(split.train(), excludeClasses, "--exclude-classes"));
          if (split.train().size() == 0) {
            throw new ParameterException(
                spec.commandLine(), "--exclude-classes leaves no training images");
          }
          err.println("Leaving out " + String.join(", ", split.excludedClasses()));
        }
        err.println(
            "Data: "
                + split.train().describe()
                + " for training, "
                + split.heldOut().size()
                + " held out");
        TrainingOptions options =
            TrainingOptions.builder(data, out)
                .kind(kind).architecture(arch).latentSize(latent).hidden(hidden)
                .likelihood(likelihood).beta(beta).warmupEpochs(warmup)
                .epochs(epochs == null ? 20 : epochs).batchSize(batch).learningRate(lr).seed(seed)
                .useGpu(!cpu).command(commandLine(spec)).filters(filters).build();
        AutoencoderTrainer trainer = new AutoencoderTrainer(split, progress, () -> false);
        result = replacing ? ReplacingTraining.train(trainer, options, err) : trainer.train(options);
      }
    } finally {
      progress.close();
    }
    if (result == null) {
      err.println("Nothing to do: the run already has the epochs asked for.");
      return 0;
    }
    if (dropOptimizerState) {
      result = ModelStore.dropOptimizerState(resume != null ? resume : out);
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "Saved %s: %s, held-out loss %.2f%n",
        resume != null ? resume : this.out,
        result.model().summary(),
        result.heldOutLoss());
    out.flush();
    return 0;
  }

  /** The command as typed, for the description of what it writes. */
  static String commandLine(CommandSpec spec) {
    StringBuilder sb = new StringBuilder("latent-explorer");
    for (String arg : spec.commandLine().getParseResult().originalArgs()) {
      sb.append(' ').append(arg.contains(" ") ? "'" + arg + "'" : arg);
    }
    return sb.toString();
  }
}
