package org.latentexplorer.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.latentexplorer.model.InferenceModel;
import org.latentexplorer.model.LatentNetwork;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;

/**
 * One loaded model, owned by one background thread: every DJL call runs there, and callers get
 * plain Java arrays back through futures. Decodes for a live control go through {@link
 * #decodeLatest}, where a newer request supersedes a waiting one.
 *
 * <p>Each request works in its own sub-manager, so native memory does not grow over a long
 * session. The model runs on the first GPU when DJL sees one, else on the CPU; {@link
 * #deviceName} says which. A request that meets a failure of the GPU (a CUDA error) loads the
 * model again on the CPU and runs there, and so does every later one.
 */
public final class LatentEngine implements AutoCloseable {

  /** Images an encode request sends through the network at once. */
  static final int ENCODE_CHUNK = 1000;

  private final ExecutorService executor;
  private final LatestWins<float[]> latestDecode;
  private final LatestWins<Object> latestMeasure;
  private final ModelDescription description;
  private final Path folder;
  private volatile Device device;
  private NDManager manager;
  private LatentNetwork network;
  private volatile Consumer<String> notes = note -> {};
  private final DirectFloats latentBuffer = new DirectFloats();
  private final DirectFloats imageBuffer = new DirectFloats();
  private volatile boolean closed;

  private LatentEngine(
      ExecutorService executor, Path folder, InferenceModel model, NDManager manager) {
    this.executor = executor;
    this.latestDecode = new LatestWins<>(executor);
    this.latestMeasure = new LatestWins<>(executor);
    this.folder = folder;
    this.description = model.description();
    this.network = model.network();
    this.manager = manager;
    this.device = manager.getDevice();
  }

  /**
   * Loads a model folder on a new engine thread, using a GPU when DJL sees one.
   *
   * @throws ModelException when the folder is not a usable model; no thread is left behind
   */
  public static LatentEngine open(Path folder) throws ModelException {
    return open(folder, EngineThread.create("latent-engine"), true);
  }

  /**
   * Loads a model folder on the given executor, which then belongs to the engine (it is shut
   * down on close or on failure). Tests pass a same-thread executor.
   */
  public static LatentEngine open(Path folder, ExecutorService executor, boolean preferGpu)
      throws ModelException {
    return EngineThread.load(
        executor,
        folder,
        preferGpu,
        manager ->
            new LatentEngine(executor, folder, ModelStore.loadForInference(folder, manager), manager));
  }

  public ModelDescription description() {
    return description;
  }

  /** "CPU" or "GPU 0"; it changes when the GPU fails ({@link #hearNotes}). */
  public String deviceName() {
    return Engines.describe(device);
  }

  /**
   * Who hears, on the engine thread, the one sentence saying that the GPU failed (a CUDA error)
   * and the model now runs on the CPU, where the request that met the failure is run again.
   */
  public void hearNotes(Consumer<String> listener) {
    notes = listener;
  }

  public int latentSize() {
    return description.model().latentSize();
  }

  public InputShape inputShape() {
    return description.model().input();
  }

  /** Whether gradients with respect to images can be taken (not for TorchScript models). */
  public boolean hasInputGradients() {
    return network.hasInputGradients();
  }

  public boolean isVae() {
    return description.model().kind() == ModelKind.VAE;
  }

  /**
   * Encodes images into their latent means (and log-variances for a VAE).
   *
   * @param images {@code count} images, flat, in the model's input shape
   * @param count how many
   * @param progress told the fraction done after each chunk (on the engine thread), or null
   */
  public CompletableFuture<Encoding> encode(float[] images, int count, DoubleConsumer progress) {
    int size = inputShape().size();
    if (images.length != count * size) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException(
              images.length + " values are not " + count + " images of " + inputShape()));
    }
    return submit(() -> encodeNow(images, count, progress));
  }

  /** Decodes one latent point into pixels in [0, 1], in the model's input shape. */
  public CompletableFuture<float[]> decode(float[] z) {
    float[] copy = checkLatent(z);
    return submit(() -> decodeNow(new float[][] {copy})[0]);
  }

  /** Decodes many latent points in one pass. */
  public CompletableFuture<float[][]> decodeAll(float[][] zs) {
    float[][] copies = new float[zs.length][];
    for (int i = 0; i < zs.length; i++) {
      copies[i] = checkLatent(zs[i]);
    }
    return submit(() -> decodeNow(copies));
  }

  /**
   * Decodes for a live control: a newer call supersedes this one while it still waits, and the
   * superseded future is cancelled.
   */
  public CompletableFuture<float[]> decodeLatest(float[] z) {
    float[] copy = checkLatent(z);
    return latestDecode.submit(() -> guarded(() -> decodeNow(new float[][] {copy})[0]));
  }

  /** Encodes one image and decodes its mean: the model's reconstruction. */
  public CompletableFuture<float[]> reconstruct(float[] image) {
    if (image.length != inputShape().size()) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("the image does not have the model's input shape"));
    }
    float[] copy = image.clone();
    return submit(
        () -> {
          Encoding e = encodeNow(copy, 1, null);
          return decodeNow(new float[][] {e.mean(0)})[0];
        });
  }

  /**
   * Runs work on the engine thread with the network and a sub-manager that is closed afterwards:
   * for the measuring classes of this package, which return plain Java arrays.
   */
  <T> CompletableFuture<T> withNetwork(BiFunction<LatentNetwork, NDManager, T> work) {
    return submit(
        () -> {
          try (NDManager sub = manager.newSubManager()) {
            return work.apply(network, sub);
          }
        });
  }

  /**
   * As {@link #withNetwork}, for a measure that follows a live control: a newer call supersedes
   * this one while it still waits, and the superseded future is cancelled.
   */
  @SuppressWarnings("unchecked")
  <T> CompletableFuture<T> withNetworkLatest(BiFunction<LatentNetwork, NDManager, T> work) {
    if (closed) {
      return CompletableFuture.failedFuture(new IllegalStateException("the engine is closed"));
    }
    return (CompletableFuture<T>)
        latestMeasure.submit(
            () ->
                guarded(
                    () -> {
                      try (NDManager sub = manager.newSubManager()) {
                        return work.apply(network, sub);
                      }
                    }));
  }

  /** Frees the model and stops the thread; waiting requests fail. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    EngineThread.release(executor, this::free);
  }

  private void free() {
    network.close();
    manager.close();
  }

  private <T> CompletableFuture<T> submit(Supplier<T> work) {
    if (closed) {
      return CompletableFuture.failedFuture(new IllegalStateException("the engine is closed"));
    }
    BriefSpin.Future<T> future = new BriefSpin.Future<>();
    try {
      executor.execute(
          () -> {
            try {
              future.complete(guarded(work));
            } catch (Throwable t) {
              future.completeExceptionally(
                  t instanceof CompletionException ? t : new CompletionException(t));
            }
          });
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
    return future;
  }

  private <T> T guarded(Supplier<T> work) {
    if (closed) {
      throw new IllegalStateException("the engine is closed");
    }
    Engines.noGradientsOnThisThread();
    try {
      return work.get();
    } catch (RuntimeException e) {
      String failure = Engines.leaveGpuAfter(device, e);
      if (failure == null || !reloadOnCpu(failure)) {
        throw e;
      }
      return work.get();
    }
  }

  /**
   * Loads the model again on the CPU after a failure of its GPU, which the program leaves from
   * then on ({@link Engines#gpuFailedDuringRun}); on the engine thread.
   *
   * @return whether the model could be loaded there
   */
  boolean reloadOnCpu(String failure) {
    NDManager cpu = NDManager.newBaseManager(Device.cpu());
    InferenceModel model;
    try {
      model = ModelStore.loadForInference(folder, cpu);
    } catch (ModelException | RuntimeException e) {
      cpu.close();
      return false;
    }
    LatentNetwork oldNetwork = network;
    NDManager oldManager = manager;
    network = model.network();
    manager = cpu;
    device = cpu.getDevice();
    try {
      oldNetwork.close();
      oldManager.close();
    } catch (RuntimeException e) {
      // the GPU's memory is beyond reach after such a failure; the CPU's copy is what counts
    }
    notes.accept("The GPU failed (" + failure + "): the model " + folder.getFileName()
        + " runs on the CPU from now on.");
    return true;
  }

  private float[] checkLatent(float[] z) {
    if (z.length != latentSize()) {
      throw new IllegalArgumentException(
          "z has " + z.length + " values; the model's latent has " + latentSize());
    }
    for (float v : z) {
      if (!Float.isFinite(v)) {
        throw new IllegalArgumentException("z holds " + v + "; every value must be finite");
      }
    }
    return z.clone();
  }

  private Encoding encodeNow(float[] images, int count, DoubleConsumer progress) {
    InputShape in = inputShape();
    int size = in.size();
    int latent = latentSize();
    float[] means = new float[count * latent];
    float[] logVariances = isVae() ? new float[count * latent] : null;
    for (int from = 0; from < count; from += ENCODE_CHUNK) {
      org.latentexplorer.model.NativeExit.checkNotExiting();
      int n = Math.min(ENCODE_CHUNK, count - from);
      try (NDManager sub = manager.newSubManager()) {
        NDArray x =
            sub.create(
                imageBuffer.fill(images, from * size, n * size),
                new Shape(n, in.channels(), in.height(), in.width()),
                DataType.FLOAT32);
        NDList encoded = network.encode(x);
        System.arraycopy(encoded.get(0).toFloatArray(), 0, means, from * latent, n * latent);
        if (logVariances != null) {
          System.arraycopy(
              encoded.get(1).toFloatArray(), 0, logVariances, from * latent, n * latent);
        }
      }
      if (progress != null) {
        progress.accept((double) Math.min(count, from + n) / count);
      }
    }
    return new Encoding(count, latent, means, logVariances);
  }

  private float[][] decodeNow(float[][] zs) {
    int latent = latentSize();
    int size = inputShape().size();
    float[] flat = zs.length == 1 ? zs[0] : new float[zs.length * latent];
    if (zs.length > 1) {
      for (int i = 0; i < zs.length; i++) {
        System.arraycopy(zs[i], 0, flat, i * latent, latent);
      }
    }
    float[][] out = new float[zs.length][size];
    try (NDManager sub = manager.newSubManager()) {
      NDArray z =
          sub.create(
              latentBuffer.fill(flat, 0, flat.length),
              new Shape(zs.length, latent),
              DataType.FLOAT32);
      NDArray pixels = network.decode(z);
      FloatBuffer values = pixels.toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer();
      for (float[] image : out) {
        values.get(image);
      }
    }
    return out;
  }
}
