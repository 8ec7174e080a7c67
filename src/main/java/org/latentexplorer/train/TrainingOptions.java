package org.latentexplorer.train;

import java.nio.file.Path;
import java.util.List;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.Likelihood;
import org.latentexplorer.model.ModelKind;

/**
 * What to train and how.
 *
 * @param data the data set name or path
 * @param kind AE or VAE
 * @param architecture MLP or convolutional
 * @param latentSize dimension of z
 * @param hidden hidden widths (see {@link org.latentexplorer.model.ModelSpec#hidden})
 * @param likelihood the decoder's distribution
 * @param beta weight of the KL term
 * @param warmupEpochs epochs of linear KL warm-up (0 for none)
 * @param epochs epochs in all (a resumed run continues up to this)
 * @param batchSize images a step
 * @param learningRate Adam's step size
 * @param seed random seed
 * @param useGpu whether to use a GPU when DJL sees one
 * @param out the model folder
 * @param command the command line, recorded in model.json
 * @param filters a convolutional model's filters per stage (see {@link
 *     org.latentexplorer.model.ModelSpec#filters}); null for the default
 */
public record TrainingOptions(
    String data,
    ModelKind kind,
    Architecture architecture,
    int latentSize,
    List<Integer> hidden,
    Likelihood likelihood,
    double beta,
    int warmupEpochs,
    int epochs,
    int batchSize,
    double learningRate,
    long seed,
    boolean useGpu,
    Path out,
    String command,
    List<Integer> filters) {

  /** Options with the default convolution filters. */
  public TrainingOptions(
      String data,
      ModelKind kind,
      Architecture architecture,
      int latentSize,
      List<Integer> hidden,
      Likelihood likelihood,
      double beta,
      int warmupEpochs,
      int epochs,
      int batchSize,
      double learningRate,
      long seed,
      boolean useGpu,
      Path out,
      String command) {
    this(
        data, kind, architecture, latentSize, hidden, likelihood, beta, warmupEpochs, epochs,
        batchSize, learningRate, seed, useGpu, out, command, null);
  }

  /** The same options writing another folder. */
  public TrainingOptions withOut(Path folder) {
    return new TrainingOptions(
        data, kind, architecture, latentSize, hidden, likelihood, beta, warmupEpochs, epochs,
        batchSize, learningRate, seed, useGpu, folder, command, filters);
  }

  /** Problems with the options, in words; empty when they are fine. */
  public List<String> problems() {
    java.util.ArrayList<String> p = new java.util.ArrayList<>();
    if (epochs < 1) {
      p.add("--epochs must be at least 1");
    }
    if (batchSize < 1) {
      p.add("--batch must be at least 1");
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      p.add("--lr must be a positive number");
    }
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      p.add("--beta must be 0 or more");
    }
    if (warmupEpochs < 0) {
      p.add("--warmup must be 0 or more");
    }
    return p;
  }
}
