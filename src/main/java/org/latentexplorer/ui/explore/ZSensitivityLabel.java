package org.latentexplorer.ui.explore;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.engine.SensitivityRequest;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.workspace.DecodedImage;
import org.latentexplorer.ui.workspace.ModelPaneModel;

/**
 * The decoded image's title with the decoder's sensitivity at the z shown: "decode(z) · ||J||_F
 * 17.9", and in its tooltip the log10 magnification factor too. Measured after each decode shown;
 * only the answer to the newest decode is written. One short line, so that it takes no room from
 * the sliders at projector sizes.
 */
final class ZSensitivityLabel extends Label {

  static final String TITLE = "decode(z)";
  private static final String EXPLAINED =
      "How much the decoded image changes per unit step in z here: ||J||_F, the Frobenius norm of the"
          + " decoder's Jacobian (pixel probability per unit of z)";

  private final ModelPaneModel model;
  private final NewestRequest requests = new NewestRequest();
  private final Tooltip tooltip = new Tooltip(EXPLAINED);

  ZSensitivityLabel(ModelPaneModel model) {
    super(TITLE);
    this.model = model;
    setId("z-sensitivity-" + model.role());
    setTooltip(tooltip);
    model.decodedProperty().addListener((o, a, d) -> measure(d));
    model.sessionProperty().addListener((o, a, s) -> show(TITLE, EXPLAINED));
  }

  private void measure(DecodedImage d) {
    ModelSession s = model.session();
    if (d == null || s == null) {
      return;
    }
    NewestRequest.Request request = requests.next();
    BackgroundTask.ofFuture("Sensitivity at z", p -> SensitivityRequest.latest(s.engine(), d.z()))
        .onSuccess(
            v -> {
              if (request.isNewest() && model.session() == s) {
                double f = v.frobenius()[0];
                double m = v.logMagnification()[0] / Math.log(10);
                show(
                    String.format(Locale.ROOT, "%s · ||J||_F %.3g", TITLE, f),
                    String.format(
                        Locale.ROOT, "%s.%n||J||_F %.4g, log10 magnification factor sqrt(det(JᵀJ)) %.3f",
                        EXPLAINED, f, m));
              }
            })
        .onFailure(
            e -> {
              if (request.isNewest() && model.session() == s) {
                show(TITLE, "The sensitivity at z failed: " + BackgroundTask.message(e));
              }
            })
        .executeWith(model.tasks());
  }

  private void show(String text, String explained) {
    setText(text);
    tooltip.setText(explained);
  }
}
