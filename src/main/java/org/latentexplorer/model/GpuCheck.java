package org.latentexplorer.model;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The first computation on a GPU that DJL reports, once a run: a product of two 2 x 2 matrices
 * of ones, read back. A CUDA error there (a GPU whose memory is full, a driver that does not
 * answer, a libtorch built for other GPUs) or a wrong result leaves every computation on the CPU,
 * with one sentence saying why, instead of failing the run at its first step.
 */
final class GpuCheck {

  /** Words that CUDA's and its libraries' errors, as libtorch reports them, contain. */
  private static final Pattern CUDA_ERROR =
      Pattern.compile("(?i)\\b(cuda|cudnn|cublas|cufft|curand|cusolver|cusparse|nccl)|device-side");

  private GpuCheck() {}

  /** Whether the failure's first line is a CUDA error's. */
  static boolean isCudaError(Throwable failure) {
    return CUDA_ERROR.matcher(RootCause.firstLine(failure)).find();
  }

  /** Why the product cannot be trusted, or null when it ran and gave 2 in every place. */
  static String failureOf(Supplier<float[]> productOfOnes) {
    try {
      float[] product = productOfOnes.get();
      if (Arrays.equals(product, new float[] {2, 2, 2, 2})) {
        return null;
      }
      return "a product of ones gave " + Arrays.toString(product);
    } catch (RuntimeException | LinkageError e) {
      return RootCause.brief(e);
    }
  }

  /** The sentence for a GPU that failed its first computation. */
  static String sentence(String failure) {
    return "the GPU failed its first computation (" + failure + "): everything runs on the CPU";
  }

  /** The sentence for a GPU that failed in the middle of a run, after its first computation. */
  static String laterSentence(String failure) {
    return "the GPU failed during the run (" + failure + "): from then on everything runs on the CPU";
  }
}
