package org.latentexplorer.ui.anomaly;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.analysis.anomaly.LeaveOutTable;

/** The AUC of every score with each class left out in turn, from {@code anomaly --leave-out-all}. */
final class LeaveOutTableView extends VBox {

  private final Label title = new Label();
  private final Label about = new Label();
  private final GridPane grid = new GridPane();

  LeaveOutTableView() {
    super(6);
    setId("anomaly-leave-out-all");
    getStyleClass().add("card");
    setPadding(new Insets(8));
    title.getStyleClass().add("card-title");
    about.getStyleClass().add("hint");
    about.setWrapText(true);
    grid.setHgap(14);
    grid.setVgap(3);
    getChildren().addAll(title, about, grid);
  }

  void show(LeaveOutTable t) {
    grid.getChildren().clear();
    title.setText("Every class of " + t.data() + " left out in turn");
    about.setText(
        t.training() + String.format(Locale.ROOT, "; K = %d. ", t.samples())
            + "AUC with the left-out class as the anomaly; below 0.5 (red) the score ranks that"
            + " class as more normal than the classes the models were trained on.");
    Label head = new Label("left out");
    head.getStyleClass().add("section-title");
    grid.add(head, 0, 0);
    for (int c = 0; c < t.columns().size(); c++) {
      Label h = new Label(t.columns().get(c));
      h.getStyleClass().add("section-title");
      grid.add(h, c + 1, 0);
    }
    for (int r = 0; r < t.rows().size(); r++) {
      LeaveOutTable.Row row = t.rows().get(r);
      grid.add(new Label(row.leftOut()), 0, r + 1);
      double best = row.auc().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
      for (int c = 0; c < row.auc().size(); c++) {
        double auc = row.auc().get(c);
        Label cell = new Label(String.format(Locale.ROOT, "%.3f", auc));
        cell.getStyleClass().add(auc < 0.5 ? "auc-below-chance" : auc == best ? "auc-best" : "auc");
        grid.add(cell, c + 1, r + 1);
      }
    }
  }

  /** The text of a cell, for tests: row {@code r} (0 for the first class), column {@code c}. */
  String cell(int r, int c) {
    return grid.getChildren().stream()
        .filter(n -> GridPane.getRowIndex(n) == r + 1 && GridPane.getColumnIndex(n) == c + 1)
        .map(n -> ((Label) n).getText())
        .findFirst()
        .orElse(null);
  }
}
