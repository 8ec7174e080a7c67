package org.latentexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.analysis.CoverageResult;
import org.latentexplorer.analysis.ManifoldGrid;
import org.latentexplorer.analysis.SensitivityMap;
import org.latentexplorer.analysis.plot.ColourScale;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.directions.AttributeVector;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.common.scatter.Underlay;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.PaneAnalysis;

/**
 * Draws a model's prior samples over its scatter, and its sensitivity map (with its colour bar) and
 * manifold grid under it, when asked.
 */
final class AnalysisOverlays {

  private final ModelPaneModel model;
  private final ScatterView scatter;
  private final ColourBar bar;
  private boolean sensitivityDrawn;

  AnalysisOverlays(ModelPaneModel model, ScatterView scatter, ColourBar bar) {
    this.model = model;
    this.scatter = scatter;
    this.bar = bar;
    PaneAnalysis analysis = model.analysis();
    analysis.coverageProperty().addListener((o, a, b) -> showCoverage());
    analysis.showCoverageProperty().addListener((o, a, b) -> showCoverage());
    analysis.manifoldProperty().addListener((o, a, b) -> showManifold());
    analysis.manifoldUnderProperty().addListener((o, a, b) -> showManifold());
    analysis.sensitivityProperty().addListener((o, a, b) -> showManifold());
    analysis.sensitivityUnderProperty().addListener((o, a, b) -> showManifold());
    analysis.sensitivityMeasureProperty().addListener((o, a, b) -> showManifold());
    analysis.directionProperty().addListener((o, a, b) -> showDirection());
    // Above 2-D a map covers the plane through the z it was made at: it goes when z leaves it.
    model.zProperty().addListener(
        (o, a, b) -> {
          if ((shownSensitivity() != null) != sensitivityDrawn) {
            showManifold();
          }
        });
  }

  /**
   * The sensitivity map's value at a place on the scatter, in words, or null when no map is drawn
   * there.
   */
  String sensitivityAt(double x, double y) {
    SensitivityMap map = shownSensitivity();
    if (map == null) {
      return null;
    }
    SensitivityMap.Measure measure = model.analysis().sensitivityMeasureProperty().get();
    double v = map.valueAt(measure, x, y);
    return Double.isNaN(v)
        ? null
        : String.format(Locale.ROOT, "%s at the pointer: %.4g", measure.unit(), v);
  }

  private SensitivityMap shownSensitivity() {
    PaneAnalysis analysis = model.analysis();
    PaneAnalysis.SensitivityView view = analysis.sensitivityProperty().get();
    Projection p = model.projection().projection();
    if (view == null || !analysis.sensitivityUnderProperty().get() || !view.covers(p, model.z())) {
      return null;
    }
    return view.map();
  }

  /** Draws both again (the projection changed). */
  void redraw() {
    showCoverage();
    showManifold();
    showDirection();
  }

  /**
   * The attribute vector as an arrow from its first group's mean code to its second's, where the
   * projection places codes (latent axes and principal axes; not t-SNE or UMAP maps).
   */
  private void showDirection() {
    AttributeVector v = model.analysis().directionProperty().get();
    Projection p = model.projection().projection();
    double[] from = v == null || p == null ? null : p.place(v.from());
    double[] to = from == null ? null : p.place(v.walk(v.from(), 1));
    if (to == null) {
      scatter.setArrow(null, null);
    } else {
      scatter.setArrow(new double[] {from[0], from[1], to[0], to[1]}, v.name());
    }
  }

  private void showCoverage() {
    PaneAnalysis analysis = model.analysis();
    CoverageResult result = analysis.coverageProperty().get();
    Projection p = model.projection().projection();
    float[] placed = result == null || p == null ? null : result.placed(p);
    if (placed == null || !analysis.showCoverageProperty().get()) {
      scatter.setExtraPoints(null, null);
    } else {
      scatter.setExtraPoints(placed, result.colours());
    }
  }

  private void showManifold() {
    PaneAnalysis analysis = model.analysis();
    ManifoldGrid grid = analysis.manifoldProperty().get();
    Projection p = model.projection().projection();
    List<Underlay> tiles = new ArrayList<>();
    SensitivityMap map = shownSensitivity();
    sensitivityDrawn = map != null;
    ColourScale scale = null;
    if (map != null) {
      double[] w = map.window();
      SensitivityMap.Measure measure = analysis.sensitivityMeasureProperty().get();
      scale = map.scale(measure);
      tiles.add(
          new Underlay(
              w[0], w[1], w[2], w[3], scale.argb(map.values(measure)), map.columns(), map.rows()));
    }
    bar.show(scale);
    if (grid == null || !analysis.manifoldUnderProperty().get() || !(p instanceof AxisProjection)) {
      scatter.setUnderlays(tiles);
      return;
    }
    InputShape shape = grid.shape();
    for (ManifoldGrid.Tile t : grid.tiles()) {
      tiles.add(
          new Underlay(
              t.x0(), t.x1(), t.y0(), t.y1(), washed(PixelImages.toArgb(t.pixels(), shape)),
              shape.width(), shape.height()));
    }
    scatter.setUnderlays(tiles);
  }

  /** Lightened pixels, so that the points drawn over a manifold grid stay readable. */
  private static int[] washed(int[] argb) {
    int[] out = new int[argb.length];
    for (int i = 0; i < argb.length; i++) {
      int c = argb[i];
      int r = 255 - (255 - (c >> 16 & 0xff)) * 45 / 100;
      int g = 255 - (255 - (c >> 8 & 0xff)) * 45 / 100;
      int b = 255 - (255 - (c & 0xff)) * 45 / 100;
      out[i] = 0xff000000 | r << 16 | g << 8 | b;
    }
    return out;
  }
}
