package org.latentexplorer.ui.common.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The index of drawn points for hovering and clicking. */
class PointIndexTest {

  @Test
  void aPlotAreaLargerThanTheDrawnBufferIndexesOnlyWhatIsDrawn() {
    // A scatter squeezed to a few pixels keeps a plot area of its margins, beyond the buffer.
    PlotArea area = new PlotArea(10, 10, 50, 50, new ViewWindow(-1, 1, -1, 1));
    float[] xy = {0, 0, -0.9f, 0.9f};
    PointIndex index = PointIndex.build(xy, new int[] {0, 1}, null, area, 20, 20);
    assertEquals(-1, index.nearest(35, 35, 4), "the point past the buffer is not indexed");
    double sx = area.toScreenX(-0.9f);
    double sy = area.toScreenY(0.9f);
    assertEquals(1, index.nearest(sx, sy, 4), "the point inside the buffer is");
  }
}
