package org.latentexplorer.train;

import ai.djl.Device;
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
import org.latentexplorer.latent.RandomOrder;
import org.latentexplorer.model.ClassifierBlock;
import org.latentexplorer.model.ClassifierDescription;
import org.latentexplorer.model.ClassifierStore;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.ExclusiveGradients;
import org.latentexplorer.model.FanInUniformInitializer;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.TrainingInfo;

/**
 * Trains the small classifier of {@link ClassifierBlock} with softmax cross-entropy and Adam on a
 * labelled data set, and saves it with its held-out accuracy. Weights and shuffles come from
 * generators seeded by the run's seed.
 */
public final class ClassifierTrainer {

  private static final int EVAL_BATCH = 1000;

  /**
   * The run's settings.
   *
   * @param features width of the feature layer
   * @param epochs passes over the training images
   * @param batchSize images per step
   * @param learningRate Adam's step size
   * @param seed for weights and shuffles
   * @param useGpu whether to use a GPU when DJL sees one
   * @param command the command line, recorded in classifier.json
   */
  public record Options(
      int features,
      int epochs,
      int batchSize,
      double learningRate,
      long seed,
      boolean useGpu,
      String command) {}

  private final DataSplit data;
  private final TrainingObserver observer;
  private final BooleanSupplier stop;

  public ClassifierTrainer(DataSplit data, TrainingObserver observer, BooleanSupplier stop) {
    this.data = data;
    this.observer = observer;
    this.stop = stop;
  }

  /** Trains and writes the classifier folder after the last epoch; null when stopped first. */
  public ClassifierDescription train(String dataName, Options o, Path out)
      throws IOException, TrainingException {
    ImageSet train = data.train();
    ImageSet heldOut = data.heldOut();
    int classes = train.classNames().size();
    if (classes < 2) {
      throw new TrainingException(
          "the data set '" + dataName + "' has no classes to learn (it needs labels)");
    }
    if (heldOut.size() == 0) {
      throw new TrainingException("the data set '" + dataName + "' has no held-out images");
    }
    InputShape in = new InputShape(train.channels(), train.height(), train.width());
    if (!ClassifierBlock.fits(in)) {
      throw new TrainingException("images of " + in + " are too small for the classifier");
    }
    Engines.noGradientsOnThisThread();
    Device device = Engines.device(o.useGpu());
    try (NDManager base = NDManager.newBaseManager(device)) {
      ClassifierBlock block = new ClassifierBlock(in, o.features(), classes);
      block.setInitializer(
          new FanInUniformInitializer(new Random(o.seed())), Parameter.Type.WEIGHT);
      block.initialize(base);
      List<NDArray> weights = new ArrayList<>();
      for (Pair<String, Parameter> p : block.getParameters()) {
        NDArray w = p.getValue().getArray();
        w.setRequiresGradient(true);
        weights.add(w);
      }
      AdamOptimizer adam = new AdamOptimizer(weights, (float) o.learningRate(), null);
      ParameterStore store = new ParameterStore(base, false);
      NDArray x = base.create(train.pixels(), shape(in, train.size()));
      NDArray y = base.create(train.labels());
      NDArray testX = base.create(heldOut.pixels(), shape(in, heldOut.size()));
      int n = train.size();
      int batch = Math.min(o.batchSize(), n);
      int batches = (n + batch - 1) / batch;
      observer.onStart(1, o.epochs(), batches, Engines.describe(device));
      List<ClassifierDescription.Epoch> history = new ArrayList<>();
      double accuracy = 0;
      for (int epoch = 1; epoch <= o.epochs(); epoch++) {
        int[] order = RandomOrder.of(n, new Random(o.seed() * 31 + epoch));
        long start = System.nanoTime();
        double lossSum = 0;
        for (int b = 0; b < batches; b++) {
          if (stop.getAsBoolean()) {
            return null;
          }
          int from = b * batch;
          int to = Math.min(n, from + batch);
          double loss = Double.NaN;
          for (int attempt = 1; attempt <= AdamOptimizer.ATTEMPTS && Double.isNaN(loss); attempt++) {
            loss = step(base, block, store, adam, x, y, classes, order, from, to);
          }
          if (!Double.isFinite(loss)) {
            throw new TrainingException(
                "the loss became " + loss + " at epoch " + epoch + "; try a smaller --lr");
          }
          lossSum += loss;
          observer.onBatch(epoch, b + 1, loss / (to - from));
        }
        accuracy = accuracy(base, block, store, testX, heldOut.labels());
        history.add(
            new ClassifierDescription.Epoch(
                epoch, lossSum / n, accuracy, (System.nanoTime() - start) / 1e9));
        observer.onNote(
            String.format(
                java.util.Locale.ROOT, "epoch %d: loss %.4f, held-out accuracy %.4f", epoch,
                lossSum / n, accuracy));
      }
      ClassifierDescription d =
          new ClassifierDescription(
              ClassifierDescription.FORMAT,
              dataName,
              train.classNames(),
              in,
              o.features(),
              accuracy,
              heldOut.size(),
              history,
              new TrainingInfo(
                  o.epochs(), o.batchSize(), o.learningRate(), o.seed(), 0, 0, device.toString(),
                  o.command()),
              null,
              Instant.now().toString(),
              Checkpoints.writtenBy());
      return ClassifierStore.save(out, block, d);
    }
  }

  private static double step(
      NDManager base,
      ClassifierBlock block,
      ParameterStore store,
      AdamOptimizer adam,
      NDArray x,
      NDArray y,
      int classes,
      int[] order,
      int from,
      int to) {
    try (NDManager sub = base.newSubManager()) {
      NDArray index = sub.create(Arrays.copyOfRange(order, from, to));
      NDArray images = x.get(index);
      NDArray labels = y.get(index);
      images.attach(sub);
      labels.attach(sub);
      NDArray loss;
      try (GradientCollector collector = ExclusiveGradients.open()) {
        NDArray logits = block.forward(store, new NDList(images), true).get(0);
        loss = logits.logSoftmax(1).mul(labels.oneHot(classes)).sum().neg();
        collector.backward(loss.div(Losses.constant(loss, (float) (to - from))));
      }
      return adam.stepIfFinite() ? loss.getFloat() : Double.NaN;
    }
  }

  /** The fraction of images whose most likely class is their label. */
  static double accuracy(
      NDManager base, ClassifierBlock block, ParameterStore store, NDArray images, int[] labels) {
    int n = labels.length;
    int right = 0;
    for (int from = 0; from < n; from += EVAL_BATCH) {
      int to = Math.min(n, from + EVAL_BATCH);
      try (NDManager sub = base.newSubManager()) {
        NDArray x = images.get(new NDIndex("{}:{}", from, to));
        x.attach(sub);
        long[] predicted =
            block.forward(store, new NDList(x), false).get(0).argMax(1).toLongArray();
        for (int i = 0; i < predicted.length; i++) {
          if (predicted[i] == labels[from + i]) {
            right++;
          }
        }
      }
    }
    return (double) right / n;
  }

  private static Shape shape(InputShape in, int n) {
    return new Shape(n, in.channels(), in.height(), in.width());
  }
}
