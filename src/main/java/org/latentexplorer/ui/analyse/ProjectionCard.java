package org.latentexplorer.ui.analyse;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import org.latentexplorer.analysis.PcaSummary;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.embedding.EmbeddingMethod;
import org.latentexplorer.latent.embedding.EmbeddingMethods;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Workspace;
import org.latentexplorer.ui.workspace.projection.ProjectionModel;

/**
 * PCA's explained variance, the PCA axes and each embedding method's map in the scatter, and all
 * items or held-out.
 */
final class ProjectionCard extends Card {

  private final ModelSession session;
  private final ProjectionModel projection;

  ProjectionCard(Workspace explorer, ModelPaneModel pane, ModelSession s) {
    super(
        "Projections",
        "PCA finds the directions of largest variance; t-SNE and UMAP keep neighbours together"
            + " (UMAP tends to keep more of the global layout). All are drawn in the Explore tab's"
            + " scatter, where a click still decodes a true latent point.");
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
    java.util.List<javafx.scene.Node> row = new java.util.ArrayList<>(
        java.util.List.of(new Label("PC"), a, new Label("against PC"), b, pca));
    for (EmbeddingMethod m : EmbeddingMethods.ALL) {
      EmbeddingControls settings = new EmbeddingControls(m, pane.role(), dims);
      row.addAll(settings.controls());
      row.addAll(
          runControls(
              m.label(), "run-" + m.id() + "-" + pane.role(), projection.runningProperty(m),
              projection.progressProperty(m), projection.resultProperty(m),
              () -> projection.run(settings.settings()), () -> projection.cancel(m),
              () -> projection.seconds(m)));
    }
    row.add(all);
    controls(row.toArray(javafx.scene.Node[]::new));
  }

  /** A Run / Cancel button and a progress bar for one embedding; its time joins the numbers. */
  private List<Node> runControls(
      String method, String id, ReadOnlyBooleanProperty running, ReadOnlyDoubleProperty progress,
      ReadOnlyObjectProperty<float[]> result, Runnable start, Runnable cancel,
      DoubleSupplier seconds) {
    Button button = new Button(running.get() ? "Cancel " + method : "Run " + method);
    button.setId(id);
    button.setOnAction(
        e -> {
          if (running.get()) {
            cancel.run();
          } else {
            start.run();
          }
        });
    ProgressBar bar = new ProgressBar();
    bar.setPrefWidth(140);
    listen(progress, (o, x, v) -> bar.setProgress(v.doubleValue()));
    bar.setVisible(running.get());
    listen(
        running,
        (o, was, now) -> {
          button.setText(now ? "Cancel " + method : "Run " + method);
          bar.setVisible(now);
          if (!now && result.get() != null) {
            showPca(projection.pcaProperty().get());
            numbers(
                numbers()
                    + String.format(
                        Locale.ROOT, " %s of %,d items took %.1f s.", method, session.data().size(),
                        seconds.getAsDouble()));
          }
        });
    return List.of(button, bar);
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
