package org.latentexplorer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.RandomOrder;
import org.latentexplorer.model.AutoencoderBlock;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.FanInUniformInitializer;
import org.latentexplorer.model.FolderLock;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.LoadedModel;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.SettingChange;
import org.latentexplorer.model.TrainingInfo;

/**
 * One training run of an AE or VAE, taken a step (one batch) at a time, so that the command line
 * can loop over it and the window can pause it, change beta between steps, look at the model, and
 * alternate two runs on one thread. After the last step of each epoch it measures the held-out
 * data and writes a checkpoint (a complete model folder, atomically).
 *
 * <p>Each epoch re-seeds the shuffle and the VAE noise from the run's seed and the epoch number,
 * with generators of its own, so a run gives the same numbers however it is driven, and a resumed
 * run continues exactly (on the CPU). Everything, construction included, runs on one thread.
 */
public final class TrainingRun implements AutoCloseable {

  private final NDManager base;
  private final AutoencoderBlock block;
  private final BatchArithmetic arithmetic;
  private final AdamOptimizer adam;
  private final TrainingObserver observer;
  private final DataSplit data;
  private final TrainingInfo info;
  private final String dataName;
  private final Path out;
  private final List<EpochRecord> history;
  private final NDArray trainX;
  private final NDArray heldOutX;
  private final int n;
  private final int batch;
  private final int batches;
  private double beta;
  private int warmupEpochs;
  private List<SettingChange> changes = new ArrayList<>();
  private int epoch;
  private int nextBatch;
  private long step;
  private int[] order;
  private Random noise;
  private double reconSum;
  private double klSum;
  private long epochStart;
  private ModelDescription description;
  private FolderLock lock;
  private TrainingOptions options;

  private TrainingRun(
      NDManager base, AutoencoderBlock block, NDList optimizerState, List<EpochRecord> history,
      TrainingInfo info, String dataName, Path out, DataSplit data, TrainingObserver observer) {
    this.base = base;
    this.block = block;
    this.observer = observer;
    this.data = data;
    this.info = info;
    this.dataName = dataName;
    this.out = out;
    this.history = history;
    List<NDArray> weights = new ArrayList<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      NDArray w = p.getValue().getArray();
      w.setRequiresGradient(true);
      weights.add(w);
    }
    adam = new AdamOptimizer(weights, (float) info.learningRate(), optimizerState);
    arithmetic = new BatchArithmetic(base, block, new ParameterStore(base, false));
    beta = info.beta();
    warmupEpochs = info.warmupEpochs();
    ImageSet train = data.train();
    ImageSet heldOut = data.heldOut();
    trainX = base.create(train.pixels(), BatchArithmetic.batchShape(block.spec(), train.size()));
    heldOutX = base.create(heldOut.pixels(), BatchArithmetic.batchShape(block.spec(), heldOut.size()));
    n = train.size();
    batch = Math.min(info.batchSize(), n);
    batches = (n + batch - 1) / batch;
    epoch = history.size() + 1;
    step = (long) history.size() * batches;
    observer.onStart(epoch, info.epochs(), batches, Engines.describe(base.getDevice()));
  }

  /**
   * A new run, with fresh weights from the options' seed ({@link GpuFailover#start} also moves it
   * to the CPU when its GPU fails as it starts).
   */
  public static TrainingRun start(DataSplit data, TrainingOptions options, TrainingObserver observer)
      throws TrainingException, ModelException {
    List<String> problems = options.problems();
    if (!problems.isEmpty()) {
      throw new TrainingException(String.join("; ", problems));
    }
    ImageSet train = data.train();
    List<Integer> hidden =
        options.hidden() == null || options.hidden().isEmpty()
            ? ModelSpec.defaultHidden(options.architecture())
            : options.hidden();
    ModelSpec spec =
        new ModelSpec(
            options.kind(), options.architecture(), options.latentSize(), hidden,
            new InputShape(train.channels(), train.height(), train.width()), options.likelihood())
            .withFilters(options.filters());
    if (!spec.problems().isEmpty()) {
      throw new TrainingException(String.join("; ", spec.problems()));
    }
    FolderLock lock = FolderLock.acquire(options.out(), observer::onNote);
    Engines.noGradientsOnThisThread();
    Device device = Engines.device(options.useGpu());
    NDManager base = NDManager.newBaseManager(device);
    try {
      Engines.seed(options.seed());
      AutoencoderBlock block = new AutoencoderBlock(spec);
      Random init = new Random(options.seed());
      block.setInitializer(new FanInUniformInitializer(init), Parameter.Type.WEIGHT);
      block.initialize(base);
      FanInUniformInitializer.initializeBiases(block, init);
      boolean vae = options.kind() == ModelKind.VAE;
      TrainingInfo info =
          new TrainingInfo(
              options.epochs(), options.batchSize(), options.learningRate(), options.seed(),
              vae ? options.beta() : 0, vae ? options.warmupEpochs() : 0, device.toString(),
              options.command());
      TrainingRun run =
          new TrainingRun(
              base, block, null, new ArrayList<>(), info, options.data(), options.out(), data,
              observer);
      run.lock = lock;
      run.options = options;
      return run;
    } catch (RuntimeException e) {
      base.close();
      lock.close();
      throw e;
    }
  }

  /**
   * Continues the run saved in a model folder up to {@code epochs} epochs in all (0: the number
   * recorded); {@link GpuFailover#resume} also moves it to the CPU when its GPU fails.
   */
  public static TrainingRun resume(
      DataSplit data, Path folder, int epochs, boolean useGpu, TrainingObserver observer)
      throws ModelException {
    ModelStore.readDescription(folder);
    FolderLock lock = FolderLock.acquire(folder, observer::onNote);
    Engines.noGradientsOnThisThread();
    NDManager base = NDManager.newBaseManager(Engines.device(useGpu));
    try {
      LoadedModel loaded = ModelStore.load(folder, base, true);
      ModelDescription d = loaded.description();
      InputShape in = d.model().input();
      data = data.withoutClassesNamed(d.data().excludedClasses());
      ImageSet train = data.train();
      if (train.channels() != in.channels() || train.height() != in.height()
          || train.width() != in.width()) {
        throw new ModelException(
            folder, "the model takes " + in + " images but the data holds " + train.describe());
      }
      TrainingInfo t = d.training();
      TrainingInfo info =
          new TrainingInfo(
              epochs > 0 ? epochs : t.epochs(), t.batchSize(), t.learningRate(), t.seed(),
              t.beta(), t.warmupEpochs(), base.getDevice().toString(), t.command());
      if (loaded.optimizerState() == null) {
        observer.onNote("No optimizer state in " + folder + ": Adam restarts from zero moments.");
      }
      TrainingRun run =
          new TrainingRun(
              base, loaded.block(), loaded.optimizerState(), new ArrayList<>(d.history()), info,
              d.data().name(), folder, data, observer);
      if (!d.history().isEmpty()) {
        EpochRecord last = d.history().get(d.history().size() - 1);
        if (last.changes() != null && !last.changes().isEmpty()) {
          SettingChange c = last.changes().get(last.changes().size() - 1);
          run.beta = c.beta();
          run.warmupEpochs = c.warmupEpochs();
        }
      }
      run.lock = lock;
      return run;
    } catch (ModelException | RuntimeException e) {
      base.close();
      lock.close();
      throw e;
    }
  }

  /**
   * This run, which a failure of its GPU stopped, continued on the CPU: from its last checkpoint,
   * or from the start when it had written none (the same seed gives the same run there). This
   * run is closed first; the new one has the same observer, beta and warm-up, and says why it
   * moved.
   *
   * @param failure the GPU's error, in one line
   */
  TrainingRun continueOnCpu(String failure) throws ModelException, TrainingException {
    String where = "epoch " + epoch + ", step " + (nextBatch + 1);
    close();
    TrainingRun cpu;
    String how;
    if (options != null && description == null) {
      cpu = start(data, options.toBuilder().useGpu(false).build(), observer);
      how = "training starts again on the CPU (no epoch had finished)";
    } else {
      cpu = resume(data, out, info.epochs(), false, observer);
      cpu.description = description;
      cpu.options = options;
      how = "training goes on on the CPU from the checkpoint after epoch " + (cpu.epoch - 1);
    }
    cpu.setBeta(beta, warmupEpochs);
    observer.onNote("The GPU failed at " + where + " (" + failure + "): " + how + ".");
    return cpu;
  }

  /** Whether every epoch asked for is done. */
  public boolean isDone() {
    return epoch > info.epochs();
  }

  /**
   * Trains on one batch; after an epoch's last batch, measures the held-out data, writes the
   * checkpoint and tells the observer.
   *
   * @return false when there was nothing left to do
   */
  public boolean step() throws IOException, TrainingException {
    if (isDone()) {
      return false;
    }
    if (nextBatch == 0) {
      Engines.seed(info.seed() * 1_000_003L + epoch);
      order = RandomOrder.of(n, new Random(info.seed() * 31 + epoch));
      noise = new Random(info.seed() * 1_000_003L + epoch);
      reconSum = 0;
      klSum = 0;
      epochStart = System.nanoTime();
    }
    int b = nextBatch;
    int from = b * batch;
    int to = Math.min(n, from + batch);
    double w = weightAt(epoch - 1 + (double) b / batches);
    float[] terms = arithmetic.train(adam, trainX, order, from, to, (float) w, noise);
    if (!Float.isFinite(terms[0]) || !Float.isFinite(terms[1])) {
      throw new TrainingException(
          "the loss became " + (terms[0] + terms[1]) + " at epoch " + epoch + ", step " + (b + 1)
              + "; the last checkpoint (" + history.size() + " epochs) is kept in " + out
              + ". Try a smaller --lr.");
    }
    reconSum += terms[0];
    klSum += terms[1];
    step++;
    nextBatch++;
    int images = to - from;
    observer.onStep(
        new StepRecord(step, epoch, b + 1, batches, images, terms[0] / images, terms[1] / images, w));
    observer.onBatch(epoch, b + 1, (terms[0] + w * terms[1]) / images);
    if (nextBatch == batches) {
      finishEpoch();
    }
    return true;
  }

  private double weightAt(double epochProgress) {
    return block.spec().kind() == ModelKind.VAE
        ? new BetaSchedule(beta, warmupEpochs).at(epochProgress)
        : 0;
  }

  private void finishEpoch() throws IOException {
    double seconds = (System.nanoTime() - epochStart) / 1e9;
    double[] test =
        arithmetic.evaluate(heldOutX, data.heldOut().size(), new Random(info.seed() + epoch));
    EpochRecord record =
        new EpochRecord(
            epoch, weightAt(epoch), reconSum / n, klSum / n, (reconSum + klSum) / n, test[0],
            test[1], test[0] + test[1], seconds, changes.isEmpty() ? null : List.copyOf(changes));
    history.add(record);
    ModelDescription d = Checkpoints.describe(block.spec(), data, dataName, info, history);
    try (NDManager scratch = base.newSubManager()) {
      description = ModelStore.save(out, block, d, adam.state(scratch));
    }
    changes = new ArrayList<>();
    nextBatch = 0;
    epoch++;
    observer.onEpoch(record);
  }

  /**
   * Changes the KL weight from the next step on, recorded in the epoch's history (a VAE only).
   *
   * @param newBeta the final weight
   * @param newWarmup epochs of linear warm-up from the start of the run
   * @return the change as recorded, or null when nothing changed (an AE, or the same values)
   */
  public SettingChange setBeta(double newBeta, int newWarmup) {
    if (block.spec().kind() != ModelKind.VAE || (newBeta == beta && newWarmup == warmupEpochs)) {
      return null;
    }
    if (!(newBeta >= 0) || Double.isInfinite(newBeta) || newWarmup < 0) {
      throw new IllegalArgumentException("beta must be 0 or more and the warm-up at least 0");
    }
    beta = newBeta;
    warmupEpochs = newWarmup;
    SettingChange change = new SettingChange(step + 1, newBeta, newWarmup);
    changes.add(change);
    return change;
  }

  /**
   * What the model makes of fixed inputs now (no gradients, inference mode).
   *
   * @param images images to encode, flat
   * @param count how many
   * @param latents latent points to decode, flat ({@code L} values each)
   * @param reconstructed how many of the images, from the first, to reconstruct
   */
  public TrainingSnapshot snapshot(float[] images, int count, float[] latents, int reconstructed) {
    return arithmetic.snapshot(
        step, Math.min(epoch, info.epochs()), images, count, latents, reconstructed);
  }

  /** The run's steps so far (across resumes). */
  public long steps() {
    return step;
  }

  public int epoch() {
    return Math.min(epoch, info.epochs());
  }

  public int epochs() {
    return info.epochs();
  }

  public int batchesPerEpoch() {
    return batches;
  }

  public ModelSpec spec() {
    return block.spec();
  }

  public double beta() {
    return beta;
  }

  /** The description last written to the folder, or null before the first checkpoint. */
  public ModelDescription description() {
    return description;
  }

  public Path folder() {
    return out;
  }

  /** Where the run computes. */
  public Device device() {
    return base.getDevice();
  }

  @Override
  public void close() {
    try {
      base.close();
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }
}
