package org.latentexplorer.ui.analyse;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.workspace.Selections;

/**
 * The selections drawn on a model's scatter, as groups a direction may start or end at: each one's
 * name, size and classes, and a button that clears them; without any, how to draw one.
 */
final class SelectionsLine extends HBox {

  private final Label text = new Label();
  private final Button clear = new Button("Clear selections");
  private final Selections selections;
  private final ImageSet data;

  SelectionsLine(Selections selections, ImageSet data, String role) {
    super(8);
    this.selections = selections;
    this.data = data;
    setId("directions-selections-" + role);
    setAlignment(Pos.CENTER_LEFT);
    text.setId("directions-selections-text-" + role);
    text.setWrapText(true);
    text.setMinWidth(0);
    clear.setId("directions-selections-clear-" + role);
    Tips.set(clear, "Forget the selections drawn on this model's scatter (vectors found stay)");
    clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    clear.setOnAction(e -> selections.clear());
    getChildren().addAll(text, clear);
    show(selections.items());
  }

  /** Shows the selections as they are now. */
  void show(List<Selections.Selection> shown) {
    if (shown.isEmpty()) {
      text.setText("Selections: none. Ctrl-drag a loop around items on the scatter in Explore, then use s1, s2,"
          + " ... as groups here.");
    } else {
      text.setText("Selections: " + shown.stream().map(s -> Selections.describe(s, data))
          .collect(Collectors.joining("; ")));
    }
    clear.setVisible(!shown.isEmpty());
    clear.setManaged(!shown.isEmpty());
  }

  /** The names of the selections, as groups the from and to boxes offer. */
  List<String> names() {
    return selections.items().stream().map(Selections.Selection::name).toList();
  }
}
