package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.analysis.directions.DirectionStudy;
import org.latentexplorer.analysis.directions.DirectionWriter;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.directions.Analogy;
import org.latentexplorer.latent.directions.AttributeVector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code directions}: the attribute vector between two groups of classes, and an analogy. */
@Command(
    name = "directions",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "The attribute vector from one group of classes to another: the mean code of --to minus the"
          + " mean code of --from (for a VAE, the encoder's means), and where every item lies along it.",
      "Writes vector.npy, direction.json (the groups' sizes, the vector's length, the AUC with which"
          + " the position along it tells the groups apart), walk.png, projection.png and"
          + " projections.csv to --out; with --analogy A,B,C also analogy.png: mean(C) + mean(B) -"
          + " mean(A) decoded, and the classes of the " + Analogy.NEAREST + " items nearest to it."
    })
public final class DirectionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ForceOption overwrite;

  @Mixin ModelAndData source;

  @Option(names = "--from", paramLabel = "GROUP", required = true, split = ",", description = "The first group, parts separated by commas: classes by name or number, items (#12), levels of a ground-truth factor (x=0..5, shape=2 on sprites).")
  List<String> from;

  @Option(names = "--to", paramLabel = "GROUP", required = true, split = ",", description = "The second group, written as --from.")
  List<String> to;

  @Option(names = "--analogy", paramLabel = "A,B,C", split = ",", description = "Three classes: A is to B as C is to what?")
  List<String> analogy;

  @Option(
      names = "--also",
      paramLabel = "FROM:TO",
      description = "Another pair of groups (classes by name or number, commas within a group) whose vector is compared with this one by its cosine; may be repeated.")
  List<String> also = List.of();

  @Option(
      names = "--expression",
      paramLabel = "EXPR",
      description = "Latent arithmetic to decode into expression.png: #N (item N), mean(CLASS), v (this vector), v2, v3, ... (those of --also), numbers, + - * / and brackets, such as '#12 - mean(Sneaker) + mean(Ankle boot)'.")
  String expression;

  @Option(names = "--frames", paramLabel = "N", description = "Images in the walk (default: ${DEFAULT-VALUE}).")
  int frames = 9;

  @Option(names = "--beyond", paramLabel = "X", description = "How far the walk goes past each group's mean, in lengths of the vector (default: ${DEFAULT-VALUE}).")
  double beyond = 0.5;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the vector, figures and direction.json.")
  Path out;

  private List<DirectionStudy.Pair> pairs() {
    List<DirectionStudy.Pair> pairs = new java.util.ArrayList<>();
    for (String pair : also) {
      String[] parts = pair.split(":", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "Invalid value for option '--also': '" + pair + "'; it must be FROM:TO, such as Sandal:9");
      }
      pairs.add(new DirectionStudy.Pair(List.of(parts[0].split(",")), List.of(parts[1].split(","))));
    }
    return pairs;
  }

  @Override
  public Integer call() throws Exception {
    new Checks(spec).within("--frames", frames, 2, 50).notNegative("--beyond", beyond);
    List<DirectionStudy.Pair> others = pairs();
    overwrite.prepareFolder(out);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    try (StepProgress progress = StepProgress.on(err);
        ModelSession session = ModelSession.open(source.model, source.dataSpec(spec), progress)) {
      DirectionStudy s =
          DirectionStudy.run(session, new DirectionStudy.Request(from, to, analogy, frames, beyond, others, expression));
      List<String> files = DirectionWriter.write(s, out);
      progress.close();
      stdout.printf(
          Locale.ROOT,
          "Wrote %d files to %s: %s (%,d items to %,d items), length %.4g, AUC of the position %.4f, most"
              + " along %s%n",
          files.size(), out, s.vector().name(), s.vector().fromSize(), s.vector().toSize(),
          s.vector().length(), s.auc(), s.vector().mainAxis());
      for (AttributeVector other : s.others()) {
        stdout.printf(
            Locale.ROOT, "cosine with %s (length %.4g): %.4f%n", other.name(), other.length(),
            AttributeVector.cosine(s.vector(), other));
      }
      if (s.expressed() != null) {
        stdout.printf(Locale.ROOT, "%s decoded into expression.png%n", s.expressed().text());
      }
      if (s.analogy() != null) {
        stdout.println(s.analogySentence());
      }
    }
    stdout.flush();
    return 0;
  }
}
