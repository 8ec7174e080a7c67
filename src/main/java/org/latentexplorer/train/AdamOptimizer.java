package org.latentexplorer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import org.latentexplorer.model.Engines;

/**
 * Adam (Kingma and Ba, 2015, Algorithm 1 with the bias correction folded into the step size) over
 * a fixed list of parameters, with a state that can be saved and restored so that {@code --resume}
 * continues exactly.
 *
 * <p>On the CPU the update is one pass in Java over the parameters' own memory: libtorch's fused
 * update makes about eleven passes and four temporary tensors a parameter, and took a third of an
 * epoch of the MLP VAE (docs/benchmarks.md). Elsewhere (a GPU), or if a parameter's memory cannot
 * be written in place, the engine's fused update runs instead. Both follow the same formula; each
 * element's update is independent of the others, so results are the same for a seed whatever the
 * threads.
 *
 * <p>The state is one {@link NDList}: the step count, then every first moment, then every second
 * moment, in parameter order.
 */
public final class AdamOptimizer {

  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private final List<NDArray> weights;
  private final float learningRate;
  private final boolean onHost;
  private final float[][] means;
  private final float[][] variances;
  private final List<NDArray> engineMeans = new ArrayList<>();
  private final List<NDArray> engineVariances = new ArrayList<>();
  private final float[] weightScratch;
  private final float[] gradientScratch;
  private long step;

  /**
   * @param weights the parameters, each with a gradient attached
   * @param learningRate the step size
   * @param state a state saved by {@link #state}, or null to start fresh
   */
  public AdamOptimizer(List<NDArray> weights, float learningRate, NDList state) {
    this.weights = List.copyOf(weights);
    this.learningRate = learningRate;
    this.onHost = writableInPlace(this.weights);
    int n = weights.size();
    boolean resume = state != null && state.size() == 2 * n + 1 && shapesFit(state);
    step = resume ? state.get(0).toLongArray()[0] : 0;
    means = new float[n][];
    variances = new float[n][];
    int largest = 0;
    for (int i = 0; i < n; i++) {
      NDArray w = weights.get(i);
      int size = Math.toIntExact(w.size());
      largest = Math.max(largest, size);
      if (onHost) {
        means[i] = resume ? state.get(1 + i).toFloatArray() : new float[size];
        variances[i] = resume ? state.get(1 + n + i).toFloatArray() : new float[size];
      } else {
        engineMeans.add(resume ? copyTo(state.get(1 + i), w) : w.zerosLike());
        engineVariances.add(resume ? copyTo(state.get(1 + n + i), w) : w.zerosLike());
      }
    }
    weightScratch = onHost ? new float[largest] : null;
    gradientScratch = onHost ? new float[largest] : null;
  }

  /** Whether a saved state was taken up (false when it was missing or did not fit). */
  public boolean resumed() {
    return step > 0;
  }

  /** Whether the update runs in Java over the parameters' memory (the CPU) or in the engine. */
  public boolean updatesOnHost() {
    return onHost;
  }

  /**
   * How many times a trainer computes a batch's gradients before it gives up on values that are not
   * finite ({@link #stepIfFinite()}).
   */
  public static final int ATTEMPTS = 3;

  /**
   * As {@link #step()}, but on the CPU gradients that hold a value that is not finite are zeroed and
   * change nothing, and the step says so; the caller computes the batch again. For convolutional
   * networks: the CPU libtorch that DJL bundles (2.7.1) now and then computes NaN input gradients
   * of a convolution while the loss stays finite (see {@link Engines#singleThreaded}), and one such
   * update would make every weight NaN. It reads every gradient once more each step, which the MLPs,
   * which never showed the defect, do without.
   *
   * @return whether the update was applied
   */
  public boolean stepIfFinite() {
    if (onHost && !gradientsFinite()) {
      for (NDArray w : weights) {
        Engines.zeroGradient(w);
      }
      return false;
    }
    step();
    return true;
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
        if (onHost) {
          updateOnHost(i, w, grad, corrected);
          Engines.zeroGradient(w);
        } else {
          updateInEngine(i, w, grad, corrected);
        }
      }
    }
  }

  private boolean gradientsFinite() {
    for (NDArray w : weights) {
      try (NDArray grad = w.getGradient()) {
        FloatBuffer g = view(grad);
        for (int k = 0, n = g.limit(); k < n; k++) {
          if (!Float.isFinite(g.get(k))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private void updateOnHost(int i, NDArray w, NDArray grad, float corrected) {
    FloatBuffer weight = view(w);
    float[] x = weightScratch;
    float[] g = gradientScratch;
    float[] m = means[i];
    float[] v = variances[i];
    int size = m.length;
    weight.get(0, x, 0, size);
    view(grad).get(0, g, 0, size);
    for (int k = 0; k < size; k++) {
      float gk = g[k];
      float mk = BETA1 * m[k] + (1 - BETA1) * gk;
      float vk = BETA2 * v[k] + (1 - BETA2) * gk * gk;
      m[k] = mk;
      v[k] = vk;
      x[k] -= corrected * mk / ((float) Math.sqrt(vk) + EPSILON);
    }
    weight.put(0, x, 0, size);
  }

  private void updateInEngine(int i, NDArray w, NDArray grad, float corrected) {
    w.getNDArrayInternal()
        .adamUpdate(
            new NDList(w, grad, engineMeans.get(i), engineVariances.get(i)),
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

  /** The state, as arrays attached to the given manager. */
  public NDList state(NDManager manager) {
    NDList list = new NDList();
    list.add(manager.create(new long[] {step}));
    for (int i = 0; i < weights.size(); i++) {
      list.add(moment(manager, i, means, engineMeans));
    }
    for (int i = 0; i < weights.size(); i++) {
      list.add(moment(manager, i, variances, engineVariances));
    }
    for (NDArray a : list) {
      a.attach(manager);
    }
    return list;
  }

  private NDArray moment(NDManager manager, int i, float[][] host, List<NDArray> engine) {
    return onHost
        ? manager.create(host[i], weights.get(i).getShape())
        : engine.get(i).toDevice(manager.getDevice(), true);
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

  private static FloatBuffer view(NDArray array) {
    return array.toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer();
  }

  /**
   * Whether every parameter is a float32 array on the CPU whose buffer is its own memory: a value
   * written through one buffer is seen through a second one, then put back.
   */
  private static boolean writableInPlace(List<NDArray> weights) {
    for (NDArray w : weights) {
      if (!Device.cpu().equals(w.getDevice()) || w.getDataType() != DataType.FLOAT32 || w.size() == 0) {
        return false;
      }
      FloatBuffer first = view(w);
      float old = first.get(0);
      float probe = old == 1f ? 2f : 1f;
      first.put(0, probe);
      boolean seen = view(w).get(0) == probe;
      first.put(0, old);
      if (!seen) {
        return false;
      }
    }
    return true;
  }
}
