package org.latentexplorer.model;

/**
 * How a model was trained.
 *
 * @param epochs epochs asked for
 * @param batchSize images a step
 * @param learningRate Adam's learning rate
 * @param seed the random seed
 * @param beta the weight of the KL term (1 for a plain VAE)
 * @param warmupEpochs epochs over which beta rises linearly from 0 (0 for none)
 * @param device the device it trained on, such as "cpu()" or "gpu(0)"
 * @param command the command line that made it
 */
public record TrainingInfo(
    int epochs,
    int batchSize,
    double learningRate,
    long seed,
    double beta,
    int warmupEpochs,
    String device,
    String command) {}
