package org.latentexplorer.latent;

import java.util.Random;

/** Seeded random permutations, for shuffling items the same way each time a seed is given. */
public final class RandomOrder {

  private RandomOrder() {}

  /**
   * 0 to n - 1 in the order of a Fisher-Yates shuffle (Durstenfeld's form, from the last position
   * down) drawn from {@code random}.
   */
  public static int[] of(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
