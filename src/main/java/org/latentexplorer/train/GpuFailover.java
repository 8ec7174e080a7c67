package org.latentexplorer.train;

import ai.djl.Device;
import java.nio.file.Path;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.model.EngineReport;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.ModelException;

/**
 * Where a training run starts and what it does when its GPU fails (a CUDA error: the GPU's
 * memory ran out, a kernel or the driver failed), as it starts or in the middle of the run: the
 * program leaves the GPU from then on, and the run goes on on the CPU from its last checkpoint
 * (from the start when it has none), with one note saying so, instead of ending. Any other error,
 * and any error on the CPU, ends the run as before. A run that starts on the CPU though another
 * libtorch or the GPU was asked for says so once.
 */
final class GpuFailover {

  /** Starts a run on the device asked for. */
  interface Start {
    TrainingRun on(boolean useGpu) throws ModelException, TrainingException;
  }

  private GpuFailover() {}

  /** A new run ({@link TrainingRun#start}), on the CPU when its GPU fails as it starts. */
  static TrainingRun start(DataSplit data, TrainingOptions options, TrainingObserver observer)
      throws ModelException, TrainingException {
    return begin(
        options.useGpu(),
        gpu -> TrainingRun.start(data, options.toBuilder().useGpu(gpu).build(), observer),
        observer);
  }

  /** A saved run continued ({@link TrainingRun#resume}), on the CPU when its GPU fails as it starts. */
  static TrainingRun resume(
      DataSplit data, Path folder, int epochs, boolean useGpu, TrainingObserver observer)
      throws ModelException, TrainingException {
    return begin(useGpu, gpu -> TrainingRun.resume(data, folder, epochs, gpu, observer), observer);
  }

  static TrainingRun begin(boolean useGpu, Start start, TrainingObserver observer)
      throws ModelException, TrainingException {
    TrainingRun run;
    try {
      run = start.on(useGpu);
    } catch (RuntimeException e) {
      String failure =
          useGpu && Engines.gpuWorks() ? Engines.leaveGpuAfter(Device.gpu(), e) : null;
      if (failure == null) {
        throw e;
      }
      run = start.on(false);
      observer.onNote("The GPU failed as training started (" + failure + "): it runs on the CPU.");
      return run;
    }
    String fallback = EngineReport.now().fallback();
    if (fallback != null) {
      observer.onNote(fallback);
    }
    return run;
  }

  /**
   * The run continued on the CPU when the error that stopped its step is its GPU's ({@link
   * TrainingRun#continueOnCpu}); otherwise the error, thrown again.
   */
  static TrainingRun moveToCpu(TrainingRun run, RuntimeException error)
      throws ModelException, TrainingException {
    String failure = Engines.leaveGpuAfter(run.device(), error);
    if (failure == null) {
      throw error;
    }
    return run.continueOnCpu(failure);
  }
}
