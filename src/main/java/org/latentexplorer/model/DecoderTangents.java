package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;

/**
 * Forward-mode differentiation of the program's own decoders ({@link Networks#decoder}): the
 * decoder runs once on the points while d tangents per point, starting at the unit vectors e_k,
 * go through the same layers linearised at the point: a linear or convolutional layer maps a
 * tangent by its weights without the bias, a ReLU keeps it where its input is positive, a reshape
 * or an upsampling moves it like the values, and the final sigmoid scales it by p (1 - p). The
 * result is the Jacobian J = d pixels / dz, exactly, column by column, at the cost of about d + 1
 * forward passes. (Reverse mode through the engine would need one backward pass per pixel, or a
 * graph of the gradient whose leaf keeps the whole graph alive.)
 */
final class DecoderTangents {

  private static final String RELU = "ReLU";

  private DecoderTangents() {}

  /**
   * The Jacobian's columns of (N, d) points.
   *
   * @return (N, d, pixels): [n][k] is J_n e_k
   */
  static NDArray columns(Block decoder, ParameterStore store, NDArray z) {
    long n = z.getShape().get(0);
    int d = (int) z.getShape().get(1);
    NDManager manager = z.getManager();
    NDArray x = z;
    NDArray t = manager.eye(d).expandDims(0).broadcast(n, d, d).reshape(n * d, d);
    for (Block layer : decoder.getChildren().values()) {
      if (layer instanceof Linear) {
        NDArray weight = parameter(layer, "weight");
        x = Linear.linear(x, weight, parameter(layer, "bias")).singletonOrThrow();
        t = Linear.linear(t, weight).singletonOrThrow();
      } else if (layer instanceof Conv2d conv) {
        NDArray weight = parameter(layer, "weight");
        NDArray bias = conv.isIncludeBias() ? parameter(layer, "bias") : null;
        x = conv2d(conv, x, weight, bias);
        t = conv2d(conv, t, weight, null);
      } else if (layer instanceof LambdaBlock lambda && RELU.equals(lambda.getName())) {
        t = t.mul(x.gt(0).repeat(0, d).toType(t.getDataType(), false));
        x = x.getNDArrayInternal().relu();
      } else if (layer instanceof LambdaBlock) {
        x = layer.forward(store, new NDList(x), false).singletonOrThrow();
        t = layer.forward(store, new NDList(t), false).singletonOrThrow();
      } else {
        throw new IllegalStateException("no tangent rule for the decoder layer " + layer);
      }
    }
    NDArray p = x.getNDArrayInternal().sigmoid();
    NDArray slope = p.mul(p.neg().add(1f)).repeat(0, d);
    return t.mul(slope).reshape(new Shape(n, d, -1));
  }

  private static NDArray conv2d(Conv2d conv, NDArray x, NDArray weight, NDArray bias) {
    return Conv2d.conv2d(
            x, weight, bias, conv.getStride(), conv.getPadding(), conv.getDilation(), conv.getGroups())
        .singletonOrThrow();
  }

  private static NDArray parameter(Block layer, String name) {
    return layer.getParameters().get(name).getArray();
  }
}
