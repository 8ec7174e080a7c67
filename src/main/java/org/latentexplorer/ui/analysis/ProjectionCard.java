package org.latentexplorer.ui.analysis;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import org.latentexplorer.analysis.PcaSummary;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.ui.explorer.ExplorerModel;
import org.latentexplorer.ui.explorer.ModelPaneModel;
import org.latentexplorer.ui.projection.ProjectionModel;

/** PCA's explained variance, the PCA axes and t-SNE in the scatter, and all items or held-out. */
final class ProjectionCard extends Card {

  private final ModelSession session;
  private final ProjectionModel projection;

  ProjectionCard(ExplorerModel explorer, ModelPaneModel pane, ModelSession s) {
    super(
        "Projections",
        "PCA finds the directions of largest variance; t-SNE keeps neighbours together. Both are"
            + " drawn in the Explore tab's scatter, where a click still decodes a true latent"
            + " point.");
    this.session = s;
    this.projection = pane.projection();
    int dims = s.latentSize();
    listen(projection.pcaProperty(), (o, a, p) -> showPca(p));
    showPca(projection.pcaProperty().get());
    CheckBox all = new CheckBox("All items (training and test sets)");
    all.setId("all-data-" + pane.role());
    all.setSelected(pane.allDataProperty().get());
    all.setOnAction(e -> explorer.showAllData(pane, all.isSelected()));
    if (dims <= 2) {
      controls(new Label("The latent is " + dims + "-D: the scatter shows it directly."), all);
      return;
    }
    Spinner<Integer> a = new Spinner<>(1, dims, 1);
    Spinner<Integer> b = new Spinner<>(1, dims, 2);
    a.setPrefWidth(70);
    b.setPrefWidth(70);
    Button pca = new Button("Show PCA axes in the scatter");
    pca.setId("show-pca-" + pane.role());
    pca.setOnAction(e -> projection.showPca(a.getValue() - 1, b.getValue() - 1));
    TsneSettings settings = new TsneSettings(pane.role(), dims);
    Button tsne = new Button(projection.tsneRunningProperty().get() ? "Cancel t-SNE" : "Run t-SNE");
    tsne.setId("run-tsne-" + pane.role());
    tsne.setOnAction(
        e -> {
          if (projection.tsneRunningProperty().get()) {
            projection.cancelTsne();
          } else {
            projection.runTsne(settings.options(), settings.components());
          }
        });
    ProgressBar progress = new ProgressBar();
    progress.setPrefWidth(140);
    listen(projection.tsneProgressProperty(), (o, x, v) -> progress.setProgress(v.doubleValue()));
    progress.setVisible(projection.tsneRunningProperty().get());
    listen(
        projection.tsneRunningProperty(),
        (o, was, running) -> {
          tsne.setText(running ? "Cancel t-SNE" : "Run t-SNE");
          progress.setVisible(running);
          if (!running && projection.tsneProperty().get() != null) {
            showPca(projection.pcaProperty().get());
            numbers(
                numbers()
                    + String.format(
                        Locale.ROOT, " t-SNE of %,d items took %.1f s.", s.data().size(),
                        projection.tsneSeconds()));
          }
        });
    java.util.List<javafx.scene.Node> row = new java.util.ArrayList<>(
        java.util.List.of(new Label("PC"), a, new Label("against PC"), b, pca));
    row.addAll(settings.controls());
    row.addAll(java.util.List.of(tsne, progress, all));
    controls(row.toArray(javafx.scene.Node[]::new));
  }

  private void showPca(Pca p) {
    if (p == null) {
      return;
    }
    int dims = session.latentSize();
    if (dims > 2) {
      figures(FIGURE_W, PcaSummary.figure(p, FIGURE_W, FIGURE_H));
    }
    double[] cumulative = p.cumulativeRatio();
    int for90 = 0;
    while (for90 < cumulative.length - 1 && cumulative[for90] < 0.9) {
      for90++;
    }
    numbers(
        String.format(
            Locale.ROOT,
            "PC1 explains %.1f%% of the variance; %d of %d axes explain 90%%.",
            100 * p.explainedRatio()[0], for90 + 1, dims));
  }
}
