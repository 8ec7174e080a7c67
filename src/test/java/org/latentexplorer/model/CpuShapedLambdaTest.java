package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CpuShapedLambdaTest {

  @ParameterizedTest
  @EnumSource(Architecture.class)
  void everyLayerWithoutParametersOfAnAutoencoderIsSizedOnTheCpu(Architecture arch) {
    ModelSpec spec =
        new ModelSpec(
            ModelKind.VAE, arch, 2, ModelSpec.defaultHidden(arch), new InputShape(1, 28, 28),
            Likelihood.BERNOULLI);
    List<LambdaBlock> lambdas = lambdas(new AutoencoderBlock(spec));
    assertTrue(lambdas.size() >= 3, "the model has activations and a reshape");
    lambdas.forEach(l -> assertEquals(CpuShapedLambda.class, l.getClass(), l.getName()));
  }

  @Test
  void everyLayerWithoutParametersOfTheClassifierIsSizedOnTheCpu() {
    List<LambdaBlock> lambdas = lambdas(new ClassifierBlock(new InputShape(1, 28, 28), 32, 10));
    assertTrue(lambdas.size() >= 3, "the classifier has activations, poolings and a flattening");
    lambdas.forEach(l -> assertEquals(CpuShapedLambda.class, l.getClass(), l.getName()));
  }

  @Test
  void theShapesAndTypesAreThoseOfTheLayersOutput() {
    Block flatten = CpuShapedLambda.batchFlatten();
    assertArrayEquals(new Shape[] {new Shape(2, 48)},
        flatten.getOutputShapes(new Shape[] {new Shape(2, 3, 4, 4)}));
    assertArrayEquals(new DataType[] {DataType.FLOAT32}, flatten.getOutputDataTypes());
    assertArrayEquals(new Shape[] {new Shape(1, 3, 4, 4)},
        CpuShapedLambda.maxPool2d(new Shape(2, 2), new Shape(2, 2))
            .getOutputShapes(new Shape[] {new Shape(1, 3, 8, 8)}));
    assertEquals("ReLU", ((LambdaBlock) CpuShapedLambda.relu()).getName());
  }

  private static List<LambdaBlock> lambdas(Block block) {
    List<LambdaBlock> found = new ArrayList<>();
    if (block instanceof LambdaBlock l) {
      found.add(l);
    }
    for (Block child : block.getChildren().values()) {
      found.addAll(lambdas(child));
    }
    return found;
  }
}
