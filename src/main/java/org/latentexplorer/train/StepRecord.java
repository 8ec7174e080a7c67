package org.latentexplorer.train;

/**
 * One training step, as {@link TrainingObserver#onStep} hears it: the batch's losses per image.
 *
 * @param step steps since the run began (1 for the first), counted across resumes
 * @param epoch 1-based epoch
 * @param batch 1-based batch within the epoch
 * @param batches batches an epoch
 * @param images images in the batch
 * @param reconstruction the batch's reconstruction term per image
 * @param kl the batch's KL term per image (0 for an AE)
 * @param beta the KL weight the step used
 */
public record StepRecord(
    long step,
    int epoch,
    int batch,
    int batches,
    int images,
    double reconstruction,
    double kl,
    double beta) {

  /** The loss the step minimised, per image: reconstruction + beta KL. */
  public double loss() {
    return reconstruction + beta * kl;
  }
}
