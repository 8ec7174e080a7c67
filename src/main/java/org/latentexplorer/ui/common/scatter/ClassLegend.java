package org.latentexplorer.ui.common.scatter;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;

/**
 * The class legend of a scatter, laid out in a line under it: a coloured check box a class,
 * unchecking hides that class's points.
 */
public final class ClassLegend extends FlowPane {

  private final ScatterView scatter;
  private Runnable onChange = () -> {};

  public ClassLegend(ScatterView scatter) {
    this.scatter = scatter;
    setHgap(10);
    setVgap(2);
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(2, 6, 2, 6));
    getStyleClass().add("class-legend");
  }

  /** Called after a class is shown or hidden. */
  public void setOnChange(Runnable onChange) {
    this.onChange = onChange;
  }

  /** Rebuilds the legend for a set of class names. */
  public void setClasses(List<String> names) {
    getChildren().clear();
    Label title = new Label("Classes:");
    title.getStyleClass().add("legend-title");
    getChildren().add(title);
    for (int c = 0; c < names.size(); c++) {
      int label = c;
      CheckBox box = new CheckBox(names.get(c));
      box.setId("legend-" + c);
      box.setSelected(scatter.isClassVisible(c));
      Rectangle swatch = new Rectangle(12, 12, ClassPalette.color(c));
      box.setGraphic(swatch);
      box.setTooltip(new javafx.scene.control.Tooltip("Show or hide the " + names.get(c) + " items on the scatter"));
      box.selectedProperty().addListener((obs, was, now) -> {
        scatter.setClassVisible(label, now);
        onChange.run();
      });
      getChildren().add(box);
    }
  }
}
