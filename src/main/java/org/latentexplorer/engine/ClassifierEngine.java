package org.latentexplorer.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.latentexplorer.model.ClassifierBlock;
import org.latentexplorer.model.ClassifierDescription;
import org.latentexplorer.model.ClassifierStore;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.ModelException;

/**
 * A trained classifier on a thread of its own, as {@link LatentEngine} holds an autoencoder:
 * images in, penultimate features and class logits out, as plain arrays. Each request works in a
 * sub-manager.
 */
public final class ClassifierEngine implements AutoCloseable {

  private static final int CHUNK = 1000;

  private final ExecutorService executor;
  private NDManager manager;
  private ClassifierBlock block;
  private ParameterStore store;
  private final ClassifierDescription description;
  private final Path folder;
  private volatile boolean closed;

  private ClassifierEngine(
      ExecutorService executor, NDManager manager, ClassifierStore.Loaded loaded, Path folder) {
    this.executor = executor;
    this.manager = manager;
    this.block = loaded.block();
    this.description = loaded.description();
    this.store = new ParameterStore(manager, false);
    this.folder = folder;
  }

  /** Loads a classifier folder on a new thread, on the GPU when DJL sees one. */
  public static ClassifierEngine open(Path folder) throws ModelException {
    ExecutorService executor = EngineThread.create("classifier-engine");
    return EngineThread.load(
        executor,
        folder,
        true,
        manager ->
            new ClassifierEngine(executor, manager, ClassifierStore.load(folder, manager), folder));
  }

  public ClassifierDescription description() {
    return description;
  }

  public Path folder() {
    return folder;
  }

  /**
   * The classifier's view of some images.
   *
   * @param count how many images
   * @param featureSize the width of the feature layer
   * @param features {@code count} rows of features, flat
   * @param classes how many classes
   * @param logits {@code count} rows of class logits, flat
   */
  public record Outputs(int count, int featureSize, float[] features, int classes, float[] logits) {

    /** The features as rows, as the Fréchet distance takes them. */
    public float[][] featureRows() {
      float[][] rows = new float[count][];
      for (int i = 0; i < count; i++) {
        rows[i] = java.util.Arrays.copyOfRange(features, i * featureSize, (i + 1) * featureSize);
      }
      return rows;
    }

    /** The logits as rows in double precision, as the score takes them. */
    public double[][] logitRows() {
      double[][] rows = new double[count][classes];
      for (int i = 0; i < count; i++) {
        for (int k = 0; k < classes; k++) {
          rows[i][k] = logits[i * classes + k];
        }
      }
      return rows;
    }

    /** The most likely class of each image. */
    public int[] predictions() {
      int[] out = new int[count];
      for (int i = 0; i < count; i++) {
        int best = 0;
        for (int k = 1; k < classes; k++) {
          if (logits[i * classes + k] > logits[i * classes + best]) {
            best = k;
          }
        }
        out[i] = best;
      }
      return out;
    }
  }

  /** Features and logits of {@code count} images in the classifier's input shape. */
  public CompletableFuture<Outputs> classify(float[] images, int count) {
    InputShape in = description.input();
    if (images.length != (long) count * in.size()) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException(
              images.length + " values are not " + count + " images of " + in
                  + " (the classifier's input)"));
    }
    if (closed) {
      return CompletableFuture.failedFuture(new IllegalStateException("the classifier is closed"));
    }
    return CompletableFuture.supplyAsync(() -> classifyOrMove(images, count, in), executor);
  }

  /** Classifies; after a failure of the GPU, loads the classifier on the CPU and again there. */
  private Outputs classifyOrMove(float[] images, int count, InputShape in) {
    try {
      return classifyNow(images, count, in);
    } catch (RuntimeException e) {
      if (Engines.leaveGpuAfter(manager.getDevice(), e) == null || !reloadOnCpu()) {
        throw e;
      }
      return classifyNow(images, count, in);
    }
  }

  /** Loads the classifier again on the CPU, on the engine thread; whether it could be. */
  boolean reloadOnCpu() {
    NDManager cpu = NDManager.newBaseManager(Device.cpu());
    try {
      block = ClassifierStore.load(folder, cpu).block();
    } catch (ModelException | RuntimeException e) {
      cpu.close();
      return false;
    }
    NDManager gpu = manager;
    manager = cpu;
    store = new ParameterStore(cpu, false);
    try {
      gpu.close();
    } catch (RuntimeException e) {
      // what the failed GPU held is out of reach; the CPU's copy is what counts
    }
    return true;
  }

  /** Runs work on the engine thread (for tests). */
  <T> CompletableFuture<T> onThread(java.util.function.Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, executor);
  }

  /** Where the classifier runs. */
  Device device() {
    return manager.getDevice();
  }

  private Outputs classifyNow(float[] images, int count, InputShape in) {
    Engines.noGradientsOnThisThread();
    int f = description.features();
    int k = description.classes();
    float[] features = new float[count * f];
    float[] logits = new float[count * k];
    for (int from = 0; from < count; from += CHUNK) {
      org.latentexplorer.model.NativeExit.checkNotExiting();
      int n = Math.min(CHUNK, count - from);
      try (NDManager sub = manager.newSubManager()) {
        float[] chunk =
            java.util.Arrays.copyOfRange(images, from * in.size(), (from + n) * in.size());
        NDList out =
            block.forward(
                store,
                new NDList(
                    sub.create(chunk, new Shape(n, in.channels(), in.height(), in.width()))),
                false);
        System.arraycopy(out.get(0).toFloatArray(), 0, logits, from * k, n * k);
        System.arraycopy(out.get(1).toFloatArray(), 0, features, from * f, n * f);
      }
    }
    return new Outputs(count, f, features, k, logits);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    EngineThread.release(executor, () -> manager.close());
  }
}
