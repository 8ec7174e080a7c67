package org.latentexplorer.model;

/**
 * A model ready to encode and decode: its description and its network.
 *
 * @param description its {@code model.json}
 * @param network the encoder and decoder
 */
public record InferenceModel(ModelDescription description, LatentNetwork network)
    implements AutoCloseable {

  @Override
  public void close() {
    network.close();
  }
}
