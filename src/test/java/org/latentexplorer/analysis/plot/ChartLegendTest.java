package org.latentexplorer.analysis.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The legend goes to a corner where it covers no marker's label, and then where it hides least. */
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
  @Test
  void aMarkerBeyondTheRangeStandsAtTheNearerEdgeWithItsArrow() {
    double[] x = {0, 0.5, 1, 1.5, 2};
    double[] y = {0.1, 0.2, 0.1, 0.2, 0.1};
    BufferedImage none = new Chart("title", "x", "y").thinLine("a", x, y, Color.RED).noLegend().render(600, 400);
    for (double at : new double[] {9, -9}) {
      BufferedImage beyond = new Chart("title", "x", "y").thinLine("a", x, y, Color.RED)
          .marker(at, "threshold", MARKER).noLegend().render(600, 400);
      int minX = Integer.MAX_VALUE;
      int maxX = -1;
      int tallest = 0;
      for (int px = 0; px < 600; px++) {
        int column = 0;
        for (int py = 0; py < 400; py++) {
          if (beyond.getRGB(px, py) == MARKER.getRGB()) {
            minX = Math.min(minX, px);
            maxX = Math.max(maxX, px);
            column++;
          }
        }
        if (column > tallest) {
          tallest = column;
        }
      }
      assertTrue(tallest > 100, "the dashed line is drawn down the frame: " + tallest + " pixels tall (at " + at + ")");
      if (at > 0) {
        assertTrue(maxX >= 580 && minX > 450, "at the right edge, its label to the left: " + minX + "-" + maxX);
      } else {
        assertTrue(minX <= 64 && maxX < 180, "at the left edge, its label to the right: " + minX + "-" + maxX);
      }
      int differ = 0;
      for (int py = 0; py < 400; py++) {
        for (int px = 0; px < 600; px++) {
          differ += none.getRGB(px, py) != beyond.getRGB(px, py) ? 1 : 0;
        }
      }
      assertTrue(differ > 300, "the marker shows: " + differ + " pixels differ");
    }
  }

  private static final Color PEAK = new Color(200, 0, 0);

  /** Every pixel of {@code colour} in the chart drawn without its legend is unchanged with it. */
  private static int assertUncovered(Chart bare, Chart shown, Color colour) {
    BufferedImage a = bare.noLegend().render(600, 400);
    BufferedImage b = shown.render(600, 400);
    int seen = 0;
    int differ = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) == colour.getRGB()) {
          seen++;
          assertEquals(colour.getRGB(), b.getRGB(x, y), "the pixel at " + x + ", " + y + " is covered");
        }
        differ += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
      }
    }
    assertTrue(differ > 1000, "the legend is drawn: " + differ + " pixels differ");
    return seen;
  }

  private static Chart peakTopRight() {
    double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] y = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 1.0, 1.0, 1.0};
    return new Chart("a peak", "x", "y")
        .line("a long class name that peaks right", x, y, PEAK, false)
        .thinLine("another", x, new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, Color.BLUE);
  }

  @Test
  void theLegendLeavesTheTopOfACurveToBeSeen() {
    assertTrue(assertUncovered(peakTopRight(), peakTopRight(), PEAK) > 500, "the curve is drawn");
  }

  private static Chart tallBarsRight() {
    double[] x = new double[20];
    double[] h = new double[20];
    for (int i = 0; i < 20; i++) {
      x[i] = i;
      h[i] = i < 12 ? 1 : 10;
    }
    return new Chart("bars", "x", "count").bars("a rather long name of the bars", x, h, 0.9, PEAK)
        .thinLine("a line low down", x, new double[20], Color.BLUE);
  }

  @Test
  void theLegendLeavesTallBarsToBeSeen() {
    assertTrue(assertUncovered(tallBarsRight(), tallBarsRight(), PEAK) > 5000, "the bars are drawn");
  }
}
