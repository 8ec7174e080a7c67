package org.latentexplorer.analysis.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.latentexplorer.analysis.plot.FontFailure;
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.model.Json;

/**
 * Writes an evaluation to a folder: every figure as PNG, {@code evaluation.json}, {@code
 * report.md} (the figures with their numbers) and, when asked, the exports for Python users. Every
 * file is written atomically.
 */
public final class EvaluationWriter {

  /** The images whose originals and reconstructions are exported. */
  public static final int EXPORTED = 100;

  private EvaluationWriter() {}

  /**
   * Writes everything; returns the report with the files written. Where Java cannot draw text
   * (no fonts on the machine) the numbers, the report and the exports are still written, and an
   * {@link IOException} then says so and what to install.
   */
  public static EvaluationReport write(Evaluation e, Path out, boolean export) throws IOException {
    return write(e, out, export, EvaluationFigures::all);
  }

  static EvaluationReport write(
      Evaluation e, Path out, boolean export, Function<Evaluation, List<EvaluationFigures.Figure>> draw)
      throws IOException {
    Files.createDirectories(out);
    List<String> files = new ArrayList<>();
    List<EvaluationFigures.Figure> figures;
    Throwable undrawn = null;
    try {
      figures = draw.apply(e);
    } catch (RuntimeException | Error failure) {
      if (!FontFailure.causedBy(failure)) {
        throw failure;
      }
      figures = List.of();
      undrawn = failure;
    }
    for (EvaluationFigures.Figure f : figures) {
      AtomicFiles.write(out.resolve(f.file()), o -> ImageIO.write(f.image(), "png", o));
      files.add(f.file());
    }
    if (export) {
      files.addAll(export(e, out));
    }
    files.add("report.md");
    EvaluationReport r = e.report().withFiles(files);
    byte[] json = Json.GSON.toJson(r).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("evaluation.json"), o -> o.write(json));
    byte[] md = ReportMarkdown.of(r, figures).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("report.md"), o -> o.write(md));
    if (undrawn != null) {
      throw new IOException("wrote evaluation.json and report.md to " + out + " without figures: "
          + FontFailure.advice(undrawn), undrawn);
    }
    return r;
  }

  /** Writes the exports only; returns their names. */
  public static List<String> export(Evaluation e, Path out) throws IOException {
    Files.createDirectories(out);
    List<String> files = new ArrayList<>();
    int size = e.shape().size();
    int n = Math.min(EXPORTED, e.reconstruction().count());
    int c = e.shape().channels();
    int h = e.shape().height();
    int w = e.shape().width();
    NpyWriter.write(
        out.resolve("originals.npy"), java.util.Arrays.copyOf(e.heldOut(), n * size), n, c, h, w);
    NpyWriter.write(
        out.resolve("reconstructions.npy"),
        java.util.Arrays.copyOf(e.reconstruction().pixels(), n * size), n, c, h, w);
    files.add("originals.npy");
    files.add("reconstructions.npy");
    StringBuilder csv = new StringBuilder("index,label,loss,ssim,psnr\n");
    ReconstructionResult r = e.reconstruction();
    for (int i = 0; i < r.count(); i++) {
      csv.append(i)
          .append(',')
          .append(e.labels()[i])
          .append(',')
          .append(number(r.loss()[i]))
          .append(',')
          .append(r.ssim() == null ? "" : number(r.ssim()[i]))
          .append(',')
          .append(Double.isInfinite(r.psnr()[i]) ? "inf" : number(r.psnr()[i]))
          .append('\n');
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve("metrics.csv"), o -> o.write(bytes));
    files.add("metrics.csv");
    if (e.disentanglement() != null) {
      byte[] codes = e.disentanglement().csv().getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(out.resolve("disentanglement-codes.csv"), o -> o.write(codes));
      files.add("disentanglement-codes.csv");
    }
    GenerationResult g = e.generation();
    if (g != null) {
      NpyWriter.write(
          out.resolve("features-real.npy"), g.real().features(), g.real().count(),
          g.real().featureSize());
      NpyWriter.write(
          out.resolve("features-generated.npy"), g.samples().features(), g.samples().count(),
          g.samples().featureSize());
      files.add("features-real.npy");
      files.add("features-generated.npy");
    }
    return files;
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
