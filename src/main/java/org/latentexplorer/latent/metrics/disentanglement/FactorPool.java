package org.latentexplorer.latent.metrics.disentanglement;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Encoded items with their factor levels, from which the batch-based scores draw: where
 * disentanglement_lib draws fresh images from the ground-truth generator for every batch, the
 * program encodes one seeded sample of the data once (10,000 sprites by default) and draws batches
 * of that sample's items, so every score costs one encoding pass.
 */
final class FactorPool {

  final double[][] codes;
  final int[][] factors;
  final int[] levels;
  /** [factor][level]: the items with that level. */
  private final int[][][] byLevel;

  FactorPool(double[][] codes, int[][] factors, int[] levels) {
    this.codes = codes;
    this.factors = factors;
    this.levels = levels;
    byLevel = new int[levels.length][][];
    for (int m = 0; m < levels.length; m++) {
      List<List<Integer>> lists = new ArrayList<>();
      for (int v = 0; v < levels[m]; v++) {
        lists.add(new ArrayList<>());
      }
      for (int i = 0; i < factors.length; i++) {
        lists.get(factors[i][m]).add(i);
      }
      byLevel[m] = new int[levels[m]][];
      for (int v = 0; v < levels[m]; v++) {
        byLevel[m][v] = lists.get(v).stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  int size() {
    return codes.length;
  }

  int codeSize() {
    return codes[0].length;
  }

  /** A random item. */
  int any(SplittableRandom random) {
    return random.nextInt(codes.length);
  }

  /** A random item with the same level of factor {@code m} as item {@code i}. */
  int sameLevel(int i, int m, SplittableRandom random) {
    int[] items = byLevel[m][factors[i][m]];
    return items[random.nextInt(items.length)];
  }
}
