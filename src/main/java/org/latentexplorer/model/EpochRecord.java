package org.latentexplorer.model;

/**
 * Losses of one training epoch, per image (nats per image for a Bernoulli decoder).
 *
 * @param epoch 1-based epoch number
 * @param beta the KL weight at the end of the epoch (after warm-up)
 * @param trainReconstruction mean reconstruction loss on the training data during the epoch
 * @param trainKl mean KL divergence to the prior on the training data (0 for an AE)
 * @param trainTotal mean reconstruction + KL on the training data (the negative ELBO for beta 1)
 * @param heldOutReconstruction reconstruction loss on held-out data after the epoch
 * @param heldOutKl KL divergence on held-out data after the epoch
 * @param heldOutTotal reconstruction + KL on held-out data after the epoch
 * @param seconds wall-clock seconds the epoch's training took
 * @param changes changes of beta or warm-up made during the epoch, or null for none
 */
public record EpochRecord(
    int epoch,
    double beta,
    double trainReconstruction,
    double trainKl,
    double trainTotal,
    double heldOutReconstruction,
    double heldOutKl,
    double heldOutTotal,
    double seconds,
    java.util.List<SettingChange> changes) {

  /** An epoch with no change of settings. */
  public EpochRecord(
      int epoch,
      double beta,
      double trainReconstruction,
      double trainKl,
      double trainTotal,
      double heldOutReconstruction,
      double heldOutKl,
      double heldOutTotal,
      double seconds) {
    this(
        epoch, beta, trainReconstruction, trainKl, trainTotal, heldOutReconstruction, heldOutKl,
        heldOutTotal, seconds, null);
  }
}
