package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.latentexplorer.data.CsvText;
import org.latentexplorer.data.LatentPointsCsv;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.SensitivityRequest;
import org.latentexplorer.latent.Sensitivity;
import org.latentexplorer.model.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sensitivity}: the decoder's sensitivity at latent points read from CSV: each row back with
 * the Frobenius norm of the Jacobian and the magnification factor ({@link Sensitivity}).
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "How much the decoded image changes per unit step in z at given latent points.",
      "Reads rows with columns z1..zd (other columns are kept, such as encode's) and writes each row"
          + " with frobenius (the Jacobian's Frobenius norm, pixel probabilities per unit of z),"
          + " magnification (sqrt(det(J^T J))) and log_magnification."
    })
public final class SensitivityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ForceOption overwrite;

  @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model folder.")
  Path model;

  @Option(names = "--z", paramLabel = "FILE.csv", required = true, description = "Latent points: a CSV file with columns z1..zd.")
  Path points;

  @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "CSV file to write.")
  Path out;

  @Option(names = "--cpu", description = "Compute on the CPU even when a GPU is present.")
  boolean cpu;

  @Override
  public Integer call() throws Exception {
    overwrite.prepareFile(out);
    PrintWriter stdout = spec.commandLine().getOut();
    try (LatentEngine engine = LatentEngine.open(model, Executors.newSingleThreadExecutor(), !cpu)) {
      LatentPointsCsv csv = LatentPointsCsv.read(points, engine.latentSize());
      Sensitivity s = SensitivityRequest.start(engine, csv.z(), csv.count(), null, null).get();
      AtomicFiles.write(
          out,
          stream -> {
            Writer w = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write(line(csv.header()) + ",frobenius,magnification,log_magnification\n");
            for (int i = 0; i < csv.count(); i++) {
              w.write(
                  line(csv.rows().get(i))
                      + String.format(
                          Locale.ROOT, ",%.6g,%.6g,%.6g%n", s.frobenius()[i], s.magnification(i),
                          s.logMagnification()[i]));
            }
            w.flush();
          });
      double mean = 0;
      for (double f : s.frobenius()) {
        mean += f / s.count();
      }
      stdout.printf(
          Locale.ROOT,
          "Wrote the sensitivity at %d latent points to %s (mean Frobenius norm %.4g, on %s)%n",
          s.count(), out, mean, engine.deviceName());
      stdout.flush();
    }
    return 0;
  }

  private static String line(List<String> fields) {
    return String.join(",", fields.stream().map(CsvText::quote).toList());
  }
}
