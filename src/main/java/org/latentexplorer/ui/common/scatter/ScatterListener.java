package org.latentexplorer.ui.common.scatter;

/** What a person does to the scatter, in data units. */
public interface ScatterListener {

  /** A click (press and release in place) at a place, on a data point when {@code nearest >= 0}. */
  default void clicked(double x, double y, int nearest) {}

  /** The pointer is over a data point ({@code -1}: over none). */
  default void hovered(int index) {}

  /** The pointer moved to a place on the plot. */
  default void pointerAt(double x, double y) {}

  /**
   * A drag from one place to another (for an interpolation), reported while it moves and once
   * more when released ({@code finished}). The indices are the data points at the ends, or -1.
   */
  default void dragged(
      double x0, double y0, double x1, double y1, int fromIndex, int toIndex, boolean finished) {}

  /**
   * A loop drawn around points (Ctrl-drag) and closed: the points drawn inside it, ascending, and
   * the loop's corners in data units, {@code k x 2}.
   */
  default void lassoed(int[] items, float[] loop) {}
}
