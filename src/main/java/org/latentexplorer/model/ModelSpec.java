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
 */
public record ModelSpec(
    ModelKind kind,
    Architecture architecture,
    int latentSize,
    List<Integer> hidden,
    InputShape input,
    Likelihood likelihood) {

  /** The largest latent size the program builds. */
  public static final int MAX_LATENT = 512;

  public ModelSpec {
    hidden = hidden == null ? null : List.copyOf(hidden);
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
    if (architecture == null) {
      p.add("architecture is missing (MLP or CONV)");
    }
    if (likelihood == null) {
      p.add("likelihood is missing (BERNOULLI or GAUSSIAN)");
    }
    if (latentSize < 1 || latentSize > MAX_LATENT) {
      p.add("latentSize is " + latentSize + "; it must be 1 to " + MAX_LATENT);
    }
    if (hidden == null || hidden.isEmpty()) {
      p.add("hidden is missing (the hidden layer widths)");
    } else {
      for (int h : hidden) {
        if (h < 1 || h > 8192) {
          p.add("hidden width " + h + " is outside 1 to 8192");
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
        architecture == Architecture.MLP
            ? "MLP " + String.join("-", hidden.stream().map(String::valueOf).toList())
            : "conv";
    return kind + ", " + net + ", " + latentSize + "-D latent, " + input;
  }
}
