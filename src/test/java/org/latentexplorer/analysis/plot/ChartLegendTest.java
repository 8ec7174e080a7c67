package org.latentexplorer.analysis.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The legend goes to a corner where it covers no marker's label. */
class ChartLegendTest {

  private static final Color MARKER = new Color(0, 0, 255);

  private static Chart chart() {
    double[] x = {0, 0.5, 1, 1.5, 2};
    return new Chart("title", "x", "y")
        .thinLine("a rather long class name (1,000)", x, new double[] {0.1, 0.2, 0.1, 0.2, 0.1}, Color.RED)
        .thinLine("another long class name (2,000)", x, new double[] {0.3, 0.2, 0.3, 0.2, 0.3}, Color.GREEN)
        .marker(1.5, "the second group", MARKER);
  }

  @Test
  void theLegendLeavesTheMarkersLabelToBeRead() {
    BufferedImage bare = chart().noLegend().render(600, 400);
    BufferedImage shown = chart().render(600, 400);
    int lineX = Integer.MAX_VALUE;
    for (int y = 0; y < bare.getHeight(); y++) {
      for (int x = 0; x < bare.getWidth(); x++) {
        if (bare.getRGB(x, y) == MARKER.getRGB()) {
          lineX = Math.min(lineX, x);
        }
      }
    }
    int labelPixels = 0;
    for (int y = 0; y < bare.getHeight(); y++) {
      for (int x = lineX + 3; x < bare.getWidth(); x++) {
        if (bare.getRGB(x, y) == MARKER.getRGB()) {
          labelPixels++;
          assertEquals(MARKER.getRGB(), shown.getRGB(x, y), "the label's pixel at " + x + ", " + y + " is covered");
        }
      }
    }
    assertTrue(labelPixels > 20, "the label is drawn: " + labelPixels + " pixels");
    int differ = 0;
    for (int y = 0; y < bare.getHeight(); y++) {
      for (int x = 0; x < bare.getWidth(); x++) {
        differ += bare.getRGB(x, y) != shown.getRGB(x, y) ? 1 : 0;
      }
    }
    assertTrue(differ > 1000, "the legend is drawn: " + differ + " pixels differ");
  }
}
