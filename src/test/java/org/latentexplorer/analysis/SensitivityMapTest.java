package org.latentexplorer.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.SensitivityRequest;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.EmbeddingProjection;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Sensitivity;

/** The map over a plane of a 3-D latent: the plane a projection shows, and each cell's value. */
class SensitivityMapTest {

  private static final float[] CODES = {0.1f, 1, -2, 0.5f, -1, 0.3f, -0.7f, 0.2f, 1.5f, 1.1f, 0.4f, -0.2f};

  @Test
  void anAxisViewIsThePlaneOfItsTwoAxesThroughTheCurrentZ() {
    float[] z = {0.5f, -1, 2};
    SensitivityMap.Plane plane = SensitivityMap.Plane.through(new AxisProjection(CODES, 3, 0, 2), z);
    assertArrayEquals(new float[] {0, -1, 0}, plane.origin());
    assertArrayEquals(new float[] {1, 0, 0}, plane.u());
    assertArrayEquals(new float[] {0, 0, 1}, plane.v());
    assertTrue(plane.sameAs(SensitivityMap.Plane.through(new AxisProjection(CODES, 3, 0, 2), new float[] {9, -1, 9})));
    assertFalse(plane.sameAs(SensitivityMap.Plane.through(new AxisProjection(CODES, 3, 0, 2), new float[] {0, 1, 0})));
  }

  @Test
  void aPrincipalViewMovesAlongTheTwoComponents() {
    Pca pca = Pca.fit(CODES, 3);
    PcaProjection p = new PcaProjection(pca, CODES, 0, 1);
    float[] z = {0.2f, 0.4f, -0.1f};
    SensitivityMap.Plane plane = SensitivityMap.Plane.through(p, z);
    for (int k = 0; k < 3; k++) {
      assertEquals(pca.components()[0][k], plane.u()[k], 1e-6);
      assertEquals(pca.components()[1][k], plane.v()[k], 1e-6);
    }
    double[] back = p.place(plane.origin());
    assertEquals(0, back[0], 1e-5);
    assertEquals(0, back[1], 1e-5);
  }

  @Test
  void anEmbeddingShowsNoPlane() {
    assertNull(SensitivityMap.Plane.through(new EmbeddingProjection(new float[] {0, 0, 1, 1}, "t-SNE", "tsne"), new float[3]));
  }

  @Test
  void eachCellHoldsTheSensitivityAtItsCentreOnThePlane() throws Exception {
    Path folder = Path.of(getClass().getResource("/torchscript/tiny-vae").toURI());
    try (LatentEngine engine = LatentEngine.open(folder, Executors.newSingleThreadExecutor(), false)) {
      float[] z = {0.3f, -0.6f, 1.2f};
      SensitivityMap.Plane plane = SensitivityMap.Plane.through(new AxisProjection(CODES, 3, 1, 2), z);
      double[] window = {-2, 2, -1, 1};
      SensitivityMap map = SensitivityMap.start(engine, plane, window, 4, null, null).get();
      assertEquals(8, map.columns(), "square cells: 4 along the shorter side");
      assertEquals(4, map.rows());
      float[] points = new float[3 * 32];
      for (int r = 0; r < 4; r++) {
        for (int c = 0; c < 8; c++) {
          int i = r * 8 + c;
          points[3 * i] = 0.3f;
          points[3 * i + 1] = (float) (-2 + (c + 0.5) * 0.5);
          points[3 * i + 2] = (float) (1 - (r + 0.5) * 0.5);
        }
      }
      Sensitivity direct = SensitivityRequest.start(engine, points, 32, null, null).get();
      assertArrayEquals(direct.frobenius(), map.values().frobenius(), 0.0);
      assertEquals(
          direct.frobenius()[8 + 5],
          map.valueAt(SensitivityMap.Measure.FROBENIUS, -2 + 5.5 * 0.5, 1 - 1.5 * 0.5), 0.0);
      assertEquals(
          direct.logMagnification()[0] / Math.log(10),
          map.valueAt(SensitivityMap.Measure.MAGNIFICATION, -1.9, 0.9), 1e-15);
      assertTrue(Double.isNaN(map.valueAt(SensitivityMap.Measure.FROBENIUS, 2.1, 0)));
    }
  }
}
