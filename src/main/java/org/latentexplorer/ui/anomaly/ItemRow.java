package org.latentexplorer.ui.anomaly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.analysis.anomaly.AnomalyResult;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.image.PixelatedImageView;

/**
 * Items of an anomaly result in a row: each original above its reconstruction by the column's
 * model, with its class (marked when anomalous) and its score.
 */
final class ItemRow extends FlowPane {

  private static final double SIDE = 44;
  private final List<Integer> shown = new ArrayList<>();

  ItemRow(String id) {
    super(6, 6);
    setId(id);
  }

  void show(AnomalyResult r, AnomalyResult.Column c, int[] items) {
    getChildren().clear();
    shown.clear();
    boolean[] anomalous = r.anomalous();
    for (int i : items) {
      PixelatedImageView original = new PixelatedImageView(SIDE);
      original.show(r.image(i), r.shape());
      PixelatedImageView reconstruction = new PixelatedImageView(SIDE);
      reconstruction.show(r.reconstruction(c.model(), i), r.shape());
      String label = r.className(r.labels()[i]);
      Label caption = new Label((anomalous[i] ? "● " : "") + label);
      caption.getStyleClass().add(anomalous[i] ? "anomalous-caption" : "frame-caption");
      Label score = new Label(String.format(Locale.ROOT, "%.3g", c.values()[i]));
      score.getStyleClass().add("frame-caption");
      VBox cell = new VBox(1, original, reconstruction, caption, score);
      cell.setAlignment(Pos.TOP_CENTER);
      Tips.install(
          cell,
          String.format(
              Locale.ROOT, "Item #%d, class %s%s; %s = %.5g (original above, reconstruction below)",
              i, label, anomalous[i] ? " (anomalous)" : "", c.name(), c.values()[i]));
      getChildren().add(cell);
      shown.add(i);
    }
  }

  void clear() {
    getChildren().clear();
    shown.clear();
  }

  /** The items shown, in order, for tests. */
  List<Integer> shownItems() {
    return List.copyOf(shown);
  }
}
