package org.latentexplorer.ui.analyse;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.latent.directions.AttributeVector;

/**
 * The vectors found so far in a model's Directions card and the cosine of the angle between each
 * two ({@link AttributeVector#cosine}): "is the direction from sneakers to boots the same as from
 * sandals to ankle boots?" Shown from the second vector on, each vector under the name latent
 * expressions know it by (v1, v2, ... in the order found).
 */
final class VectorTable extends VBox {

  private List<AttributeVector> vectors = List.of();
  private final GridPane grid = new GridPane();

  VectorTable(String role) {
    super(4);
    setId("direction-cosines-" + role);
    grid.setId("direction-cosines-grid-" + role);
    grid.setHgap(12);
    grid.setVgap(2);
    Label heading = new Label("Cosines between the vectors found");
    heading.getStyleClass().add("card-numbers");
    getChildren().addAll(heading, grid);
    setVisible(false);
    setManaged(false);
  }

  /** Shows the vectors kept for the model, the table from two on. */
  void show(List<AttributeVector> all) {
    vectors = List.copyOf(all);
    grid.getChildren().clear();
    for (int i = 0; i < vectors.size(); i++) {
      grid.add(new Label("v" + (i + 1) + " " + vectors.get(i).name()), i + 1, 0);
      grid.add(new Label("v" + (i + 1) + " " + vectors.get(i).name()), 0, i + 1);
      for (int j = 0; j < vectors.size(); j++) {
        Label c = new Label(String.format(Locale.ROOT, "%.3f",
            AttributeVector.cosine(vectors.get(i), vectors.get(j))));
        c.setAlignment(Pos.CENTER_RIGHT);
        c.setMaxWidth(Double.MAX_VALUE);
        grid.add(c, j + 1, i + 1);
      }
    }
    setVisible(vectors.size() > 1);
    setManaged(vectors.size() > 1);
  }

  /** The vectors shown, in the order found: v1, v2, ... in expressions. */
  List<AttributeVector> vectors() {
    return vectors;
  }
}
