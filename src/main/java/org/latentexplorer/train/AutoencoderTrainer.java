package org.latentexplorer.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.AutoencoderBlock;
import org.latentexplorer.model.FanInUniformInitializer;
import org.latentexplorer.model.DataInfo;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.LoadedModel;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.TrainingInfo;

/**
 * Trains an AE or VAE with DJL on the data in memory, one epoch after another, writing a
 * checkpoint (a complete model folder) after every epoch.
 *
 * <p>Each epoch re-seeds the engine and the shuffle from the run's seed and the epoch number, so
 * a run resumed from a checkpoint continues exactly as if it had not stopped (on the CPU).
 */
public final class AutoencoderTrainer {

  private static final int EVAL_BATCH = 1000;

  /** The program name written into model.json. */
  public static final String PROGRAM = "Latent Explorer 0.1";

  private final DataSplit data;
  private final TrainingListener listener;
  private final BooleanSupplier stop;

  /**
   * @param data training and held-out images
   * @param listener hears progress (may do nothing)
   * @param stop asked between steps; true ends training after the last complete epoch
   */
  public AutoencoderTrainer(DataSplit data, TrainingListener listener, BooleanSupplier stop) {
    this.data = data;
    this.listener = listener;
    this.stop = stop;
  }

  /** Trains a new model into {@code options.out()}. */
  public ModelDescription train(TrainingOptions options)
      throws IOException, ModelException, TrainingException {
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
            options.kind(),
            options.architecture(),
            options.latentSize(),
            hidden,
            new InputShape(train.channels(), train.height(), train.width()),
            options.likelihood());
    if (!spec.problems().isEmpty()) {
      throw new TrainingException(String.join("; ", spec.problems()));
    }
    Engines.noGradientsOnThisThread();
    Device device = Engines.device(options.useGpu());
    try (NDManager base = NDManager.newBaseManager(device)) {
      Engines.seed(options.seed());
      AutoencoderBlock block = new AutoencoderBlock(spec);
      block.setInitializer(
          new FanInUniformInitializer(new Random(options.seed())), ai.djl.nn.Parameter.Type.WEIGHT);
      block.initialize(base);
      TrainingInfo info =
          new TrainingInfo(
              options.epochs(),
              options.batchSize(),
              options.learningRate(),
              options.seed(),
              options.kind() == ModelKind.VAE ? options.beta() : 0,
              options.kind() == ModelKind.VAE ? options.warmupEpochs() : 0,
              device.toString(),
              options.command());
      return run(base, block, null, new ArrayList<>(), info, options.data(), options.out());
    }
  }

  /**
   * Continues the run saved in a model folder up to {@code epochs} epochs in all.
   *
   * @param folder a folder written by {@link #train} (a checkpoint)
   * @param epochs the total number of epochs, or 0 to keep the one recorded
   * @param useGpu whether to use a GPU when DJL sees one
   */
  public ModelDescription resume(Path folder, int epochs, boolean useGpu)
      throws IOException, ModelException, TrainingException {
    Engines.noGradientsOnThisThread();
    Device device = Engines.device(useGpu);
    try (NDManager base = NDManager.newBaseManager(device)) {
      LoadedModel loaded = ModelStore.load(folder, base, true);
      ModelDescription d = loaded.description();
      InputShape in = d.model().input();
      ImageSet train = data.train();
      if (train.channels() != in.channels()
          || train.height() != in.height()
          || train.width() != in.width()) {
        throw new ModelException(
            folder, "the model takes " + in + " images but the data holds " + train.describe());
      }
      TrainingInfo t = d.training();
      TrainingInfo info =
          new TrainingInfo(
              epochs > 0 ? epochs : t.epochs(),
              t.batchSize(),
              t.learningRate(),
              t.seed(),
              t.beta(),
              t.warmupEpochs(),
              device.toString(),
              t.command());
      if (loaded.optimizerState() == null) {
        listener.onNote(
            "No optimizer state in " + folder + ": Adam restarts from zero moments.");
      }
      return run(
          base,
          loaded.block(),
          loaded.optimizerState(),
          new ArrayList<>(d.history()),
          info,
          d.data().name(),
          folder);
    }
  }

  private ModelDescription run(
      NDManager base,
      AutoencoderBlock block,
      NDList optimizerState,
      List<EpochRecord> history,
      TrainingInfo info,
      String dataName,
      Path out)
      throws IOException, TrainingException {
    ModelSpec spec = block.spec();
    List<NDArray> weights = new ArrayList<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      NDArray w = p.getValue().getArray();
      w.setRequiresGradient(true);
      weights.add(w);
    }
    AdamOptimizer adam = new AdamOptimizer(weights, (float) info.learningRate(), optimizerState);
    ParameterStore store = new ParameterStore(base, false);
    BetaSchedule betas = new BetaSchedule(info.beta(), info.warmupEpochs());
    ImageSet train = data.train();
    ImageSet heldOut = data.heldOut();
    NDArray trainX = base.create(train.pixels(), batchShape(spec, train.size()));
    NDArray heldOutX = base.create(heldOut.pixels(), batchShape(spec, heldOut.size()));
    int n = train.size();
    int batch = Math.min(info.batchSize(), n);
    int batches = (n + batch - 1) / batch;
    int first = history.size() + 1;
    listener.onStart(first, info.epochs(), batches, Engines.describe(base.getDevice()));
    ModelDescription description = null;
    for (int epoch = first; epoch <= info.epochs(); epoch++) {
      Engines.seed(info.seed() * 1_000_003L + epoch);
      int[] order = shuffled(n, new Random(info.seed() * 31 + epoch));
      Random noise = new Random(info.seed() * 1_000_003L + epoch);
      double reconSum = 0;
      double klSum = 0;
      double beta = 0;
      long start = System.nanoTime();
      for (int b = 0; b < batches; b++) {
        if (stop.getAsBoolean()) {
          return description;
        }
        int from = b * batch;
        int to = Math.min(n, from + batch);
        beta = betas.at(epoch - 1 + (double) b / batches);
        float[] terms =
            step(base, block, store, adam, trainX, order, from, to, (float) beta, noise);
        if (!Float.isFinite(terms[0]) || !Float.isFinite(terms[1])) {
          throw new TrainingException(
              "the loss became "
                  + (terms[0] + terms[1])
                  + " at epoch "
                  + epoch
                  + ", step "
                  + (b + 1)
                  + "; the last checkpoint ("
                  + history.size()
                  + " epochs) is kept in "
                  + out
                  + ". Try a smaller --lr.");
        }
        reconSum += terms[0];
        klSum += terms[1];
        listener.onBatch(epoch, b + 1, (terms[0] + beta * terms[1]) / (to - from));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double[] test =
          evaluate(base, block, store, heldOutX, heldOut.size(), new Random(info.seed() + epoch));
      EpochRecord record =
          new EpochRecord(
              epoch,
              spec.kind() == ModelKind.VAE ? betas.at(epoch) : 0,
              reconSum / n,
              klSum / n,
              (reconSum + klSum) / n,
              test[0],
              test[1],
              test[0] + test[1],
              seconds);
      history.add(record);
      description = describe(spec, info, history, dataName);
      try (NDManager scratch = base.newSubManager()) {
        description = ModelStore.save(out, block, description, adam.state(scratch));
      }
      listener.onEpoch(record);
    }
    return description;
  }

  /** One optimisation step; returns the batch's summed reconstruction and KL terms. */
  private static float[] step(
      NDManager base,
      AutoencoderBlock block,
      ParameterStore store,
      AdamOptimizer adam,
      NDArray trainX,
      int[] order,
      int from,
      int to,
      float beta,
      Random noiseSource) {
    try (NDManager sub = base.newSubManager()) {
      NDArray index = sub.create(Arrays.copyOfRange(order, from, to));
      NDArray x = trainX.get(index);
      x.attach(sub);
      NDArray recon;
      NDArray kl = null;
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDList encoded = block.encode(store, x, true);
        NDArray mu = encoded.get(0);
        NDArray z = mu;
        if (encoded.size() > 1) {
          NDArray logVariance = encoded.get(1);
          NDArray noise = Noise.standardNormal(sub, noiseSource, mu.getShape());
          z = mu.add(logVariance.mul(0.5f).exp().mul(noise));
          kl = Losses.klToStandardNormal(mu, logVariance);
        }
        NDArray logits = block.decode(store, z, true);
        recon = Losses.reconstruction(block.spec().likelihood(), logits, x);
        NDArray loss = kl == null ? recon : recon.add(kl.mul(beta));
        collector.backward(loss.div((float) (to - from)));
      }
      adam.step();
      return new float[] {recon.getFloat(), kl == null ? 0f : kl.getFloat()};
    }
  }

  /** Mean reconstruction and KL per held-out image; a VAE decodes a sample, as the ELBO does. */
  static double[] evaluate(
      NDManager base,
      AutoencoderBlock block,
      ParameterStore store,
      NDArray images,
      int n,
      Random noise) {
    double recon = 0;
    double kl = 0;
    for (int from = 0; from < n; from += EVAL_BATCH) {
      int to = Math.min(n, from + EVAL_BATCH);
      try (NDManager sub = base.newSubManager()) {
        NDArray x = images.get(new NDIndex("{}:{}", from, to));
        x.attach(sub);
        NDList encoded = block.encode(store, x, false);
        NDArray mu = encoded.get(0);
        NDArray z = mu;
        if (encoded.size() > 1) {
          NDArray logVariance = encoded.get(1);
          z = mu.add(logVariance.mul(0.5f).exp().mul(Noise.standardNormal(sub, noise, mu.getShape())));
          kl += Losses.klToStandardNormal(mu, logVariance).getFloat();
        }
        NDArray logits = block.decode(store, z, false);
        recon += Losses.reconstruction(block.spec().likelihood(), logits, x).getFloat();
      }
    }
    return new double[] {recon / n, kl / n};
  }

  private ModelDescription describe(
      ModelSpec spec, TrainingInfo info, List<EpochRecord> history, String dataName) {
    ImageSet train = data.train();
    DataInfo dataInfo =
        new DataInfo(
            dataName,
            train.classNames(),
            DataInfo.UNIT_INTERVAL,
            train.size(),
            data.heldOut().size());
    return new ModelDescription(
        ModelDescription.FORMAT,
        spec,
        dataInfo,
        info,
        history,
        history.get(history.size() - 1).heldOutTotal(),
        null,
        null,
        Instant.now().toString(),
        PROGRAM + " (" + Engines.version() + ", DJL " + Engine.getDjlVersion() + ")");
  }

  private static Shape batchShape(ModelSpec spec, int n) {
    InputShape in = spec.input();
    return new Shape(n, in.channels(), in.height(), in.width());
  }

  /** 0 to n - 1 in the order of a Fisher-Yates shuffle drawn from {@code random}. */
  static int[] shuffled(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
