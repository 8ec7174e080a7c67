package org.latentexplorer.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything needed to build a model's network: what {@code model.json} records under "model".
 *
 * @param kind AE or VAE
 * @param architecture MLP or convolutional
 * @param latentSize the dimension of z, 1 to 512
 * @param hidden hidden layer widths of an MLP encoder (the decoder mirrors them); for a
 *     convolutional model, the width of the fully connected layer next to the latent
 * @param input the image shape
 * @param likelihood the decoder's output distribution
 * @param decoderOutput for TorchScript: what the decoder returns, {@value #LOGITS} or {@value
 *     #PROBABILITIES}; null for the program's own models (their decoders return logits)
 * @param filters for a convolutional model, the filters of each halving stage from the image
 *     inwards (at most four; a stage halves the image while its side stays even and the half at
 *     least 4, so later stages may go unused); null for {@link #DEFAULT_FILTERS} (model files written before the option)
 * @param format the {@link ModelFormat} of a model that is not the program's own ("torchscript",
 *     written in model.json as {@code "architecture": "TORCHSCRIPT"}); null for the program's own
 */
public record ModelSpec(
    ModelKind kind,
    Architecture architecture,
    int latentSize,
    List<Integer> hidden,
    InputShape input,
    Likelihood likelihood,
    String decoderOutput,
    List<Integer> filters,
    String format) {

  /** The convolution filters of a model that names none. */
  public static final List<Integer> DEFAULT_FILTERS = List.of(32, 64, 128, 256);

  /** The most halving stages a convolutional model has. */
  public static final int MAX_STAGES = 4;

  /** A decoder returning logits: pixels are their sigmoid. */
  public static final String LOGITS = "logits";

  /** A decoder returning pixel values in [0, 1]. */
  public static final String PROBABILITIES = "probabilities";

  /** A network the program builds and trains itself. */
  public ModelSpec(
      ModelKind kind,
      Architecture architecture,
      int latentSize,
      List<Integer> hidden,
      InputShape input,
      Likelihood likelihood) {
    this(kind, architecture, latentSize, hidden, input, likelihood, null, null, null);
  }

  /** The same network with the given convolution filters (null: the default). */
  public ModelSpec withFilters(List<Integer> convFilters) {
    return new ModelSpec(
        kind, architecture, latentSize, hidden, input, likelihood, decoderOutput, convFilters, format);
  }

  /** The filters of the convolution stages, from the image inwards. */
  public List<Integer> convFilters() {
    return filters == null || filters.isEmpty() ? DEFAULT_FILTERS : filters;
  }

  /** Whether encoder and decoder are TorchScript files rather than the program's own network. */
  public boolean isTorchScript() {
    return TorchScriptFormat.NAME.equals(format);
  }

  /** The largest latent size the program builds. */
  public static final int MAX_LATENT = 512;

  public ModelSpec {
    hidden = hidden == null ? null : List.copyOf(hidden);
    filters = filters == null ? null : List.copyOf(filters);
  }

  /** The default hidden widths for an architecture. */
  public static List<Integer> defaultHidden(Architecture architecture) {
    return architecture == Architecture.MLP ? List.of(512, 256) : List.of(256);
  }

  /** Problems that make the spec unbuildable, in words; empty when it is fine. */
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    if (kind == null) {
      p.add("kind is missing (AE or VAE)");
    }
    if (architecture == null && format == null) {
      p.add("architecture is missing (MLP, CONV or TORCHSCRIPT)");
    }
    if (likelihood == null && !isTorchScript()) {
      p.add("likelihood is missing (BERNOULLI or GAUSSIAN)");
    }
    if (isTorchScript()
        && !LOGITS.equals(decoderOutput)
        && !PROBABILITIES.equals(decoderOutput)) {
      p.add(
          "decoderOutput is "
              + (decoderOutput == null ? "missing" : "'" + decoderOutput + "'")
              + "; it must be \"" + LOGITS + "\" or \"" + PROBABILITIES + "\"");
    }
    if (latentSize < 1 || latentSize > MAX_LATENT) {
      p.add("latentSize is " + latentSize + "; it must be 1 to " + MAX_LATENT);
    }
    if (isTorchScript()) {
      // The network is in the TorchScript files; no widths to check.
    } else if (hidden == null || hidden.isEmpty()) {
      p.add("hidden is missing (the hidden layer widths)");
    } else {
      for (int h : hidden) {
        if (h < 1 || h > 8192) {
          p.add("hidden width " + h + " is outside 1 to 8192");
        }
      }
    }
    if (filters != null) {
      if (filters.size() > MAX_STAGES) {
        p.add("filters has " + filters.size() + " stages; at most " + MAX_STAGES);
      }
      for (int f : filters) {
        if (f < 1 || f > 1024) {
          p.add("filter count " + f + " is outside 1 to 1024");
        }
      }
    }
    if (input == null) {
      p.add("input is missing (channels, height, width)");
    } else {
      if (input.channels() != 1 && input.channels() != 3) {
        p.add("input has " + input.channels() + " channels; 1 (grey) or 3 (RGB) are supported");
      }
      if (input.height() < 4 || input.width() < 4 || input.height() > 256 || input.width() > 256) {
        p.add("input size " + input.height() + "x" + input.width() + " is outside 4 to 256");
      }
      if (architecture == Architecture.CONV
          && (input.height() % 2 != 0 || input.width() % 2 != 0)) {
        p.add("a convolutional model needs an even image size, not " + input);
      }
    }
    return p;
  }

  /** A one-line summary such as "VAE, MLP 512-256, 2-D latent, grey 28x28". */
  public String summary() {
    String net =
        isTorchScript()
            ? "TorchScript"
            : architecture == Architecture.MLP
            ? "MLP " + String.join("-", hidden.stream().map(String::valueOf).toList())
            : "conv " + String.join("-", convFilters().stream().map(String::valueOf).toList());
    return kind + ", " + net + ", " + latentSize + "-D latent, " + input;
  }
}
