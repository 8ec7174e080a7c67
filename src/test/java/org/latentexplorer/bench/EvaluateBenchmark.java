package org.latentexplorer.bench;

import java.nio.file.Path;
import org.latentexplorer.analysis.evaluate.Evaluation;
import org.latentexplorer.analysis.evaluate.EvaluationOptions;
import org.latentexplorer.analysis.evaluate.EvaluationReport;
import org.latentexplorer.analysis.evaluate.EvaluationRun;
import org.latentexplorer.analysis.evaluate.EvaluationWriter;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ProgressSink;

/**
 * Issue 8's speed targets: on the bundled 2-D VAE, everything but the log-likelihood on the
 * 10,000 held-out Fashion-MNIST images in at most 15 s, and log p(x) with K = 1000 on 1,000
 * images in at most 30 s (2 cores). Three runs after a warm-up; writes the last run's files to
 * target/evaluate-benchmark for a check in Python.
 */
final class EvaluateBenchmark {

  private EvaluateBenchmark() {}

  static void run() throws Exception {
    System.out.println("== Evaluate benchmark: " + Runtime.getRuntime().availableProcessors() + " cores");
    Path folder = AppHome.models().resolve("fashion-vae-2d");
    try (LatentEngine engine = LatentEngine.open(folder)) {
      EvaluationOptions o = EvaluationOptions.defaults();
      EvaluationRun.run(engine, folder, "warm-up", null, null, o.withItems(1000).withLikelihood(50, 50),
          ProgressSink.none(), () -> false);
      Evaluation last = null;
      for (int run = 1; run <= 3; run++) {
        last = EvaluationRun.run(engine, folder, "fashion-vae-2d", null, null, o, ProgressSink.none(), () -> false);
        EvaluationReport.Timings t = last.report().seconds();
        System.out.printf(
            "    run %d | %,d images: reconstruction %.2f s, generation %.2f s, robustness (%,d images, %d sigmas) %.2f s,"
                + " smoothness %.2f s => all but log p(x) %.2f s | log p(x), K = %d on %,d images: %.2f s%n",
            run, last.report().heldOutItems(), t.reconstruction(), t.generation(),
            last.report().robustness().items(), last.report().robustness().sigma().length, t.robustness(),
            t.smoothness(), t.total() - t.likelihood(), o.likelihoodSamples(), o.likelihoodItems(),
            t.likelihood());
      }
      EvaluationReport r = last.report();
      System.out.printf(
          "    figures | SSIM %.4f, PSNR %.2f dB, -ELBO %.2f, -log p(x) %.2f, Fréchet distance %.3f, score %.3f ± %.3f%n",
          r.reconstruction().ssim().mean(), r.reconstruction().psnr().mean(), r.likelihood().negativeElbo(),
          r.likelihood().negativeLogLikelihood(), r.generation().frechetDistance(),
          r.generation().score().mean(), r.generation().score().sd());
      Path out = Path.of("target/evaluate-benchmark");
      EvaluationWriter.write(last, out, true);
      System.out.println("    wrote " + out + " (check: /usr/bin/python3 src/test/resources/metrics/check_evaluation_exports.py " + out + ")");
    }
  }
}
