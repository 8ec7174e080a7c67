package org.latentexplorer.analysis.anomaly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.analysis.evaluate.LikelihoodResult;
import org.latentexplorer.analysis.evaluate.Steps;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelMeasures;
import org.latentexplorer.latent.metrics.ImportanceSampling;
import org.latentexplorer.model.ModelKind;

/**
 * The anomaly scores of one model for each of a set of items, higher meaning "more anomalous":
 *
 * <ul>
 *   <li>{@code reconstruction_error} (AE and VAE): the mean squared error per pixel between the item
 *       and its reconstruction through the encoder mean (the classic autoencoder score, Sakurada
 *       and Yairi 2014);
 *   <li>{@code neg_elbo} (VAE): -ELBO in nats, its reconstruction term the mean over K samples of
 *       q(z|x), its KL in closed form;
 *   <li>{@code neg_log_px} (VAE): the importance-sampled -log p(x) in nats with the same K samples
 *       (Burda et al. 2016; {@link ImportanceSampling}, as the Evaluate work computes it);
 *   <li>{@code latent_nll} (VAE): -log N(mu; 0, I), the prior's density at the encoder mean, in
 *       nats.
 * </ul>
 *
 * A score that needs a likelihood is computed only for a VAE.
 */
public final class AnomalyScoring {

  public static final String RECONSTRUCTION_ERROR = "reconstruction_error";
  public static final String NEG_ELBO = "neg_elbo";
  public static final String NEG_LOG_PX = "neg_log_px";
  public static final String LATENT_NLL = "latent_nll";

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  private AnomalyScoring() {}

  /** What a score is, in words, with its unit. */
  public static String describe(String score, int samples) {
    return switch (score) {
      case RECONSTRUCTION_ERROR -> "reconstruction error: mean squared error per pixel";
      case NEG_ELBO -> String.format(Locale.ROOT, "-ELBO in nats (K = %,d)", samples);
      case NEG_LOG_PX -> String.format(Locale.ROOT, "-log p(x) in nats, importance-sampled (K = %,d)", samples);
      case LATENT_NLL -> "latent score: -log N(mu; 0, I) in nats";
      default -> score;
    };
  }

  /**
   * Scores the first {@code count} images.
   *
   * @param images flat, image by image
   */
  public static ScoredModel score(
      LatentEngine engine, String name, float[] images, int count, AnomalyOptions options,
      Steps steps) {
    int size = engine.inputShape().size();
    ModelMeasures measures = new ModelMeasures(engine);
    steps.at("Encoding " + name, -1);
    Encoding encoding = Steps.await(engine.encode(images, count, null));
    float[] reconstructions = new float[count * size];
    double[] error = new double[count];
    int chunk = measures.imagesPerCall();
    for (int from = 0; from < count; from += chunk) {
      int n = Math.min(chunk, count - from);
      steps.at(
          String.format(Locale.ROOT, "Reconstructing %,d items (%s)", count, name),
          (double) from / count);
      ModelMeasures.Reconstructions r =
          Steps.await(
              measures.reconstruct(Arrays.copyOfRange(images, from * size, (from + n) * size), n));
      System.arraycopy(r.pixels(), 0, reconstructions, from * size, n * size);
    }
    for (int i = 0; i < count; i++) {
      double sum = 0;
      for (int p = i * size; p < (i + 1) * size; p++) {
        double d = (double) images[p] - reconstructions[p];
        sum += d * d;
      }
      error[i] = sum / size;
    }
    List<ScoredModel.Score> scores = new ArrayList<>();
    scores.add(new ScoredModel.Score(RECONSTRUCTION_ERROR, error));
    ModelKind kind = engine.description().model().kind();
    if (engine.isVae()) {
      LikelihoodResult l =
          LikelihoodResult.run(
              measures, images, encoding, count, options.likelihoodSamples(), size,
              options.seed(), steps);
      double[] elbo = new double[count];
      double[] nll = new double[count];
      for (int i = 0; i < count; i++) {
        elbo[i] = l.estimates()[i].negativeElbo();
        nll[i] = -l.estimates()[i].logLikelihood();
      }
      scores.add(new ScoredModel.Score(NEG_ELBO, elbo));
      scores.add(new ScoredModel.Score(NEG_LOG_PX, nll));
      scores.add(new ScoredModel.Score(LATENT_NLL, latentNll(encoding)));
    }
    return new ScoredModel(
        name, kind, engine.description().data().excludedClasses(), reconstructions, scores);
  }

  /** -log N(mu; 0, I) of each encoder mean. */
  static double[] latentNll(Encoding encoding) {
    int latent = encoding.latentSize();
    float[] mu = encoding.means();
    double[] out = new double[encoding.count()];
    for (int i = 0; i < out.length; i++) {
      double s = latent * HALF_LOG_TWO_PI;
      for (int d = 0; d < latent; d++) {
        double m = mu[i * latent + d];
        s += 0.5 * m * m;
      }
      out[i] = s;
    }
    return out;
  }
}
