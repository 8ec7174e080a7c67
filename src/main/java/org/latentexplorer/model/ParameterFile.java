package org.latentexplorer.model;

/**
 * The DJL parameter file a {@code model.json} refers to.
 *
 * @param file the file name, inside the model folder
 * @param sha256 the file's SHA-256, hex
 * @param bytes the file's size
 * @param count the number of scalar parameters
 */
public record ParameterFile(String file, String sha256, long bytes, long count) {}
