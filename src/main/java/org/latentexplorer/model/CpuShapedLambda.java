package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.pooling.Pool;
import java.util.function.Function;

/**
 * A layer without parameters (an activation, a reshape) that finds its output's shape with zeros
 * made on the CPU. DJL's own {@link LambdaBlock} makes them on its default device, the first GPU
 * whenever DJL sees one, however the model is to run: building a model for the CPU touched the
 * GPU, and failed when the GPU's memory was full (seen on a lent H200), so training could not go
 * on on the CPU. Names and saved parameters are those of a {@link LambdaBlock}.
 */
final class CpuShapedLambda extends LambdaBlock {

  private final Function<NDList, NDList> function;

  CpuShapedLambda(Function<NDList, NDList> function, String name) {
    super(function, name);
    this.function = function;
  }

  static Block relu() {
    return new CpuShapedLambda(Activation::relu, "ReLU");
  }

  static Block batchFlatten() {
    return new CpuShapedLambda(
        list -> new NDList(Blocks.batchFlatten(list.singletonOrThrow())), "batchFlatten");
  }

  static Block maxPool2d(Shape kernel, Shape stride) {
    return new CpuShapedLambda(
        list -> new NDList(Pool.maxPool2d(list.singletonOrThrow(), kernel, stride, new Shape(0, 0), false)),
        "maxPool2d");
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
      NDList input = new NDList(inputShapes.length);
      for (Shape shape : inputShapes) {
        input.add(manager.zeros(shape));
      }
      NDList output = function.apply(input);
      Shape[] shapes = new Shape[output.size()];
      DataType[] types = new DataType[output.size()];
      for (int i = 0; i < output.size(); i++) {
        shapes[i] = output.get(i).getShape();
        types[i] = output.get(i).getDataType();
      }
      outputDataTypes = types;
      return shapes;
    }
  }
}
