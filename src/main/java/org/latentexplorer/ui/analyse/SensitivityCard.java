package org.latentexplorer.ui.analyse;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.util.StringConverter;
import org.latentexplorer.analysis.SensitivityMap;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.scatter.ViewWindow;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.PaneAnalysis;

/**
 * Maps how much the decoded image changes per unit step in z over the scatter's view: the
 * decoder's Jacobian, as its Frobenius norm or as the magnification factor, drawn under the points
 * and shown here with a colour bar.
 */
final class SensitivityCard extends Card {

  private static final int BAR = SensitivityMap.BAR_WIDTH;

  private final PaneAnalysis analysis;
  private final ModelPaneModel pane;
  private final Button map = new Button("Map the scatter's view");
  private final Button cancel = new Button("Cancel");
  private AtomicBoolean cancelled = new AtomicBoolean();

  SensitivityCard(PaneAnalysis analysis, AnalysisPanel.ViewSource view, String role) {
    super(
        "Decoder sensitivity",
        "How much the decoded image changes per unit step in z (the decoder's Jacobian J): its"
            + " Frobenius norm, or the magnification factor sqrt(det(JᵀJ)) of Arvanitidis, Hansen and"
            + " Hauberg (2018), on a grid over the scatter's current view; above 2-D in the plane the"
            + " view shows, through the current z. Bright ridges are where an interpolation jumps.");
    this.analysis = analysis;
    this.pane = analysis.pane();
    ChoiceBox<SensitivityMap.Measure> measure = new ChoiceBox<>();
    measure.getItems().setAll(SensitivityMap.Measure.values());
    measure.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(SensitivityMap.Measure m) {
            return m == null ? "" : m.title();
          }

          @Override
          public SensitivityMap.Measure fromString(String s) {
            return null;
          }
        });
    measure.setId("sensitivity-measure-" + role);
    measure.setValue(analysis.sensitivityMeasureProperty().get());
    measure.valueProperty().addListener((o, a, m) -> analysis.sensitivityMeasureProperty().set(m));
    listen(analysis.sensitivityMeasureProperty(), (o, a, m) -> {
      measure.setValue(m);
      draw();
    });
    int latent = pane.session() == null ? 2 : pane.session().latentSize();
    Spinner<Integer> cells = new Spinner<>(8, 96, latent == 2 ? 64 : 32);
    cells.setPrefWidth(75);
    CheckBox under = new CheckBox("Draw under the scatter");
    under.setId("sensitivity-under-" + role);
    under.setSelected(analysis.sensitivityUnderProperty().get());
    under.selectedProperty().addListener((o, a, b) -> analysis.sensitivityUnderProperty().set(b));
    listen(analysis.sensitivityUnderProperty(), (o, a, b) -> under.setSelected(b));
    listen(analysis.sensitivityProperty(), (o, a, m) -> draw());
    map.setId("sensitivity-run-" + role);
    cancel.setId("sensitivity-cancel-" + role);
    cancel.setDisable(true);
    cancel.setOnAction(
        e -> {
          cancelled.set(true);
          numbers("Cancelled; the map shown before, if any, stays.");
        });
    map.setOnAction(
        e -> {
          ViewWindow w = view.window();
          AtomicBoolean flag = new AtomicBoolean();
          cancelled = flag;
          boolean started =
              analysis.mapSensitivity(
                  new double[] {w.xMin(), w.xMax(), w.yMin(), w.yMax()}, cells.getValue(), flag::get,
                  () -> {
                    map.setDisable(false);
                    cancel.setDisable(true);
                  });
          if (started) {
            map.setDisable(true);
            cancel.setDisable(false);
            numbers("");
          } else {
            numbers("The scatter shows t-SNE or UMAP: choose latent axes or principal axes first.");
          }
        });
    controls(new Label("cells a side"), cells, measure, under, map, cancel);
  }

  private void draw() {
    PaneAnalysis.SensitivityView shown = analysis.sensitivityProperty().get();
    Projection p = pane.projection().projection();
    if (shown == null || p == null) {
      return;
    }
    SensitivityMap.Measure measure = analysis.sensitivityMeasureProperty().get();
    SensitivityMap m = shown.map();
    String x = p.xLabel();
    String y = p.yLabel();
    float[] codes = shown.covers(p, pane.z()) ? p.coordinates() : new float[0];
    numbers(summary(m));
    NewestRequest.Request request = newRequest();
    analysis.run(
        "Sensitivity figure",
        progress -> m.figure(measure, codes, x, y, FIGURE_W - BAR, FIGURE_W - 120),
        (BufferedImage figure) -> {
          if (isCurrent(request)) {
            figures(FIGURE_W, figure);
          }
        });
  }

  private static String summary(SensitivityMap m) {
    double[] f = m.values(SensitivityMap.Measure.FROBENIUS);
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    double sum = 0;
    for (double v : f) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
    }
    return String.format(
        java.util.Locale.ROOT,
        "%d x %d cells: ||J||_F from %.3g to %.3g, mean %.3g (pixel probability per unit of z)",
        m.columns(), m.rows(), lo, hi, sum / f.length);
  }
}
