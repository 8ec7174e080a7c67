package org.latentexplorer.train;

import ai.djl.Device;
import java.util.regex.Pattern;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.model.RootCause;

/**
 * What training does when its GPU fails in the middle of a run (a CUDA error: the GPU's memory
 * ran out, a kernel or the driver failed): the program leaves the GPU from then on, and the run
 * goes on on the CPU from its last checkpoint, with one note saying so, instead of ending. Any
 * other error, and any error on the CPU, ends the run as before.
 */
final class GpuFailover {

  /** Words that CUDA's and its libraries' errors, as libtorch reports them, contain. */
  private static final Pattern GPU_ERROR =
      Pattern.compile("(?i)\\b(cuda|cudnn|cublas|cufft|curand|cusolver|cusparse|nccl)|device-side");

  private GpuFailover() {}

  /** Whether {@code error}, which stopped a step on {@code device}, is the GPU's failure. */
  static boolean isGpuError(Device device, Throwable error) {
    return device.isGpu() && GPU_ERROR.matcher(RootCause.firstLine(error)).find();
  }

  /**
   * The run continued on the CPU when the error is its GPU's ({@link
   * TrainingRun#continueOnCpu}); otherwise the error, thrown again.
   */
  static TrainingRun moveToCpu(TrainingRun run, RuntimeException error)
      throws ModelException, TrainingException {
    if (!isGpuError(run.device(), error)) {
      throw error;
    }
    String failure = RootCause.firstLine(error);
    Engines.gpuFailedDuringRun(failure);
    return run.continueOnCpu(failure);
  }
}
