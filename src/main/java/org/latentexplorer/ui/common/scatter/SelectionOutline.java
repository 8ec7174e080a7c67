package org.latentexplorer.ui.common.scatter;

/**
 * A named group of points as the scatter draws it: its loop, where it was drawn on the plane shown,
 * and its name.
 *
 * @param name the group's name ("s1")
 * @param loop the loop's corners in data units, {@code k x 2}; null where it was drawn on another
 *     plane (only the name is drawn then)
 * @param nameAt where the name goes, in data units (with a loop, just above this place)
 */
public record SelectionOutline(String name, float[] loop, double[] nameAt) {}
