package org.latentexplorer.model;

/**
 * The network shape of the program's own encoder and decoder. A model in another format (such as
 * TorchScript) has none: its {@link ModelSpec#format()} names the format instead.
 */
public enum Architecture {
  /** Fully connected layers on the flattened image. */
  MLP,
  /** Strided convolutions down, nearest-neighbour upsampling and convolutions up. */
  CONV
}
