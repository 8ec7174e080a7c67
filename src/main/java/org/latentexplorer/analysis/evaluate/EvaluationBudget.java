package org.latentexplorer.analysis.evaluate;

import java.util.Arrays;
import java.util.Locale;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelMeasures;

/**
 * Sizes an evaluation to the model and this machine. A short timed probe, each step in the batch
 * size the evaluation itself uses (the log-likelihood of the images one decode call takes, K
 * samples each, or one image under as many samples as one call takes, the reconstruction of 16 to 64 images, the robustness step on up to 64 images at one
 * sigma), and the time the held-out images took to encode give the seconds a decoded point, a
 * reconstructed image, an image-sigma of the robustness sweep and an encoded item take here. The parts left to the program (0 in {@link EvaluationOptions}) are
 * then fitted to their share of about two minutes: log p(x) to {@value #LIKELIHOOD_SECONDS} s (up
 * to 1,000 images; when 100 images with K = 1000 do not fit, K is lowered, not below 100), the
 * robustness sweep to {@value #ROBUSTNESS_SECONDS} s (50 to 2,000 images). A large convolutional
 * decoder gets fewer images or samples; every result is printed with its size and, for log p(x),
 * its standard error. What a user sets is kept, and the estimate says what it will cost.
 */
public final class EvaluationBudget {

  /** The share of log p(x), in seconds. */
  public static final double LIKELIHOOD_SECONDS = 30;

  /** The share of the robustness sweep, in seconds. */
  public static final double ROBUSTNESS_SECONDS = 20;

  static final int DEFAULT_SAMPLES = 1000;
  static final int MIN_SAMPLES = 100;
  static final int MAX_LIKELIHOOD_IMAGES = 1000;
  static final int LIKELIHOOD_IMAGES_FOR_FEWER_SAMPLES = 100;
  static final int MIN_LIKELIHOOD_IMAGES = 10;
  static final int MAX_ROBUSTNESS_IMAGES = 2000;
  static final int MIN_ROBUSTNESS_IMAGES = 50;

  private static final int MAX_PROBE_POINTS = 8192;
  private static final int MAX_PROBE_CALLS = 8;
  private static final long PROBE_NANOS = 1_500_000_000L;
  private static final int PROBE_IMAGES = 16;
  private static final int MAX_PROBE_ROBUSTNESS_IMAGES = 64;

  /**
   * Seconds a unit of each part's work takes on this machine.
   *
   * @param point one latent point decoded and its log-likelihood taken (log p(x))
   * @param image one held-out image encoded, decoded and measured (reconstruction)
   * @param robustness one image at one sigma of the robustness sweep
   * @param encode one item encoded (the disentanglement scores encode up to 10,000)
   */
  public record Probe(double point, double image, double robustness, double encode) {}

  /**
   * An evaluation sized, with what it should cost.
   *
   * @param options the options with every size chosen
   * @param likelihoodSeconds the estimate for log p(x) (0 for an AE)
   * @param robustnessSeconds the estimate for the robustness sweep
   * @param otherSeconds the estimate for the rest (reconstruction, generated samples,
   *     disentanglement), from the reconstruction's time and ratios seen on the bundled models
   */
  public record Plan(
      EvaluationOptions options, double likelihoodSeconds, double robustnessSeconds,
      double otherSeconds) {

    public double seconds() {
      return likelihoodSeconds + robustnessSeconds + otherSeconds;
    }

    /** The estimate in a sentence, as the command and the Evaluate tab show it before the run. */
    public String sentence(boolean vae) {
      EvaluationOptions o = options;
      String likelihood =
          vae
              ? String.format(
                  Locale.ROOT, "log p(x) on %,d images with K = %,d about %.0f s; ",
                  o.likelihoodItems(), o.likelihoodSamples(), likelihoodSeconds)
              : "";
      return String.format(
          Locale.ROOT,
          "Estimate on this machine: about %.0f s (%srobustness on %,d images about %.0f s; the"
              + " rest about %.0f s)",
          seconds(), likelihood, o.robustnessItems(), robustnessSeconds, otherSeconds);
    }
  }

  private EvaluationBudget() {}

  /**
   * Times the probe on the first held-out images. The likelihood call is repeated (at least twice,
   * up to 8 times or 1.5 s) and its fastest time counts: the first calls of a run are slower (the
   * JIT and the engine's allocator warm up over a few calls: 0.06 ms a point at first, 0.008 ms
   * after six calls for the 2-D MLP VAE).
   *
   * @param encodeSeconds the seconds an item took to encode, as the evaluation encoded them
   */
  static Probe probe(
      LatentEngine engine, ModelMeasures measures, float[] images, int count, Encoding encoding,
      int samples, long seed, double encodeSeconds) {
    int size = engine.inputShape().size();
    int latent = encoding.latentSize();
    int perCall = Math.min(MAX_PROBE_POINTS, measures.pointsPerCall());
    int k = Math.max(1, Math.min(samples, perCall));
    int n = Math.max(1, Math.min(count, perCall / k));
    float[] batch = Arrays.copyOf(images, n * size);
    float[] z = new float[n * k * latent];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        System.arraycopy(encoding.means(), i * latent, z, (i * k + j) * latent, latent);
      }
    }
    double point = Double.POSITIVE_INFINITY;
    long probing = System.nanoTime();
    for (int call = 0; call < MAX_PROBE_CALLS && (call < 2 || System.nanoTime() - probing < PROBE_NANOS); call++) {
      long t = System.nanoTime();
      Steps.await(measures.logLikelihoods(batch, n, z, k));
      point = Math.min(point, (System.nanoTime() - t) / 1e9 / (n * k));
    }
    int m = Math.min(Math.min(MAX_PROBE_ROBUSTNESS_IMAGES, measures.imagesPerCall()), count);
    int r0 = Math.max(m, Math.min(PROBE_IMAGES, count));
    long t = System.nanoTime();
    ModelMeasures.Reconstructions r = Steps.await(measures.reconstruct(Arrays.copyOf(images, r0 * size), r0));
    double image = (System.nanoTime() - t) / 1e9 / r0;

    t = System.nanoTime();
    RobustnessResult.run(
        engine, measures, images, m, encoding, r.pixels(), new double[] {0.1}, seed,
        new Steps((message, fraction) -> {}, () -> false));
    double robustness = (System.nanoTime() - t) / 1e9 / m;
    return new Probe(point, image, robustness, encodeSeconds);
  }

  /**
   * Chooses every size left to the program and estimates the run.
   *
   * @param count the held-out images measured
   * @param vae whether log p(x) is measured
   * @param generation whether the generated samples are measured (a classifier was found)
   * @param factors whether the data has known factors (the disentanglement scores encode up to
   *     10,000 items)
   */
  public static Plan plan(
      EvaluationOptions o, Probe p, int count, boolean vae, boolean generation, boolean factors) {
    int samples = o.likelihoodSamples() > 0 ? o.likelihoodSamples() : DEFAULT_SAMPLES;
    int images = o.likelihoodItems();
    if (images <= 0) {
      images = fitting(LIKELIHOOD_SECONDS, samples * p.point());
      if (images < LIKELIHOOD_IMAGES_FOR_FEWER_SAMPLES && o.likelihoodSamples() <= 0) {
        samples =
            Math.max(
                MIN_SAMPLES,
                Math.min(samples, fitting(LIKELIHOOD_SECONDS, LIKELIHOOD_IMAGES_FOR_FEWER_SAMPLES * p.point())));
        images = fitting(LIKELIHOOD_SECONDS, samples * p.point());
      }
      images = Math.max(MIN_LIKELIHOOD_IMAGES, Math.min(MAX_LIKELIHOOD_IMAGES, images));
    }
    images = Math.min(images, count);
    long sigmas = Arrays.stream(o.sigmas()).filter(s -> s != 0).count();
    int robust = o.robustnessItems();
    if (robust <= 0) {
      robust =
          Math.max(
              MIN_ROBUSTNESS_IMAGES,
              Math.min(MAX_ROBUSTNESS_IMAGES, fitting(ROBUSTNESS_SECONDS, Math.max(1, sigmas) * p.robustness())));
    }
    robust = Math.min(robust, count);
    EvaluationOptions sized =
        new EvaluationOptions(
            o.items(), images, samples, robust, o.sigmas(), o.paths(), o.frames(), o.exported(), o.seed());
    return new Plan(
        sized,
        vae ? (double) images * samples * p.point() : 0,
        robust * sigmas * p.robustness(),
        count * p.image() * (generation ? 2.75 : 1)
            + (factors ? DisentanglementResult.ITEMS * p.encode() : 0));
  }

  /** How many units of {@code unitSeconds} fit in {@code budget} seconds. */
  private static int fitting(double budget, double unitSeconds) {
    return (int) Math.min(Integer.MAX_VALUE, Math.floor(budget / Math.max(unitSeconds, 1e-9)));
  }
}
