package org.latentexplorer.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Spinner;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.explore.ModelPane;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.StripRow;

/**
 * What must hold in the window whenever it is idle, as the monkey checks it after each action: the
 * sliders' rows and values agree with z, the crosshair is at z, the image is decode(z), the
 * selections drawn are the model's, and the strip has as many frames a row as its spinner says.
 */
final class MonkeyInvariants {

  private MonkeyInvariants() {}

  static List<String> check(MainWindow window) throws Exception {
    List<String> out = new ArrayList<>();
    List<ModelPane> panes = new ArrayList<>(List.of(window.mainPane()));
    if (window.model().comparingProperty().get()) {
      panes.add(window.comparePane());
    }
    for (ModelPane pane : panes) {
      ModelPaneModel m = pane.model();
      ModelSession s = m.session();
      String who = m.role() + " (" + s.name() + ")";
      boolean vectors = window.root().lookup("#slider-order-" + m.role()) instanceof javafx.scene.control.ChoiceBox<?> order
          && order.getValue() == org.latentexplorer.ui.explore.sliders.SliderOrder.VECTORS;
      int rows = vectors ? m.analysis().vectors().size() : s.latentSize();
      if (pane.sliders().list().getItems().size() != rows) {
        out.add(who + ": " + pane.sliders().list().getItems().size() + " slider rows for " + s.latentSize() + "-D"
            + (vectors ? " and " + rows + " vectors as the basis" : ""));
      }
      if (!Arrays.equals(pane.sliders().values(), m.z())) {
        out.add(who + ": the sliders show " + Arrays.toString(pane.sliders().values()) + ", z is " + Arrays.toString(m.z()));
      }
      Projection p = m.projection().projection();
      double[] place = p == null ? null : p.place(m.z());
      double[] marker = pane.scatter().marker();
      if (place != null && (marker == null || Math.abs(marker[0] - place[0]) > 1e-9 || Math.abs(marker[1] - place[1]) > 1e-9)) {
        out.add(who + ": the crosshair is at " + Arrays.toString(marker) + ", z is at " + Arrays.toString(place));
      }
      List<String> selections = m.selections().items().stream().map(c -> c.name()).toList();
      if (!selections.equals(pane.scatter().selectionNames())) {
        out.add(who + ": the scatter draws the selections " + pane.scatter().selectionNames() + ", the model has " + selections);
      }
      for (var c : m.selections().items()) {
        if (Arrays.stream(c.items()).anyMatch(i -> i >= s.data().size())) {
          out.add(who + ": selection " + c.name() + " holds an item past the data's " + s.data().size());
        }
      }
      int[] expected = PixelImages.toArgb(s.engine().decode(m.z()).get(30, TimeUnit.SECONDS), s.description().model().input());
      if (!Arrays.equals(expected, pane.decodedView().argb())) {
        out.add(who + ": the image is not decode(z)");
      }
    }
    int frames = window.model().strip().framesProperty().get();
    Spinner<?> spinner = (Spinner<?>) window.root().lookup("#strip-frames");
    if (!Integer.valueOf(frames).equals(spinner.getValue())) {
      out.add("the spinner says " + spinner.getValue() + ", the strip has " + frames + " frames a row");
    }
    for (StripRow row : window.strip().rows()) {
      if (row.frames().size() != frames) {
        out.add("a strip row has " + row.frames().size() + " frames, the spinner says " + frames);
        break;
      }
    }
    return out;
  }
}
