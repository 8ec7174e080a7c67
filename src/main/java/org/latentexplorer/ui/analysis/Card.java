package org.latentexplorer.ui.analysis;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** One analysis in the Analysis view: a title, a line of controls, numbers, and figures. */
class Card extends VBox {

  private final FlowPane controls = new FlowPane(8, 4);
  private final Label numbers = new Label();
  private final FlowPane figures = new FlowPane(8, 8);

  Card(String title, String explanation) {
    Label heading = new Label(title);
    heading.getStyleClass().add("card-title");
    Label about = new Label(explanation);
    about.setWrapText(true);
    about.getStyleClass().add("hint");
    controls.setAlignment(Pos.CENTER_LEFT);
    numbers.setWrapText(true);
    numbers.getStyleClass().add("card-numbers");
    numbers.managedProperty().bind(numbers.textProperty().isNotEmpty());
    setSpacing(6);
    setPadding(new Insets(10));
    getStyleClass().add("card");
    getChildren().addAll(heading, about, controls, numbers, figures);
  }

  void controls(Node... nodes) {
    controls.getChildren().addAll(nodes);
  }

  void numbers(String text) {
    numbers.setText(text);
  }

  Label numbersLabel() {
    return numbers;
  }

  /** Shows figures, replacing the ones shown; each at most {@code width} wide. */
  void figures(double width, BufferedImage... images) {
    figures.getChildren().clear();
    for (BufferedImage image : images) {
      if (image == null) {
        continue;
      }
      ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
      view.setPreserveRatio(true);
      view.setSmooth(true);
      view.setFitWidth(Math.min(width, image.getWidth()));
      figures.getChildren().add(view);
    }
  }

  /** Adds any node under the figures (a table). */
  void extra(Node node) {
    getChildren().add(node);
  }
}
