package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DensityTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 16, 64})
  void theRadiusHistogramOfStandardNormalSamplesPeaksNearSqrtDMinusOne(int d) {
    Random r = new Random(d);
    int n = 200_000;
    double[] radii = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int k = 0; k < d; k++) {
        double g = r.nextGaussian();
        s += g * g;
      }
      radii[i] = Math.sqrt(s);
    }
    Histogram h = Histogram.of(radii, 0, Math.sqrt(d) + 5, 0.1);
    ChiDistribution chi = new ChiDistribution(d);

    assertEquals(Math.sqrt(d - 1), chi.mode(), 1e-12);
    assertEquals(chi.mode(), h.mode(), 0.15);
    // The histogram follows the chi density bin by bin.
    int b = (int) (chi.mode() / 0.1);
    assertEquals(chi.pdf(h.centre(b)), h.density(b), 0.03);
  }

  @Test
  void chiDensityIntegratesToOneAndHasTheKnownMean() {
    for (int k : new int[] {1, 2, 3, 20}) {
      ChiDistribution chi = new ChiDistribution(k);
      double integral = 0;
      double mean = 0;
      for (double r = 0.0005; r < 30; r += 0.001) {
        integral += chi.pdf(r) * 0.001;
        mean += r * chi.pdf(r) * 0.001;
      }
      assertEquals(1, integral, 1e-4, "k=" + k);
      assertEquals(chi.mean(), mean, 1e-4, "k=" + k);
    }
    assertEquals(Math.sqrt(Math.PI / 2), new ChiDistribution(2).mean(), 1e-12);
  }

  @Test
  void specialFunctions() {
    assertEquals(Math.log(24), SpecialFunctions.logGamma(5), 1e-12);
    assertEquals(0.5 * Math.log(Math.PI), SpecialFunctions.logGamma(0.5), 1e-12);
    assertEquals(0, SpecialFunctions.normalQuantile(0.5), 1e-12);
    assertEquals(1.959963984540054, SpecialFunctions.normalQuantile(0.975), 1e-8);
    assertEquals(-2.326347874040841, SpecialFunctions.normalQuantile(0.01), 1e-8);
    assertEquals(-SpecialFunctions.normalQuantile(0.001), SpecialFunctions.normalQuantile(0.999), 1e-8);
  }

  @Test
  void histogramCountsEqualBins() {
    Histogram h = Histogram.of(new double[] {0.1, 0.2, 0.9, 1.5, -3, 2.0}, 0, 2, 0.5);
    assertArrayEquals(new long[] {2, 1, 0, 1}, h.counts());
    assertEquals(4, h.total());
    assertEquals(0.25, h.centre(0));
  }

  @Test
  void priorCoverageFindsAKnownHole() {
    // Data fill the square [-3, 3]^2 except the disc of radius 1.5 around the origin.
    Random r = new Random(11);
    int n = 20_000;
    float[] data = new float[2 * n];
    for (int i = 0; i < n; ) {
      double x = -3 + 6 * r.nextDouble();
      double y = -3 + 6 * r.nextDouble();
      if (Math.hypot(x, y) > 1.5) {
        data[2 * i] = (float) x;
        data[2 * i + 1] = (float) y;
        i++;
      }
    }
    // Samples: half inside the hole (radius < 1), half in the populated ring (2 to 2.8).
    int m = 2000;
    float[] samples = new float[2 * m];
    for (int i = 0; i < m; i++) {
      double radius = i % 2 == 0 ? r.nextDouble() : 2 + 0.8 * r.nextDouble();
      double angle = 2 * Math.PI * r.nextDouble();
      samples[2 * i] = (float) (radius * Math.cos(angle));
      samples[2 * i + 1] = (float) (radius * Math.sin(angle));
    }

    PriorCoverage c = PriorCoverage.measure(data, samples, 2);

    // Every sample in the hole is outside; in the populated ring a sample is as near the data as
    // a data point is to its neighbour, so about 95% of those are inside by construction.
    int ringInside = 0;
    for (int i = 0; i < m; i++) {
      if (i % 2 == 0) {
        assertEquals(false, c.inside()[i], "sample " + i + " lies in the hole");
      } else {
        ringInside += c.inside()[i] ? 1 : 0;
      }
    }
    assertEquals(0.95, ringInside / (m / 2.0), 0.03);
    assertEquals(ringInside / (double) m, c.fractionInside(), 1e-12);
    assertTrue(c.medianRatio() > 5, "median ratio " + c.medianRatio());
    assertTrue(c.threshold() > 0.03 && c.threshold() < 0.2, "threshold " + c.threshold());
  }

  @Test
  void encoderStatisticsOfKnownPosteriors() {
    // Dimension 0: mu = +-1, sigma = 0.5 -> KL = 0.5 (1 + 0.25 - 1 - ln 0.25); dimension 1: prior.
    float lv = (float) Math.log(0.25);
    float[] means = {1, 0, -1, 0};
    float[] logVariances = {lv, 0, lv, 0};
    EncoderStatistics s = EncoderStatistics.of(means, logVariances, 2);
    assertEquals(0.5 * (1 + 0.25 - 1 - Math.log(0.25)), s.klPerDimension()[0], 1e-6);
    assertEquals(0, s.klPerDimension()[1], 1e-12);
    assertEquals(0.5, s.meanSd()[0], 1e-6);
    assertEquals(1, s.meanSd()[1], 1e-12);
    assertEquals(2, s.varianceOfMeans()[0], 1e-6);
    assertEquals(1, s.activeDimensions());
  }
}
