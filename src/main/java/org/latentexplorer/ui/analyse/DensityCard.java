package org.latentexplorer.ui.analyse;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.latentexplorer.analysis.AxisDensity;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.workspace.PaneAnalysis;

/** A histogram a latent axis and of the radius, with a table of each axis's centre and width. */
final class DensityCard extends Card {

  private record Figures(AxisDensity density, BufferedImage axes, BufferedImage radius) {}

  private record AxisRow(String axis, String centre, String width, String note) {}

  private final ModelSession session;
  private final PaneAnalysis analysis;
  private final TableView<AxisRow> table = new TableView<>();

  DensityCard(PaneAnalysis analysis, ModelSession s, String role) {
    super(
        "Number density",
        "Is the space filled densely and uniformly? One histogram a latent axis (a VAE's should"
            + " look like N(0, 1)), and the histogram of the radius ||z|| against the chi"
            + " distribution a standard normal of the same dimension would give.");
    this.session = s;
    this.analysis = analysis;
    Spinner<Double> bin = new Spinner<>(0.01, 2.0, 0.1, 0.02);
    bin.setId("bin-width-" + role);
    bin.setPrefWidth(84);
    bin.setEditable(true);
    table.setPrefHeight(Math.min(300, 32 + 25 * s.latentSize()));
    table.getColumns().add(column("axis", AxisRow::axis));
    table.getColumns().add(column("centre (mean)", AxisRow::centre));
    table.getColumns().add(column("width (sd)", AxisRow::width));
    table.getColumns().add(column("note", AxisRow::note));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setMaxWidth(FIGURE_W);
    bin.valueProperty().addListener((o, a, b) -> compute(b));
    controls(new Label("bin width"), bin);
    extra(table);
    compute(bin.getValue());
  }

  private void compute(double binWidth) {
    NewestRequest.Request request = newRequest();
    analysis.run(
        "Number density",
        p -> {
          AxisDensity d = AxisDensity.of(session.encoding(), binWidth);
          return new Figures(d, d.axesFigure(FIGURE_W, FIGURE_H), d.radiusFigure(FIGURE_W, FIGURE_H));
        },
        f -> {
          if (isCurrent(request)) {
            show(f);
          }
        });
  }

  private void show(Figures f) {
    AxisDensity d = f.density();
    figures(FIGURE_W, f.axes(), f.radius());
    List<AxisRow> rows = new ArrayList<>();
    long flagged = 0;
    for (int k = 0; k < session.latentSize(); k++) {
      String note = d.notes().get(k);
      flagged += note.isEmpty() ? 0 : 1;
      rows.add(
          new AxisRow(
              "z" + (k + 1),
              String.format(Locale.ROOT, "%+.3f", d.statistics().mean()[k]),
              String.format(Locale.ROOT, "%.3f", d.statistics().sd()[k]),
              note));
    }
    table.setItems(FXCollections.observableArrayList(rows));
    numbers(
        String.format(
            Locale.ROOT,
            "%d of %d axes stray from N(0, 1) (off-centre: |mean| > %.1f; wide: sd > %.1f;"
                + " narrow: sd < %.1f). Median radius %.2f against sqrt(d - 1) = %.2f.",
            flagged, session.latentSize(), AxisDensity.OFF_CENTRE, AxisDensity.WIDE,
            AxisDensity.NARROW, d.medianRadius(), d.chi().mode()));
  }

  private static TableColumn<AxisRow, String> column(String name, Function<AxisRow, String> value) {
    TableColumn<AxisRow, String> c = new TableColumn<>(name);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setSortable(false);
    return c;
  }
}
