package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.function.UnaryOperator;

/**
 * Reverse-mode differentiation of a decoder the program cannot look into (TorchScript), through
 * the engine's gradient collector: one backward pass per pixel gives that pixel's row of the
 * Jacobian for every point at once (the points are independent of each other). Exact, and costs
 * a backward pass per pixel, so it suits small images; the program's own decoders use {@link
 * DecoderTangents} instead.
 */
final class DecoderRows {

  private DecoderRows() {}

  /**
   * The Jacobian of (N, d) points.
   *
   * @param decode z to pixel probabilities, keeping the graph for gradients
   * @return (N, d, pixels): [n][k] is J_n e_k
   */
  static NDArray columns(UnaryOperator<NDArray> decode, NDArray z) {
    long n = z.getShape().get(0);
    NDArray points = z.duplicate();
    points.setRequiresGradient(true);
    NDList rows = new NDList();
    try (GradientCollector ignored = ExclusiveGradients.open()) {
      NDArray pixels = decode.apply(points).reshape(n, -1);
      long size = pixels.getShape().get(1);
      NDArray unit = z.getManager().eye((int) size);
      for (long i = 0; i < size; i++) {
        NDArray pick = unit.get(i).reshape(1, size).broadcast(new Shape(n, size));
        JniUtils.backward((PtNDArray) pixels, (PtNDArray) pick, i < size - 1, false);
        NDArray row = points.getGradient();
        rows.add(row.duplicate());
        // Only the input's gradient: the collector's zeroGradients() would also clear every other
        // array's in the process, such as a model training on another thread between its backward
        // pass and its update. The module's own weights are frozen.
        JniUtils.zeroGrad((PtNDArray) points);
      }
    }
    return NDArrays.stack(rows, 2);
  }
}
