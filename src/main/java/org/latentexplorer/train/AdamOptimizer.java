package org.latentexplorer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam (Kingma and Ba) over a fixed list of parameters, using the engine's fused update, with a
 * state that can be saved and restored so that {@code --resume} continues exactly.
 *
 * <p>The state is one {@link NDList}: the step count, then every first moment, then every second
 * moment, in parameter order.
 */
public final class AdamOptimizer {

  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private final List<NDArray> weights;
  private final List<NDArray> means = new ArrayList<>();
  private final List<NDArray> variances = new ArrayList<>();
  private final float learningRate;
  private long step;

  /**
   * @param weights the parameters, each with a gradient attached
   * @param learningRate the step size
   * @param state a state saved by {@link #state}, or null to start fresh
   */
  public AdamOptimizer(List<NDArray> weights, float learningRate, NDList state) {
    this.weights = List.copyOf(weights);
    this.learningRate = learningRate;
    int n = weights.size();
    if (state != null && state.size() == 2 * n + 1 && shapesFit(state)) {
      step = state.get(0).toLongArray()[0];
      for (int i = 0; i < n; i++) {
        means.add(copyTo(state.get(1 + i), weights.get(i)));
        variances.add(copyTo(state.get(1 + n + i), weights.get(i)));
      }
    } else {
      for (NDArray w : weights) {
        means.add(w.zerosLike());
        variances.add(w.zerosLike());
      }
    }
  }

  /** Whether a saved state was taken up (false when it was missing or did not fit). */
  public boolean resumed() {
    return step > 0;
  }

  /** Applies one update from the current gradients, then zeroes them. */
  public void step() {
    step++;
    double c1 = 1 - Math.pow(BETA1, step);
    double c2 = 1 - Math.pow(BETA2, step);
    float corrected = (float) (learningRate * Math.sqrt(c2) / c1);
    for (int i = 0; i < weights.size(); i++) {
      NDArray w = weights.get(i);
      try (NDArray grad = w.getGradient()) {
        w.getNDArrayInternal()
            .adamUpdate(
                new NDList(w, grad, means.get(i), variances.get(i)),
                new NDList(w),
                learningRate,
                corrected,
                0f,
                1f,
                -1f,
                BETA1,
                BETA2,
                EPSILON,
                true,
                false);
      }
    }
  }

  /** The state, as arrays attached to the given manager. */
  public NDList state(NDManager manager) {
    NDList list = new NDList();
    list.add(manager.create(new long[] {step}));
    for (NDArray m : means) {
      list.add(m.toDevice(manager.getDevice(), true));
    }
    for (NDArray v : variances) {
      list.add(v.toDevice(manager.getDevice(), true));
    }
    for (NDArray a : list) {
      a.attach(manager);
    }
    return list;
  }

  private boolean shapesFit(NDList state) {
    int n = weights.size();
    for (int i = 0; i < n; i++) {
      if (!state.get(1 + i).getShape().equals(weights.get(i).getShape())
          || !state.get(1 + n + i).getShape().equals(weights.get(i).getShape())) {
        return false;
      }
    }
    return true;
  }

  private static NDArray copyTo(NDArray saved, NDArray like) {
    NDArray copy = saved.toDevice(like.getDevice(), true);
    copy.attach(like.getManager());
    return copy;
  }
}
