package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/** The few engine-wide settings the program needs: device choice, seeds, gradient mode. */
public final class Engines {

  private static volatile int servingThreads;
  /**
   * Null until the GPU's first computation ran; then empty, or the sentence saying why the GPU is
   * not used (it failed that computation, or a later one).
   */
  private static volatile String gpuFailure;

  private Engines() {}

  /**
   * From now on, the threads that serve a window (engines that encode, decode, classify) run
   * single-threaded ({@link #threadsOnThisThread}); the window calls this at start. The
   * command line keeps the library's default, all cores.
   */
  public static void serveSingleThreaded() {
    servingThreads = 1;
  }

  /** Sets the calling engine thread's team as {@link #serveSingleThreaded} asked, if it did. */
  public static void serveOnThisThread() {
    if (servingThreads > 0) {
      threadsOnThisThread(servingThreads);
    }
  }

  /**
   * The device to compute on: the first GPU when DJL sees one, it is wanted, and it passed its
   * first computation ({@link GpuCheck}); else the CPU.
   */
  public static Device device(boolean preferGpu) {
    return preferGpu && gpuWorks() ? Device.gpu() : Device.cpu();
  }

  /** Whether DJL sees a GPU and it passed its first computation (checked once a run). */
  public static synchronized boolean gpuWorks() {
    if (Engine.getInstance().getGpuCount() == 0) {
      return false;
    }
    if (gpuFailure == null) {
      String failure =
          GpuCheck.failureOf(
              () -> {
                try (NDManager m = NDManager.newBaseManager(Device.gpu())) {
                  NDArray ones = m.ones(new Shape(2, 2));
                  return ones.matMul(ones).toFloatArray();
                }
              });
      gpuFailure = failure == null ? "" : GpuCheck.sentence(failure);
    }
    return gpuFailure.isEmpty();
  }

  /**
   * Whether {@code error}, from work on {@code device}, is the GPU's failure (a CUDA error, in
   * the words libtorch reports it with), after which the work can go on on the CPU.
   */
  public static boolean isGpuError(Device device, Throwable error) {
    return device.isGpu() && GpuCheck.isCudaError(error);
  }

  /**
   * After {@code error} on {@code device}: when it is the GPU's failure ({@link #isGpuError}), the
   * program leaves the GPU from now on ({@link #gpuFailedDuringRun}) and this returns the failure
   * in brief, for the note that says so; otherwise null, and the error is the caller's to throw.
   */
  public static String leaveGpuAfter(Device device, Throwable error) {
    if (!isGpuError(device, error)) {
      return null;
    }
    String failure = RootCause.brief(error);
    gpuFailedDuringRun(failure);
    return failure;
  }

  /**
   * Leaves the GPU from now on, after a computation on it failed in the middle of a run (a CUDA
   * error: its memory ran out, a kernel failed); what the program does next on its devices runs
   * on the CPU.
   *
   * @param failure the error's first line
   */
  public static synchronized void gpuFailedDuringRun(String failure) {
    gpuFailure = GpuCheck.laterSentence(failure);
  }

  /**
   * Why the work runs on the CPU though another libtorch or the GPU was asked for (the chosen
   * libtorch did not load, or the GPU failed its first computation); null when nothing was refused.
   */
  public static String cpuReason() {
    String instead = System.getenv(EngineReport.CPU_INSTEAD);
    return instead != null && !instead.isBlank() ? instead : gpuFailure();
  }

  /**
   * The sentence for a GPU that failed its first computation or a later one; null when none failed
   * (or none ran yet). It never waits for a check in progress: the window's status bar asks.
   */
  public static String gpuFailure() {
    String failure = gpuFailure;
    return failure == null || failure.isEmpty() ? null : failure;
  }

  /** "GPU 0" or "CPU", for people. */
  public static String describe(Device device) {
    return device.isGpu() ? "GPU " + device.getDeviceId() : "CPU";
  }

  /** The engine's name and version, such as "PyTorch 2.7.1". */
  public static String version() {
    Engine engine = Engine.getInstance();
    return engine.getEngineName() + " " + engine.getVersion();
  }

  /**
   * Seeds the engine's random generator (weights, noise). libtorch seeds the CPU's generator
   * first, then every GPU's, which starts CUDA on them: on a GPU that failed its first computation
   * (its memory full, say) that second part fails again, after the CPU's seed is set, and the run
   * goes on on the CPU.
   */
  public static void seed(long seed) {
    try {
      Engine.getInstance().setRandomSeed((int) (seed ^ (seed >>> 32)));
    } catch (EngineException e) {
      if (Engine.getInstance().getGpuCount() == 0 || gpuWorks()) {
        throw e;
      }
    }
  }

  /**
   * How many threads the calling thread's tensor operations use (its OpenMP team). GNU OpenMP,
   * which libtorch uses, gives every thread that runs a parallel operation a team of its own, and
   * once there are more such threads than cores it stops spinning between operations: one extra
   * thread with a team (a model open for exploring) made training in the same process three
   * times slower (docs/benchmarks.md).
   */
  public static void threadsOnThisThread(int threads) {
    if ("PyTorch".equals(Engine.getInstance().getEngineName())) {
      JniUtils.setNumThreads(threads);
    }
  }

  /**
   * Runs work with one intra-op thread on the calling thread, then restores its count. The CPU
   * libtorch that DJL bundles (2.7.1) computes wrong input gradients of a 3x3 convolution with few
   * output channels, NaN in places and differently from run to run (most often on a kernel's first
   * calls), when the backward pass runs on two threads (measured on these 2 cores with a
   * (8, 32, 32, 32) input and one output channel; Debian's PyTorch 1.13 gets them right): a
   * convolutional model's first update then made every later loss NaN. On one thread the same
   * gradients came out right in every run measured, but with oneDNN limited to AVX2
   * (ONEDNN_MAX_CPU_ISA=AVX2) they were wrong on one thread too: this avoids the defect, it does
   * not explain it.
   */
  public static void singleThreaded(Runnable work) {
    if (!"PyTorch".equals(Engine.getInstance().getEngineName())) {
      work.run();
      return;
    }
    int threads = JniUtils.getNumThreads();
    JniUtils.setNumThreads(1);
    try {
      work.run();
    } finally {
      JniUtils.setNumThreads(threads);
    }
  }

  /** Zeroes the gradient that the engine accumulates for a parameter. */
  public static void zeroGradient(NDArray parameter) {
    JniUtils.zeroGrad((PtNDArray) parameter);
  }

  /**
   * Turns gradient recording off for the calling thread. PyTorch keeps this setting per thread
   * and records by default, so every thread that runs a model calls this once.
   */
  public static void noGradientsOnThisThread() {
    if ("PyTorch".equals(Engine.getInstance().getEngineName())) {
      JniUtils.setGradMode(false);
    }
  }
}
