package org.latentexplorer.analysis.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.data.FactorTable;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.latent.metrics.disentanglement.DisentanglementScores;

/**
 * The disentanglement of a model on items whose generative factors are known (docs/metrics.md): the
 * five scores of {@link DisentanglementScores} on the encoder means, the code that carries most of
 * each factor, and each code's mean KL to the prior (VAE), on up to 10,000 items: the held-out
 * ones first, then training ones (disentanglement_lib draws from the whole ground truth).
 *
 * @param factorNames as the data names them
 * @param codes [item][code], the encoder means the scores were computed on
 * @param factors [item][factor], level indices
 * @param klPerCode mean KL(q(z_j|x) || N(0, 1)) of each code in nats; null for an AE
 * @param traversals per factor, its best code traversed from the codes' mean, {@link #FRAMES}
 *     decoded frames from -2.5 to +2.5 sd of that code
 */
public record DisentanglementResult(
    List<String> factorNames,
    int[] levels,
    double[][] codes,
    int[][] factors,
    DisentanglementScores scores,
    double[] klPerCode,
    float[][][] traversals) {

  /** Frames of each factor's traversal. */
  public static final int FRAMES = 9;

  /** Items scored at most. */
  public static final int ITEMS = 10_000;

  /** The items with factors of an evaluation's data, or null when it has none. */
  static DisentanglementResult run(
      LatentEngine engine, EvaluationData data, long seed, Steps steps) {
    ImageSet heldOut = data.heldOut();
    if (heldOut.factors() == null) {
      return null;
    }
    List<ImageSet> parts = new ArrayList<>(List.of(heldOut));
    if (data.train() != null && data.train().factors() != null) {
      parts.add(data.train());
    }
    int total = parts.stream().mapToInt(ImageSet::size).sum();
    int n = Math.min(ITEMS, total);
    int size = heldOut.imageSize();
    FactorTable table = heldOut.factors();
    int k = table.names().size();
    int[][] factors = new int[n][k];
    double[][] codes = new double[n][];
    double[] kl = null;
    steps.at(String.format(Locale.ROOT, "Encoding %,d items with known factors", n), -1);
    int i = 0;
    for (ImageSet part : parts) {
      int count = Math.min(part.size(), n - i);
      if (count == 0) {
        break;
      }
      float[] pixels = count == part.size()
          ? part.pixels()
          : Arrays.copyOf(part.pixels(), count * size);
      Encoding e = Steps.await(engine.encode(pixels, count, null));
      int d = e.latentSize();
      if (e.logVariances() != null && kl == null) {
        kl = new double[d];
      }
      for (int t = 0; t < count; t++, i++) {
        for (int m = 0; m < k; m++) {
          factors[i][m] = part.factors().value(t, m);
        }
        codes[i] = new double[d];
        for (int j = 0; j < d; j++) {
          double mu = e.means()[t * d + j];
          codes[i][j] = mu;
          if (kl != null) {
            double lv = e.logVariances()[t * d + j];
            kl[j] += 0.5 * (mu * mu + Math.exp(lv) - 1 - lv) / n;
          }
        }
      }
    }
    steps.at("Disentanglement scores (beta-VAE, FactorVAE, MIG, DCI, SAP)", -1);
    DisentanglementScores scores =
        DisentanglementScores.of(codes, factors, table.levels().clone(), seed);
    DisentanglementResult scored =
        new DisentanglementResult(table.names(), table.levels().clone(), codes, factors, scores, kl, null);
    steps.at("Traversals of the codes that carry the factors", -1);
    return scored.withTraversals(scored.traverse(engine));
  }

  private DisentanglementResult withTraversals(float[][][] frames) {
    return new DisentanglementResult(factorNames, levels, codes, factors, scores, klPerCode, frames);
  }

  private float[][][] traverse(LatentEngine engine) {
    int d = codes[0].length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] z : codes) {
      for (int j = 0; j < d; j++) {
        mean[j] += z[j] / codes.length;
      }
    }
    for (double[] z : codes) {
      for (int j = 0; j < d; j++) {
        sd[j] += (z[j] - mean[j]) * (z[j] - mean[j]) / codes.length;
      }
    }
    int[] best = bestCodes();
    float[][] zs = new float[best.length * FRAMES][d];
    for (int m = 0; m < best.length; m++) {
      for (int f = 0; f < FRAMES; f++) {
        float[] z = zs[m * FRAMES + f];
        for (int j = 0; j < d; j++) {
          z[j] = (float) mean[j];
        }
        z[best[m]] = (float) (mean[best[m]] + Math.sqrt(sd[best[m]]) * (-2.5 + 5.0 * f / (FRAMES - 1)));
      }
    }
    float[][] frames = Steps.await(engine.decodeAll(zs));
    float[][][] out = new float[best.length][FRAMES][];
    for (int m = 0; m < best.length; m++) {
      for (int f = 0; f < FRAMES; f++) {
        out[m][f] = frames[m * FRAMES + f];
      }
    }
    return out;
  }

  /** For each factor, the code with the most mutual information with it. */
  public int[] bestCodes() {
    double[][] mi = scores.mig().mutualInformation();
    int[] best = new int[factorNames.size()];
    for (int m = 0; m < best.length; m++) {
      for (int j = 1; j < mi.length; j++) {
        if (mi[j][m] > mi[best[m]][m]) {
          best[m] = j;
        }
      }
    }
    return best;
  }

  /** For each factor: "z3 carries x: MIG gap 0.62", the gap being the factor's normalised one. */
  public List<String> sentences() {
    double[][] mi = scores.mig().mutualInformation();
    double[] h = scores.mig().entropy();
    int[] best = bestCodes();
    List<String> out = new ArrayList<>();
    for (int m = 0; m < best.length; m++) {
      double second = 0;
      for (int j = 0; j < mi.length; j++) {
        if (j != best[m]) {
          second = Math.max(second, mi[j][m]);
        }
      }
      out.add(
          String.format(
              Locale.ROOT, "z%d carries %s: MIG gap %.2f", best[m] + 1, factorNames.get(m),
              (mi[best[m]][m] - second) / h[m]));
    }
    return out;
  }

  /** Codes whose mean KL is below 0.01 nats: collapsed to the prior (VAE only). */
  public int[] collapsedCodes() {
    if (klPerCode == null) {
      return new int[0];
    }
    return java.util.stream.IntStream.range(0, klPerCode.length)
        .filter(j -> klPerCode[j] < 0.01)
        .toArray();
  }

  /** disentanglement-codes.csv: the factor columns (named as in the data), then z1..zD. */
  String csv() {
    StringBuilder sb = new StringBuilder(String.join(",", factorNames));
    for (int j = 0; j < codes[0].length; j++) {
      sb.append(",z").append(j + 1);
    }
    sb.append('\n');
    for (int t = 0; t < codes.length; t++) {
      for (int m = 0; m < factors[t].length; m++) {
        sb.append(m == 0 ? "" : ",").append(factors[t][m]);
      }
      for (double z : codes[t]) {
        sb.append(',').append(String.format(Locale.ROOT, "%.9g", z));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
