package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The small convolutional classifier whose penultimate features the generation metrics use (the
 * role Inception-v3 plays for FID): two stages of 3x3 convolution (16 and 32 filters), ReLU and
 * 2x2 max pooling, then a fully connected layer of {@code features} units with ReLU (the
 * features), then one linear layer to the class logits.
 *
 * <p>{@link #forward} maps images (N, C, H, W) to {@code [logits (N, K), features (N, F)]}.
 */
public final class ClassifierBlock extends AbstractBlock {

  private static final byte VERSION = 1;
  private static final int[] FILTERS = {16, 32};

  private final InputShape input;
  private final Block features;
  private final Block output;

  public ClassifierBlock(InputShape input, int featureCount, int classes) {
    super(VERSION);
    this.input = input;
    SequentialBlock f = new SequentialBlock();
    for (int filters : FILTERS) {
      f.add(
          Conv2d.builder()
              .setKernelShape(new Shape(3, 3))
              .optPadding(new Shape(1, 1))
              .setFilters(filters)
              .build());
      f.add(CpuShapedLambda.relu());
      f.add(CpuShapedLambda.maxPool2d(new Shape(2, 2), new Shape(2, 2)));
    }
    f.add(CpuShapedLambda.batchFlatten());
    f.add(Linear.builder().setUnits(featureCount).build());
    f.add(CpuShapedLambda.relu());
    this.features = addChildBlock("features", f);
    this.output = addChildBlock("output", Linear.builder().setUnits(classes).build());
    setInitializer(new FanInUniformInitializer(), Parameter.Type.WEIGHT);
  }

  /** Whether an image of this shape survives the two poolings (at least 4 pixels a side). */
  public static boolean fits(InputShape input) {
    return input.height() >= 4 && input.width() >= 4;
  }

  /** Initialises the parameters for the input shape. */
  public void initialize(NDManager manager) {
    initialize(
        manager, DataType.FLOAT32, new Shape(1, input.channels(), input.height(), input.width()));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray f = features.forward(store, inputs, training).singletonOrThrow();
    NDArray logits = output.forward(store, new NDList(f), training).singletonOrThrow();
    return new NDList(logits, f);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape f = features.getOutputShapes(inputShapes)[0];
    return new Shape[] {output.getOutputShapes(new Shape[] {f})[0], f};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    features.initialize(manager, dataType, inputShapes[0]);
    output.initialize(manager, dataType, features.getOutputShapes(inputShapes)[0]);
  }

  /** Number of scalar parameters. */
  public long parameterCount() {
    long count = 0;
    for (var pair : getParameters()) {
      count += pair.getValue().getArray().getShape().size();
    }
    return count;
  }
}
