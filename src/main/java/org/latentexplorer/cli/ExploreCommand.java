package org.latentexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.codes.CodeSet;
import org.latentexplorer.data.codes.CodesFiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens the window, on a bundled model or the ones named. */
@Command(
    name = "explore",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Open the explorer window (the default when no command is given).")
public final class ExploreCommand implements Callable<Integer> {

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "Model folder to open; give it twice to compare two models side by side.")
  List<Path> models = List.of();

  @Option(
      names = "--session",
      paramLabel = "FILE",
      description = "A saved session (Lessons > Save session... in the window): its models, view,"
          + " z, bookmarks and strip, as prepared for a lesson.")
  Path session;

  @Option(
      names = "--lesson",
      paramLabel = "FILE",
      description = "A lesson file (Lessons in the window; a bundled one or your own .lesson.md):"
          + " the window opens at its first step.")
  Path lesson;

  @Option(
      names = "--models-dir",
      paramLabel = "DIR",
      description = "Where the Train tab saves the models you train, listed in the model chooser"
          + " beside the bundled ones (default: models in the user's data folder,"
          + " ~/.local/share/latent-explorer/models on Linux).")
  Path modelsDir;

  @Option(
      names = "--codes",
      paramLabel = "FILE",
      description = "Codes made elsewhere, without a model (.npy, .npz, .csv or the Embedding"
          + " Projector's .tsv): the window shows their scatter, projections, density and prior"
          + " coverage, and nothing that needs a decoder.")
  Path codes;

  @Option(names = "--labels", paramLabel = "FILE", description = "With --codes: the codes' classes"
      + " (.npy of integers or strings, or the Embedding Projector's metadata .tsv).")
  Path labels;

  @Option(names = "--codes-array", paramLabel = "NAME", description = "With --codes: the codes'"
      + " array in an .npz.")
  String codesArray;

  @Option(names = "--images", paramLabel = "FILE", description = "With --codes: one image an item"
      + " (.npy or .npz, as for --data), shown when the pointer rests on its point.")
  Path images;

  private final WindowLauncher window;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  ExploreCommand(WindowLauncher window) {
    this.window = window;
  }

  @Override
  public Integer call() throws CommandFailure {
    if (session != null && !models.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--session names its own models; leave out --model");
    }
    if (lesson != null && (session != null || !models.isEmpty())) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--lesson names its own models; leave out --model and --session");
    }
    if (codes != null) {
      openCodes();
      return 0;
    }
    if (labels != null || codesArray != null || images != null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--labels, --codes-array and --images go with --codes");
    }
    if (modelsDir != null) {
      System.setProperty("latent.models", modelsDir.toAbsolutePath().normalize().toString());
    }
    window.open(models, session, lesson);
    return 0;
  }

  /** Reads the codes and their images, then opens the window on them. */
  private void openCodes() throws CommandFailure {
    if (!models.isEmpty() || session != null || lesson != null || modelsDir != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--codes opens the window on codes alone; leave out --model, --session, --lesson and"
              + " --models-dir");
    }
    CodesFiles files = new CodesFiles(codes, labels, codesArray, images);
    CodeSet set;
    ImageSet shown;
    try {
      set = files.read();
      shown = files.readImages(set.count());
    } catch (DatasetException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
    window.openCodes(files, set, shown);
  }
}
