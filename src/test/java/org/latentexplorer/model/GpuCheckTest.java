package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.djl.engine.EngineException;
import org.junit.jupiter.api.Test;

/** A GPU that fails its first computation leaves the work on the CPU, with the reason in one line. */
class GpuCheckTest {

  @Test
  void aRightProductPasses() {
    assertNull(GpuCheck.failureOf(() -> new float[] {2, 2, 2, 2}));
  }

  @Test
  void aCudaErrorIsItsFirstLine() {
    String failure = GpuCheck.failureOf(() -> {
      throw new EngineException("the first product", new RuntimeException(
          "CUDA error: out of memory\nCUDA kernel errors might be asynchronously reported at some other API call"));
    });
    assertEquals("CUDA error: out of memory", failure);
    assertEquals("the GPU failed its first computation (CUDA error: out of memory): everything runs"
        + " on the CPU", GpuCheck.sentence(failure));
  }

  @Test
  void aLongCudaErrorIsCutAfterItsSecondSentence() {
    assertEquals("CUDA out of memory. Tried to allocate 2.00 MiB.", RootCause.brief(new EngineException(
        "CUDA out of memory. Tried to allocate 2.00 MiB. GPU 0 has a total capacity of 139.80 GiB of"
            + " which 3.56 MiB is free. Process 856 has 139.04 GiB memory in use.\nmore")));
    assertEquals("CUDA error: out of memory", RootCause.brief(new EngineException(
        "CUDA error: out of memory\nSearch for `cudaErrorMemoryAllocation' in https://docs.nvidia.com")));
    assertEquals("One. Two.", RootCause.brief(new RuntimeException("One. Two.")));
  }

  @Test
  void aLaterFailureSaysSo() {
    assertEquals("the GPU failed during the run (CUDA error: out of memory): from then on everything"
        + " runs on the CPU", GpuCheck.laterSentence("CUDA error: out of memory"));
  }

  @Test
  void aWrongProductIsNotTrusted() {
    assertEquals("a product of ones gave [2.0, 2.0, NaN, 2.0]",
        GpuCheck.failureOf(() -> new float[] {2, 2, Float.NaN, 2}));
  }

  @Test
  void withoutAGpuTheCpuIsUsedAndNothingFailed() {
    org.junit.jupiter.api.Assumptions.assumeTrue(ai.djl.engine.Engine.getInstance().getGpuCount() == 0);
    assertEquals(ai.djl.Device.cpu(), Engines.device(true));
    assertNull(Engines.gpuFailure());
    assertNull(EngineReport.now().gpuFailure());
  }
}
