package org.latentexplorer.model;

import java.util.List;

/**
 * What {@code model.json} holds: the network, the data, how it was trained, the per-epoch history,
 * and the parameter file with its checksum.
 *
 * @param format the file format version
 * @param model the network
 * @param data the data it was trained on
 * @param training how it was trained
 * @param history one record an epoch trained
 * @param heldOutLoss the last epoch's held-out total loss (nats per image for Bernoulli)
 * @param parameters the parameter file
 * @param optimizerState the optimizer state file for {@code --resume}, or null when not kept
 * @param created when it was written (ISO-8601)
 * @param program the program and engine versions that wrote it
 */
public record ModelDescription(
    int format,
    ModelSpec model,
    DataInfo data,
    TrainingInfo training,
    List<EpochRecord> history,
    double heldOutLoss,
    ParameterFile parameters,
    String optimizerState,
    String created,
    String program) {

  /** The format this program writes and reads. */
  public static final int FORMAT = 1;

  public ModelDescription {
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** Epochs trained so far. */
  public int epochsDone() {
    return history.size();
  }

  /**
   * What a user should know before trusting the folder: a parameter file whose SHA-256 is not
   * recorded (every folder this program writes records it) is loaded without an integrity check.
   */
  public List<String> warnings() {
    boolean torchScript = model != null && model.isTorchScript();
    if (!torchScript && parameters != null
        && (parameters.sha256() == null || parameters.sha256().isBlank())) {
      return List.of(
          "model.json records no sha256 for " + parameters.file()
              + ", so a damaged or changed file is not detected; this program writes it for every"
              + " model it trains");
    }
    return List.of();
  }

  /** A copy with another parameter file and optimizer state. */
  public ModelDescription withFiles(ParameterFile parameters, String optimizerState) {
    return new ModelDescription(
        format, model, data, training, history, heldOutLoss, parameters, optimizerState, created,
        program);
  }
}
