package org.latentexplorer.analysis.directions;

import java.util.function.Function;

/**
 * What a group's parts may name in the window beyond the data: bookmarks ({@code b1}, latent
 * points) and selections drawn on the scatter ({@code s1}, groups of items). On the command line
 * there are none, and the groups are read with {@code null} for these.
 *
 * @param bookmarks a bookmark's code by its name, or null when there is no such bookmark
 * @param selections a selection's items by its name, or null when there is no such selection
 */
public record WindowNames(Function<String, float[]> bookmarks, Function<String, int[]> selections) {}
