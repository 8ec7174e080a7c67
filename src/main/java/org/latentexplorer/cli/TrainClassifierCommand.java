package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.OutputFolder;
import org.latentexplorer.model.FolderLock;
import org.latentexplorer.model.ClassifierDescription;
import org.latentexplorer.train.ClassifierTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-classifier}: the small convnet whose features the generation metrics of {@code
 * evaluate} use, saved as a folder beside the autoencoders.
 */
@Command(
    name = "train-classifier",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Train the small classifier whose features measure generated samples (a Fréchet distance and"
          + " an Inception-Score-like score) and save it as a folder.",
      "Put the folder beside the models: evaluate and the window find it by its data set."
    })
public final class TrainClassifierCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "D", required = true, description = "A labelled data set: fashion-mnist, mnist, digits, sprites, or a path.")
  String data;

  @Mixin NumpyOptions numpy;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Classifier folder to write.")
  Path out;

  @Option(names = "--features", paramLabel = "F", description = "Width of the feature layer (default: ${DEFAULT-VALUE}).")
  int features = 128;

  @Option(names = "--epochs", paramLabel = "E", description = "Epochs (default: ${DEFAULT-VALUE}).")
  int epochs = 5;

  @Option(names = "--batch", paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
  int batch = 128;

  @Option(names = "--lr", paramLabel = "L", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  double lr = 1e-3;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--cpu", description = "Train on the CPU even when a GPU is present.")
  boolean cpu;

  @Option(names = "--image-size", paramLabel = "N", description = "Side images of a folder are resized to (default: ${DEFAULT-VALUE}).")
  int imageSize = 64;

  @Option(
      names = "--force",
      description = "Write even when --out holds files: the classifier there is replaced once the"
          + " new one is complete; other files are kept.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    data = numpy.spec(spec, data);
    new Checks(spec)
        .within("--features", features, 1, 4096)
        .atLeast("--epochs", epochs, 1)
        .atLeast("--batch", batch, 1)
        .positive("--lr", lr)
        .within("--image-size", imageSize, 4, 512);
    PrintWriter err = spec.commandLine().getErr();
    FolderLock.refuseIfHeld(out);
    OutputFolder.prepare(out, force, null);
    try (FolderLock lock = FolderLock.acquire(out, err::println)) {
      return train(err);
    }
  }

  private int train(PrintWriter err) throws Exception {
    DataSplit split = DatasetCatalog.loadSplit(data, new DataOptions(imageSize, 0));
    err.println(
        "Data: " + split.train().describe() + " for training, " + split.heldOut().size()
            + " held out");
    TrainingProgress progress = new TrainingProgress(err);
    ClassifierDescription d;
    try {
      d =
          new ClassifierTrainer(split, progress, () -> false)
              .train(
                  data,
                  new ClassifierTrainer.Options(
                      features, epochs, batch, lr, seed, !cpu, TrainCommand.commandLine(spec)),
                  out);
    } finally {
      progress.close();
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        Locale.ROOT, "Saved %s: %s on %,d held-out images%n", out, d.summary(), d.heldOut());
    stdout.flush();
    return 0;
  }
}
