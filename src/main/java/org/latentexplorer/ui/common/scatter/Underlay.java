package org.latentexplorer.ui.common.scatter;

/**
 * A picture drawn under the scatter's points over a rectangle of the plane, such as one decoded
 * tile of a manifold grid.
 *
 * @param x0 left edge in data units
 * @param x1 right edge
 * @param y0 bottom edge
 * @param y1 top edge
 * @param argb the picture's opaque ARGB pixels, row by row
 * @param width the picture's width in pixels
 * @param height its height
 */
public record Underlay(
    double x0, double x1, double y0, double y1, int[] argb, int width, int height) {}
