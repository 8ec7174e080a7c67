package org.latentexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.train.LiveTraining;

/**
 * The fixed inputs a live run is pictured with: a class-balanced subset of the held-out images
 * (up to 2,000: the same number of each class, drawn with a seed), fixed prior samples for the
 * decode grid, and the subset's first items for the reconstruction row.
 */
final class ProbeMaker {

  static final int SUBSET = 2000;
  static final int PRIOR_SAMPLES = 24;
  static final int RECONSTRUCTED = 8;

  private ProbeMaker() {}

  /** The positions in {@code heldOut} of the pictured items. */
  static int[] balancedSubset(ImageSet heldOut, int wanted, long seed) {
    int classes = Math.max(1, heldOut.classNames().size());
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      byClass.add(new ArrayList<>());
    }
    List<Integer> unlabelled = new ArrayList<>();
    for (int i = 0; i < heldOut.size(); i++) {
      int l = heldOut.label(i);
      if (l >= 0 && l < classes) {
        byClass.get(l).add(i);
      } else {
        unlabelled.add(i);
      }
    }
    Random random = new Random(seed);
    for (List<Integer> items : byClass) {
      java.util.Collections.shuffle(items, random);
    }
    java.util.Collections.shuffle(unlabelled, random);
    List<Integer> chosen = new ArrayList<>();
    for (int round = 0; chosen.size() < wanted; round++) {
      int before = chosen.size();
      for (List<Integer> items : byClass) {
        if (round < items.size() && chosen.size() < wanted) {
          chosen.add(items.get(round));
        }
      }
      if (chosen.size() == before) {
        break;
      }
    }
    for (int i = 0; chosen.size() < wanted && i < unlabelled.size(); i++) {
      chosen.add(unlabelled.get(i));
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  static LiveTraining.Probe probe(ImageSet subset, int latentSize, long seed) {
    Random random = new Random(seed + 17);
    float[] latents = new float[PRIOR_SAMPLES * latentSize];
    for (int i = 0; i < latents.length; i++) {
      latents[i] = (float) random.nextGaussian();
    }
    return new LiveTraining.Probe(
        subset.pixels(), subset.size(), latents, PRIOR_SAMPLES, Math.min(RECONSTRUCTED, subset.size()));
  }
}
