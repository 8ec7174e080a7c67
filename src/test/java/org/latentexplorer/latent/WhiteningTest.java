package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.NpyReader;

class WhiteningTest {

  /** NumPy's squared Mahalanobis distances of the first five points (make_codes_fixtures.py). */
  private static final double[] MAHALANOBIS = {
    0.2621683379580583, 1.6158210785258609, 1.9336921299423637, 0.8040509953841408,
    2.036765899038878
  };

  private static float[] correlated() throws Exception {
    return NpyReader.read(
            Path.of(WhiteningTest.class.getResource("/data/codes/correlated.npy").toURI()))
        .toFloats();
  }

  @Test
  void aWhitenedPointsSquaredLengthIsItsMahalanobisDistance() throws Exception {
    float[] w = Whitening.fit(correlated(), 3).apply(correlated());
    for (int i = 0; i < MAHALANOBIS.length; i++) {
      double s = 0;
      for (int d = 0; d < 3; d++) {
        s += w[i * 3 + d] * w[i * 3 + d];
      }
      assertEquals(MAHALANOBIS[i], s, 1e-5, "point " + i);
    }
  }

  @Test
  void theWhitenedCodesHaveMeanZeroAndUnitCovariance() throws Exception {
    float[] w = Whitening.fit(correlated(), 3).apply(correlated());
    Pca again = Pca.fit(w, 3);
    for (int d = 0; d < 3; d++) {
      assertEquals(0, again.mean()[d], 1e-6);
      assertEquals(1, again.variances()[d], 1e-5);
    }
  }

  @Test
  void invertingGivesTheCodesBack() throws Exception {
    Whitening white = Whitening.fit(correlated(), 3);
    assertArrayEquals(correlated(), white.invert(white.apply(correlated())), 1e-5f);
  }

  @Test
  void directionsWithoutVarianceAreLeftOut() {
    float[] flat = {0, 0, 5, 1, 2, 5, 2, 1, 5, 3, 3, 5};
    Whitening white = Whitening.fit(flat, 3);
    assertEquals(2, white.rank());
    assertEquals(8, white.apply(flat).length);
    assertThrows(IllegalArgumentException.class, () -> Whitening.fit(new float[] {1, 2, 1, 2}, 2));
  }
}
