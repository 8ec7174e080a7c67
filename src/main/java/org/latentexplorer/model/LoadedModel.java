package org.latentexplorer.model;

import ai.djl.ndarray.NDList;
import java.nio.file.Path;

/**
 * A model read from its folder: the description, the network with its parameters, and the
 * optimizer state when the folder kept one (for resuming training).
 *
 * @param folder where it was read from
 * @param description its {@code model.json}
 * @param block the network, parameters loaded
 * @param optimizerState the saved optimizer state, or null
 */
public record LoadedModel(
    Path folder, ModelDescription description, AutoencoderBlock block, NDList optimizerState) {}
