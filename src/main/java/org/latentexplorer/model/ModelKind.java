package org.latentexplorer.model;

/** Plain autoencoder or variational autoencoder. */
public enum ModelKind {
  /** A deterministic autoencoder: the encoder gives one point z. */
  AE,
  /** A variational autoencoder: the encoder gives a Gaussian q(z|x) with a mean and a variance. */
  VAE
}
