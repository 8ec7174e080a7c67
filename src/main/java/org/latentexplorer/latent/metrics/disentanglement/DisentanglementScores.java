package org.latentexplorer.latent.metrics.disentanglement;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The five disentanglement scores of a model's encoder means on items whose factors are known
 * (docs/metrics.md; google-research/disentanglement_lib): beta-VAE, FactorVAE, MIG, DCI and SAP, all in
 * [0, 1]. MIG uses every item; SAP and DCI train on the first two thirds of the items and test on
 * the rest (disentanglement_lib's 10,000 / 5,000); the beta-VAE score uses 10,000 training and
 * 5,000 evaluation points and the FactorVAE score as many votes, each drawn from the items.
 */
public record DisentanglementScores(
    double betaVae,
    double factorVae,
    Mig.Result mig,
    DciScore.Result dci,
    SapScore.Result sap,
    int items,
    int activeCodes) {

  public static final int TRAIN_POINTS = 10_000;
  public static final int EVAL_POINTS = 5_000;

  /**
   * @param codes [item][code], the encoder means
   * @param factors [item][factor], level indices
   * @param levels levels per factor
   */
  public static DisentanglementScores of(
      double[][] codes, int[][] factors, int[] levels, long seed) {
    return of(codes, factors, levels, seed, TRAIN_POINTS, EVAL_POINTS);
  }

  static DisentanglementScores of(
      double[][] codes, int[][] factors, int[] levels, long seed, int trainPoints, int evalPoints) {
    FactorPool pool = new FactorPool(codes, factors, levels);
    SplittableRandom random = new SplittableRandom(seed);
    BetaVaeScore.Result beta = BetaVaeScore.of(pool, trainPoints, evalPoints, random.split());
    FactorVaeScore.Result factor = FactorVaeScore.of(pool, trainPoints, evalPoints, random.split());
    Mig.Result mig = Mig.of(codes, factors);
    int split = codes.length * 2 / 3;
    double[][] trainCodes = Arrays.copyOf(codes, split);
    int[][] trainFactors = Arrays.copyOf(factors, split);
    double[][] testCodes = Arrays.copyOfRange(codes, split, codes.length);
    int[][] testFactors = Arrays.copyOfRange(factors, split, factors.length);
    DciScore.Result dci = DciScore.of(trainCodes, trainFactors, testCodes, testFactors, levels);
    SapScore.Result sap = SapScore.of(trainCodes, trainFactors, testCodes, testFactors, levels);
    return new DisentanglementScores(
        beta.score(), factor.score(), mig, dci, sap, codes.length, factor.activeCodes());
  }
}
