package org.latentexplorer.data;

/**
 * Training data and the held-out data a model is measured on.
 *
 * @param train the images a model learns from
 * @param heldOut images never trained on: the test set where the data has one
 */
public record DataSplit(ImageSet train, ImageSet heldOut) {}
