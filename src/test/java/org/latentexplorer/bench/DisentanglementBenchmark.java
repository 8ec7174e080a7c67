package org.latentexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.FactorTable;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.latent.metrics.disentanglement.DisentanglementScores;

/**
 * Issue 9's speed target: all five disentanglement scores for a 10-D model on 10,000 sprites in
 * at most 60 s on 2 cores, encoding included. For each bundled sprites model: a warm-up, then
 * three timed runs.
 */
final class DisentanglementBenchmark {

  private DisentanglementBenchmark() {}

  static void run() throws Exception {
    System.out.println("== Disentanglement benchmark: " + Runtime.getRuntime().availableProcessors() + " cores");
    ImageSet sprites = DatasetCatalog.loadForExploring("sprites", DataOptions.defaults());
    FactorTable f = sprites.factors();
    int n = sprites.size();
    int[][] factors = new int[n][f.names().size()];
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < factors[i].length; m++) {
        factors[i][m] = f.value(i, m);
      }
    }
    for (String name : new String[] {"sprites-conv-vae-10d-beta1", "sprites-conv-vae-10d-beta4"}) {
      Path folder = AppHome.models().resolve(name);
      if (!Files.isDirectory(folder)) {
        System.out.println("    " + name + ": not found");
        continue;
      }
      try (LatentEngine engine = LatentEngine.open(folder)) {
        for (int run = 0; run <= 3; run++) {
          long t0 = System.nanoTime();
          Encoding e = engine.encode(sprites.pixels(), n, null).get();
          int d = e.latentSize();
          double[][] codes = new double[n][d];
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
              codes[i][j] = e.means()[i * d + j];
            }
          }
          long t1 = System.nanoTime();
          DisentanglementScores s = DisentanglementScores.of(codes, factors, f.levels().clone(), 1);
          long t2 = System.nanoTime();
          System.out.printf(
              "    %s %s | %,d sprites, %d-D: encode %.2f s, five scores %.2f s, all %.2f s | beta-VAE %.3f,"
                  + " FactorVAE %.3f, MIG %.3f, DCI %.3f / %.3f / %.3f, SAP %.3f%n",
              name, run == 0 ? "warm-up" : "run " + run, n, d, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
              (t2 - t0) / 1e9, s.betaVae(), s.factorVae(), s.mig().score(), s.dci().disentanglement(),
              s.dci().completeness(), s.dci().informativeness(), s.sap().score());
        }
      }
    }
  }
}
