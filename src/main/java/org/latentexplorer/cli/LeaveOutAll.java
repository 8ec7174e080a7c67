package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.latentexplorer.analysis.anomaly.AnomalyOptions;
import org.latentexplorer.analysis.anomaly.AnomalyResult;
import org.latentexplorer.analysis.anomaly.AnomalyRun;
import org.latentexplorer.analysis.anomaly.LeaveOutTable;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ProgressSink;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.TrainingOptions;

/**
 * {@code anomaly --leave-out-all}: for every class of a data set, an AE and a VAE of one
 * architecture trained without it, then scored with it as the anomaly; the AUCs make a {@link
 * LeaveOutTable}. The models are kept under {@code out/models}.
 */
final class LeaveOutAll {

  /** How each model is trained. */
  record Settings(
      String data, int latent, List<Integer> hidden, int epochs, int batch, double lr, long seed,
      boolean useGpu, String command) {

    String describe() {
      return String.format(
          Locale.ROOT,
          "An AE and a VAE per class, MLP %s, %d-D latent, %d epochs, batch %d, lr %g, seed %d",
          hidden, latent, epochs, batch, lr, seed);
    }
  }

  private LeaveOutAll() {}

  static LeaveOutTable run(
      Settings s, AnomalyOptions options, Path out, PrintWriter err, ProgressSink progress)
      throws Exception {
    long start = System.nanoTime();
    DataSplit full = DatasetCatalog.loadSplit(s.data(), new DataOptions(28, 0));
    int[] classes = IntStream.of(full.train().labels()).distinct().sorted().toArray();
    List<LeaveOutTable.Row> rows = new ArrayList<>();
    List<String> columns = null;
    for (int k = 0; k < classes.length; k++) {
      String name = full.train().className(classes[k]);
      DataSplit split = full.withoutClasses(new int[] {classes[k]});
      List<AnomalyRun.Model> models = new ArrayList<>();
      try {
        for (ModelKind kind : List.of(ModelKind.AE, ModelKind.VAE)) {
          String folderName = kind.toString().toLowerCase(Locale.ROOT) + "-without-" + safe(name);
          Path folder = out.resolve("models").resolve(folderName);
          err.printf(
              Locale.ROOT, "[%d/%d] %s without %s: training on %,d images%n", k + 1,
              classes.length, kind, name, split.train().size());
          TrainingProgress bar = new TrainingProgress(err);
          try {
            new AutoencoderTrainer(split, bar, () -> false).train(options(s, kind, folder));
          } finally {
            bar.close();
          }
          models.add(new AnomalyRun.Model(LatentEngine.open(folder), folderName));
        }
        AnomalyResult r =
            AnomalyRun.run(models, s.data(), List.of(name), options, progress, () -> false);
        if (columns == null) {
          columns = LeaveOutTable.columnsOf(r);
        }
        LeaveOutTable.Row row = LeaveOutTable.rowOf(name, r);
        rows.add(row);
        err.println("  AUC " + describeRow(columns, row));
      } finally {
        models.forEach(m -> m.engine().close());
      }
    }
    LeaveOutTable table =
        new LeaveOutTable(
            s.data(), columns, rows, s.describe(), options.likelihoodSamples(),
            (System.nanoTime() - start) / 1e9);
    table.write(out);
    return table;
  }

  private static TrainingOptions options(Settings s, ModelKind kind, Path folder) {
    return TrainingOptions.builder(s.data(), folder)
        .kind(kind).latentSize(s.latent()).hidden(s.hidden()).epochs(s.epochs())
        .batchSize(s.batch()).learningRate(s.lr()).seed(s.seed()).useGpu(s.useGpu())
        .command(s.command()).build();
  }

  static String describeRow(List<String> columns, LeaveOutTable.Row row) {
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      parts.add(String.format(Locale.ROOT, "%s %.3f", columns.get(c), row.auc().get(c)));
    }
    return String.join(", ", parts);
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]+", "-");
  }
}
