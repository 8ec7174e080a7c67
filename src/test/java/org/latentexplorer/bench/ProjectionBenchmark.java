package org.latentexplorer.bench;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.latentexplorer.analysis.evaluate.NpyWriter;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.latent.embedding.Tsne;
import org.latentexplorer.latent.embedding.Umap;

/**
 * Issue 13's figures: t-SNE (FFT and Barnes-Hut) and UMAP of the bundled 16-D VAE's codes of
 * Fashion-MNIST, the 10,000 test images and all 70,000, beside scikit-learn's t-SNE on the same
 * codes in the same run; quality (KL(P||Q), trustworthiness at 10 neighbours) is measured for
 * every embedding by one script, src/test/resources/projection/projection_quality.py, as
 * docs/metrics.md says. -Dbench.reference=false leaves scikit-learn out.
 */
final class ProjectionBenchmark {

  private ProjectionBenchmark() {}

  static void run() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.println("== Projection benchmark: " + cores + " cores, heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
    Path dir = Path.of(System.getProperty("latent.home", ".")).resolve("target/projection-benchmark");
    Files.createDirectories(dir);
    float[] codes = codes(dir.resolve("codes70k.bin"));
    int[] sizes = {10_000, 70_000};
    List<String> results = new ArrayList<>();
    for (int n : sizes) {
      float[] x = n == 70_000 ? codes : java.util.Arrays.copyOfRange(codes, 60_000 * 16, 70_000 * 16);
      NpyWriter.write(dir.resolve("x" + n + ".npy"), x, n, 16);
      results.add(umap(dir, x, n));
      results.add(tsne(dir, x, n, Tsne.Method.BARNES_HUT, "bh"));
      if (n <= 10_000 || Boolean.getBoolean("bench.fft70k")) {
        results.add(tsne(dir, x, n, Tsne.Method.FFT, "fft"));
      }
    }
    if (!"false".equals(System.getProperty("bench.reference"))) {
      Path script = Path.of(System.getProperty("latent.home", "."))
          .resolve("src/test/resources/projection/projection_quality.py");
      for (int n : sizes) {
        List<String> args = new ArrayList<>(List.of(dir.resolve("x" + n + ".npy").toString(), "--sklearn"));
        try (var files = Files.list(dir)) {
          files.map(Path::toString)
              .filter(f -> f.endsWith("-" + n + ".npy"))
              .sorted()
              .forEach(args::add);
        }
        for (String line : ReferenceScript.run(script, args.toArray(String[]::new))) {
          if (line.startsWith("sklearn") || line.startsWith("quality")) {
            results.add(line.replace(dir.toString() + "/", ""));
          }
        }
      }
    }
    System.out.println();
    System.out.println("== Results (this machine, this session)");
    results.forEach(System.out::println);
    System.out.println("targets: t-SNE of 70,000 16-D codes in at most 30 s, KL within 2% of"
        + " scikit-learn's, trustworthiness within 0.005; UMAP of 70,000 in at most 60 s");
  }

  /**
   * t-SNE (Barnes-Hut) and UMAP of 200,000 16-D points within a 4 GB heap: the 70,000 codes and
   * two jittered copies (sd 0.05) cut to 200,000. Re-runs itself in a child JVM with -Xmx4g.
   */
  static void runLarge() throws Exception {
    long limit = 4L << 30;
    if (Runtime.getRuntime().maxMemory() > limit * 21 / 20) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p = new ProcessBuilder(java, "-Xmx4g", "-Dlatent.home=" + System.getProperty("latent.home", "."),
              "-cp", System.getProperty("java.class.path"), Benchmarks.class.getName(), "projection-200k")
          .inheritIO()
          .start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("the 4 GB run failed with exit code " + p.exitValue());
      }
      return;
    }
    System.out.println("== Projection benchmark, 200,000 points: heap limit "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
    Path dir = Path.of(System.getProperty("latent.home", ".")).resolve("target/projection-benchmark");
    float[] codes = codes(dir.resolve("codes70k.bin"));
    int n = 200_000;
    float[] x = new float[n * 16];
    java.util.Random r = new java.util.Random(0);
    for (int i = 0; i < x.length; i++) {
      x[i] = codes[i % codes.length] + (i < codes.length ? 0 : (float) (0.05 * r.nextGaussian()));
    }
    long start = System.nanoTime();
    Umap.embed(x, 16, Umap.Options.defaults(), null);
    System.out.printf("ours UMAP 200000 points: %.1f s, peak heap %d MB%n",
        (System.nanoTime() - start) / 1e9, peakHeapMb());
    start = System.nanoTime();
    Tsne.embed(x, 16, Tsne.Options.defaults(), null);
    System.out.printf("ours t-SNE BARNES_HUT 200000 points: %.1f s, peak heap %d MB (limit %d MB)%n",
        (System.nanoTime() - start) / 1e9, peakHeapMb(), Runtime.getRuntime().maxMemory() / (1 << 20));
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1 << 20);
  }

  private static String tsne(Path dir, float[] x, int n, Tsne.Method method, String name)
      throws Exception {
    long start = System.nanoTime();
    float[] y = Tsne.embed(x, 16, Tsne.Options.defaults().withMethod(method), null);
    double s = (System.nanoTime() - start) / 1e9;
    NpyWriter.write(dir.resolve("tsne-" + name + "-" + n + ".npy"), y, n, 2);
    String line = String.format("ours t-SNE %-10s %6d points: %6.1f s", method, n, s);
    System.out.println("    " + line);
    return line;
  }

  private static String umap(Path dir, float[] x, int n) throws Exception {
    long start = System.nanoTime();
    float[] y = Umap.embed(x, 16, Umap.Options.defaults(), null);
    double s = (System.nanoTime() - start) / 1e9;
    NpyWriter.write(dir.resolve("umap-" + n + ".npy"), y, n, 2);
    String line = String.format("ours UMAP                 %6d points: %6.1f s", n, s);
    System.out.println("    " + line);
    return line;
  }

  /** The bundled 16-D VAE's means of the 60,000 training then 10,000 test images (cached). */
  private static float[] codes(Path cache) throws Exception {
    if (Files.isRegularFile(cache)) {
      try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
        float[] v = new float[in.readInt()];
        for (int i = 0; i < v.length; i++) {
          v[i] = in.readFloat();
        }
        return v;
      }
    }
    DataSplit split = DatasetCatalog.loadSplit("fashion-mnist", DataOptions.defaults());
    float[] all = new float[70_000 * 784];
    System.arraycopy(split.train().pixels(), 0, all, 0, 60_000 * 784);
    System.arraycopy(split.heldOut().pixels(), 0, all, 60_000 * 784, 10_000 * 784);
    try (LatentEngine engine = LatentEngine.open(AppHome.models().resolve("fashion-conv-vae-16d"))) {
      Encoding e = engine.encode(all, 70_000, null).get();
      try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
        out.writeInt(e.means().length);
        for (float f : e.means()) {
          out.writeFloat(f);
        }
      }
      return e.means();
    }
  }
}
