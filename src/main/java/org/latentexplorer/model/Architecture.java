package org.latentexplorer.model;

/** The network shape of the encoder and decoder. */
public enum Architecture {
  /** Fully connected layers on the flattened image. */
  MLP,
  /** Strided convolutions down, nearest-neighbour upsampling and convolutions up. */
  CONV,
  /** Encoder and decoder exported from PyTorch as TorchScript ({@code encoder.pt}, {@code decoder.pt}). */
  TORCHSCRIPT
}
