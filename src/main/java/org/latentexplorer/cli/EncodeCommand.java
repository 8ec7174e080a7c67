package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.LatentCsv;
import org.latentexplorer.model.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code encode}: writes every item's latent mean (and log-variance) with its label to CSV. */
@Command(
    name = "encode",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = "Encode a data set with a model and write the latent codes as CSV.")
public final class EncodeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ForceOption overwrite;

  @Mixin ModelAndData source;

  @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "CSV file to write.")
  Path out;

  @Option(names = "--image-size", paramLabel = "N", description = "Side images of a folder are resized to (default: the model's).")
  Integer imageSize;

  @Option(names = "--cpu", description = "Encode on the CPU even when a GPU is present.")
  boolean cpu;

  @Override
  public Integer call() throws Exception {
    if (imageSize != null) {
      new Checks(spec).within("--image-size", imageSize, 4, 512);
    }
    overwrite.prepareFile(out);
    PrintWriter stdout = spec.commandLine().getOut();
    try (LatentEngine engine =
        LatentEngine.open(source.model, java.util.concurrent.Executors.newSingleThreadExecutor(), !cpu)) {
      String given = source.dataSpec(spec);
      String name = given != null ? given : engine.description().data().name();
      if (name == null) {
        throw new IllegalArgumentException(
            source.model + ": model.json names no data set; give --data");
      }
      int side = imageSize != null ? imageSize : engine.inputShape().height();
      ImageSet images = DatasetCatalog.loadForExploring(name, new DataOptions(side, 0));
      if (images.imageSize() != engine.inputShape().size()) {
        throw new IllegalArgumentException(
            name
                + " holds "
                + images.describe()
                + " but the model takes "
                + engine.inputShape()
                + " images");
      }
      Encoding encoding = engine.encode(images.pixels(), images.size(), null).get();
      AtomicFiles.write(
          out,
          stream -> {
            Writer w = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
            LatentCsv.write(w, encoding, images);
            w.flush();
          });
      stdout.printf(
          Locale.ROOT,
          "Wrote %d rows of %d-D latent codes to %s (on %s)%n",
          encoding.count(),
          encoding.latentSize(),
          out,
          engine.deviceName());
      stdout.flush();
    }
    return 0;
  }
}
