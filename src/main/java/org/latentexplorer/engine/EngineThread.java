package org.latentexplorer.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.model.NativeExit;

/**
 * The one thread that owns a loaded network, and loading a network onto it. Its operation under
 * way is finished before the process exits ({@link NativeExit}).
 */
final class EngineThread {

  private static final AtomicInteger THREADS = new AtomicInteger();

  /** Builds what owns the network from a fresh base manager, on the engine thread. */
  interface Loader<T> {
    T load(NDManager manager) throws ModelException;
  }

  private EngineThread() {}

  /** A daemon thread named {@code name-N}; it looks for its next task awhile ({@link BriefSpin}). */
  static ExecutorService create(String name) {
    ThreadPoolExecutor executor = new ThreadPoolExecutor(
        1,
        1,
        0,
        TimeUnit.MILLISECONDS,
        new BriefSpin.Queue(),
        r -> {
          Thread t = new Thread(r, name + "-" + THREADS.incrementAndGet());
          t.setDaemon(true);
          return t;
        }) {
      @Override
      protected void terminated() {
        NativeExit.forget(this);
      }
    };
    NativeExit.register(executor, null);
    return executor;
  }

  /**
   * Runs the loader on the executor with a new base manager on the chosen device, and again on
   * the CPU when the GPU fails (a CUDA error: its memory full, say). On failure the manager is
   * closed and the executor shut down, so nothing is left behind.
   */
  static <T> T load(ExecutorService executor, Path folder, boolean preferGpu, Loader<T> loader)
      throws ModelException {
    try {
      return CompletableFuture.supplyAsync(
              () -> {
                Engines.noGradientsOnThisThread();
                Engines.serveOnThisThread();
                Device device = Engines.device(preferGpu);
                try {
                  return loadOn(device, loader);
                } catch (RuntimeException e) {
                  if (Engines.leaveGpuAfter(device, e) == null) {
                    throw e;
                  }
                  return loadOn(Device.cpu(), loader);
                }
              },
              executor)
          .get();
    } catch (ExecutionException e) {
      executor.shutdown();
      Throwable cause = e.getCause();
      if (cause instanceof ModelException m) {
        throw m;
      }
      throw new ModelException(folder, "cannot be loaded: " + cause, cause);
    } catch (InterruptedException e) {
      executor.shutdown();
      Thread.currentThread().interrupt();
      throw new ModelException(folder, "loading was interrupted", e);
    }
  }

  private static <T> T loadOn(Device device, Loader<T> loader) {
    NDManager manager = NDManager.newBaseManager(device);
    try {
      return loader.load(manager);
    } catch (ModelException e) {
      manager.close();
      throw new CompletionException(e);
    } catch (RuntimeException | Error e) {
      manager.close();
      throw e;
    }
  }

  /**
   * Frees what the thread owns after the work already queued (or at once when the thread no
   * longer takes work), then lets the thread end.
   */
  static void release(ExecutorService executor, Runnable free) {
    try {
      executor.execute(free);
    } catch (RuntimeException e) {
      free.run();
    }
    executor.shutdown();
  }
}
