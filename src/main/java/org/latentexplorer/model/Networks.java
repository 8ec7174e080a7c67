package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/** Builds the encoder and decoder networks a {@link ModelSpec} describes. */
final class Networks {

  private Networks() {}

  /** The encoder: image (N, C, H, W) to (N, L) for an AE or (N, 2L) means then log-variances. */
  static Block encoder(ModelSpec spec) {
    int out = spec.kind() == ModelKind.VAE ? 2 * spec.latentSize() : spec.latentSize();
    SequentialBlock encoder = new SequentialBlock();
    if (spec.architecture() == Architecture.CONV) {
      List<Integer> filters = spec.convFilters();
      int stages = convStages(spec.input(), filters.size());
      for (int s = 0; s < stages; s++) {
        encoder.add(
            Conv2d.builder()
                .setKernelShape(new Shape(4, 4))
                .optStride(new Shape(2, 2))
                .optPadding(new Shape(1, 1))
                .setFilters(filters.get(s))
                .build());
        encoder.add(CpuShapedLambda.relu());
      }
    }
    encoder.add(CpuShapedLambda.batchFlatten());
    for (int width : spec.hidden()) {
      encoder.add(Linear.builder().setUnits(width).build());
      encoder.add(CpuShapedLambda.relu());
    }
    encoder.add(Linear.builder().setUnits(out).build());
    return encoder;
  }

  /** The decoder: z (N, L) to logits (N, C, H, W). */
  static Block decoder(ModelSpec spec) {
    InputShape in = spec.input();
    SequentialBlock decoder = new SequentialBlock();
    for (int i = spec.hidden().size() - 1; i >= 0; i--) {
      decoder.add(Linear.builder().setUnits(spec.hidden().get(i)).build());
      decoder.add(CpuShapedLambda.relu());
    }
    if (spec.architecture() == Architecture.MLP) {
      decoder.add(Linear.builder().setUnits(in.size()).build());
      decoder.add(reshape(in.channels(), in.height(), in.width()));
      return decoder;
    }
    List<Integer> filters = spec.convFilters();
    int stages = convStages(in, filters.size());
    int h = in.height() >> stages;
    int w = in.width() >> stages;
    int inner = filters.get(stages - 1);
    decoder.add(Linear.builder().setUnits((long) inner * h * w).build());
    decoder.add(CpuShapedLambda.relu());
    decoder.add(reshape(inner, h, w));
    for (int s = stages - 1; s >= 0; s--) {
      boolean last = s == 0;
      decoder.add(upsample2x());
      decoder.add(
          Conv2d.builder()
              .setKernelShape(new Shape(3, 3))
              .optPadding(new Shape(1, 1))
              .setFilters(last ? in.channels() : filters.get(s - 1))
              .build());
      if (!last) {
        decoder.add(CpuShapedLambda.relu());
      }
    }
    return decoder;
  }

  /**
   * How many times the image is halved: while the side stays even and at least 4, at most once
   * per filter stage (with four: 28 gives 14, 7; 64 gives 32, 16, 8, 4; 96 gives 48, 24, 12, 6;
   * 8 gives 4).
   */
  static int convStages(InputShape in, int maxStages) {
    int stages = 0;
    int h = in.height();
    int w = in.width();
    while (stages < maxStages && h % 2 == 0 && w % 2 == 0 && h / 2 >= 4 && w / 2 >= 4) {
      h /= 2;
      w /= 2;
      stages++;
    }
    return Math.max(1, stages);
  }

  private static Block reshape(int c, int h, int w) {
    return new CpuShapedLambda(
        list -> new NDList(list.singletonOrThrow().reshape(-1, c, h, w)), "reshape");
  }

  private static Block upsample2x() {
    return new CpuShapedLambda(
        list -> {
          NDArray x = list.singletonOrThrow();
          return new NDList(x.repeat(2, 2).repeat(3, 2));
        },
        "upsample");
  }
}
