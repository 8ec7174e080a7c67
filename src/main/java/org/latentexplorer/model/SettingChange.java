package org.latentexplorer.model;

/**
 * A change of the KL weight made while a model trained (in the window), as model.json's history
 * records it.
 *
 * @param step the training step (batches since the run began) from which it applies
 * @param beta the new final KL weight
 * @param warmupEpochs the new warm-up length in epochs
 */
public record SettingChange(long step, double beta, int warmupEpochs) {}
