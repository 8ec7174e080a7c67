package org.latentexplorer.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.embedding.Tsne;

/**
 * Issue 4's figures beside scikit-learn's (src/test/python/bench/sklearn_tsne_reference.py, run in the
 * same session on the same input): PCA of the first 10,000 Fashion-MNIST test images to 20-D
 * and Barnes-Hut t-SNE of those 10,000 x 20 points; then PCA of all 70,000 images (784-D), and
 * t-SNE of the bundled 16-D VAE's codes of the 10,000 test images (what the window runs). With
 * -Dbench.tsne70k=true, also t-SNE of all 70,000 codes.
 */
final class AnalysisBenchmark {

  private AnalysisBenchmark() {}

  static void run() throws Exception {
    System.out.println("== Analysis benchmark: " + Runtime.getRuntime().availableProcessors() + " cores");
    Path script = ReferenceScript.find("sklearn_tsne_reference.py");
    String refPca = "n/a";
    String refTsne = "n/a";
    if (script != null) {
      List<String> lines = ReferenceScript.run(script, "10000");
      for (String line : lines) {
        if (line.startsWith("PCA")) {
          refPca = line;
        }
        if (line.contains("TSNE")) {
          refTsne = line;
        }
      }
    }
    ImageSet test = DatasetCatalog.loadForExploring("fashion-mnist", DataOptions.defaults());
    long start = System.nanoTime();
    Pca pca = Pca.fit(test.pixels(), 784);
    double pcaFit = seconds(start);
    float[] x20 = pca.project(test.pixels(), 20);
    System.out.printf("    ours      | PCA 10000x784 -> 20: %.2f s (fit %.2f s)%n", seconds(start), pcaFit);
    start = System.nanoTime();
    Tsne.embed(x20, 20, Tsne.Options.defaults(), null);
    double tsne10k = seconds(start);
    System.out.printf("    ours      | Barnes-Hut t-SNE 10000x20: %.1f s%n", tsne10k);

    DataSplit split = DatasetCatalog.loadSplit("fashion-mnist", DataOptions.defaults());
    float[] all = new float[70_000 * 784];
    System.arraycopy(split.train().pixels(), 0, all, 0, 60_000 * 784);
    System.arraycopy(split.heldOut().pixels(), 0, all, 60_000 * 784, 10_000 * 784);
    start = System.nanoTime();
    Pca.fit(all, 784);
    double pca70k = seconds(start);
    System.out.printf("    ours      | PCA fit 70000x784: %.2f s%n", pca70k);

    double tsneCodes;
    double tsne70k = Double.NaN;
    double pcaCodes;
    try (LatentEngine engine = LatentEngine.open(AppHome.models().resolve("fashion-conv-vae-16d"))) {
      Encoding codes = engine.encode(test.pixels(), 10_000, null).get();
      start = System.nanoTime();
      Tsne.embed(codes.means(), 16, Tsne.Options.defaults(), null);
      tsneCodes = seconds(start);
      System.out.printf("    ours      | t-SNE of 10000 16-D VAE codes: %.1f s%n", tsneCodes);
      Encoding allCodes = engine.encode(all, 70_000, null).get();
      start = System.nanoTime();
      Pca.fit(allCodes.means(), 16);
      pcaCodes = seconds(start);
      if (Boolean.getBoolean("bench.tsne70k")) {
        start = System.nanoTime();
        Tsne.embed(allCodes.means(), 16, Tsne.Options.defaults(), null);
        tsne70k = seconds(start);
        System.out.printf("    ours      | t-SNE of 70000 16-D VAE codes: %.1f s%n", tsne70k);
      }
    }

    System.out.println();
    System.out.println("== Results (this machine, this session)");
    System.out.printf("t-SNE 10000x20 (same input as the reference)  ours %.1f s   reference: %s%n",
        tsne10k, refTsne);
    System.out.printf("PCA 10000x784 -> 20                            ours %.2f s  reference: %s%n",
        pcaFit, refPca);
    System.out.printf("PCA fit 70000x784                              ours %.2f s%n", pca70k);
    System.out.printf("PCA fit 70000 16-D codes                       ours %.3f s%n", pcaCodes);
    System.out.printf("t-SNE 10000 16-D codes (the window's case)     ours %.1f s%n", tsneCodes);
    if (!Double.isNaN(tsne70k)) {
      System.out.printf("t-SNE 70000 16-D codes                         ours %.1f s%n", tsne70k);
    }
    System.out.println("target: t-SNE of 10k points in at most 15 s on 2 cores");
    Matcher m = Pattern.compile("([0-9.]+) s").matcher(refTsne);
    if (m.find()) {
      System.out.printf("ratio reference / ours for t-SNE 10k: %.1f%n", Double.parseDouble(m.group(1)) / tsne10k);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
