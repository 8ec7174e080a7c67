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

  /**
   * Options for training on {@code data} into {@code out}, starting from the command line's
   * defaults: a 2-D MLP VAE (hidden 512, 256; 256 for a convolutional model) with a Bernoulli decoder, beta 1, no warm-up, 20
   * epochs of batches of 128 at learning rate 1e-3, seed 1, on a GPU when there is one.
   */
  public static Builder builder(String data, Path out) {
    return new Builder(data, out);
  }

  /** A builder that starts from these options. */
  public Builder toBuilder() {
    return new Builder(data, out)
        .kind(kind).architecture(architecture).latentSize(latentSize).hidden(hidden)
        .likelihood(likelihood).beta(beta).warmupEpochs(warmupEpochs).epochs(epochs)
        .batchSize(batchSize).learningRate(learningRate).seed(seed).useGpu(useGpu)
        .command(command).filters(filters);
  }

  /** The same options writing another folder. */
  public TrainingOptions withOut(Path folder) {
    return toBuilder().out(folder).build();
  }

  /** Sets the options one by one; each setter is named after the record's component. */
  public static final class Builder {
    private String data;
    private Path out;
    private ModelKind kind = ModelKind.VAE;
    private Architecture architecture = Architecture.MLP;
    private int latentSize = 2;
    private List<Integer> hidden;
    private Likelihood likelihood = Likelihood.BERNOULLI;
    private double beta = 1.0;
    private int warmupEpochs;
    private int epochs = 20;
    private int batchSize = 128;
    private double learningRate = 1e-3;
    private long seed = 1;
    private boolean useGpu = true;
    private String command = "";
    private List<Integer> filters;

    private Builder(String data, Path out) {
      this.data = data;
      this.out = out;
    }

    public Builder data(String v) {
      data = v;
      return this;
    }

    public Builder out(Path v) {
      out = v;
      return this;
    }

    public Builder kind(ModelKind v) {
      kind = v;
      return this;
    }

    public Builder architecture(Architecture v) {
      architecture = v;
      return this;
    }

    public Builder latentSize(int v) {
      latentSize = v;
      return this;
    }

    public Builder likelihood(Likelihood v) {
      likelihood = v;
      return this;
    }

    public Builder beta(double v) {
      beta = v;
      return this;
    }

    public Builder warmupEpochs(int v) {
      warmupEpochs = v;
      return this;
    }

    public Builder epochs(int v) {
      epochs = v;
      return this;
    }

    public Builder batchSize(int v) {
      batchSize = v;
      return this;
    }

    public Builder learningRate(double v) {
      learningRate = v;
      return this;
    }

    public Builder seed(long v) {
      seed = v;
      return this;
    }

    public Builder useGpu(boolean v) {
      useGpu = v;
      return this;
    }

    public Builder command(String v) {
      command = v;
      return this;
    }

    /** A convolutional model's filters per stage; null for the default. */
    public Builder filters(List<Integer> v) {
      filters = v;
      return this;
    }

    /** Hidden widths; null (the default) for the architecture's own. */
    public Builder hidden(List<Integer> v) {
      hidden = v;
      return this;
    }

    public TrainingOptions build() {
      return new TrainingOptions(
          data, kind, architecture, latentSize, hidden, likelihood, beta, warmupEpochs, epochs,
          batchSize, learningRate, seed, useGpu, out, command, filters);
    }
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
