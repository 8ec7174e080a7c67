package org.latentexplorer.ui.codes;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.codes.CodeSet;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.common.scatter.ClassLegend;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.common.status.StatusBar;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.FxTaskExecutor;
import org.latentexplorer.ui.explore.ProjectionChooser;
import org.latentexplorer.ui.workspace.projection.ProjectionModel;

/**
 * The window on codes without a model ({@code explore --codes}): the scatter of the codes, with
 * the same projections as a model's (two latent dimensions, two principal axes, t-SNE, UMAP), its
 * classes and, where images were given, each item's image on hover; beside it the number density
 * and the prior coverage ({@link CodesStudy}). What needs a decoder (the decoded image, sliders,
 * strip, samples, evaluation, anomaly detection) is not in this window, and its title says "codes
 * only".
 */
public final class CodesWindow {

  private final CodeSet codes;
  private final FxTaskExecutor tasks = new FxTaskExecutor();
  private final StatusBar statusBar = new StatusBar();
  private final ProjectionModel projection;
  private final ScatterView scatter = new ScatterView();
  private final ClassLegend legend = new ClassLegend(scatter);
  private final CodesStudy study;
  private final BorderPane root = new BorderPane();

  /**
   * @param codes the codes and their classes
   * @param images one image an item, shown when the pointer rests on its point, or null
   */
  public CodesWindow(CodeSet codes, ImageSet images) {
    this.codes = codes;
    StatusSink status = statusBar.sink();
    Encoding encoding = new Encoding(codes.count(), codes.dims(), codes.codes(), null);
    projection = new ProjectionModel(tasks, status);
    ProjectionChooser chooser = new ProjectionChooser(projection, "codes");
    study = new CodesStudy(codes.name(), encoding, tasks, status);

    Label title = new Label(String.format(Locale.ROOT, "%s · codes only · %,d items · %d dimensions%s",
        codes.name(), codes.count(), codes.dims(),
        codes.labelled() ? " · " + codes.classNames().size() + " classes" : ""));
    title.setId("codes-title");
    title.getStyleClass().add("card-title");
    Button resetView = new Button("Reset view");
    resetView.setOnAction(e -> scatter.resetView());
    FlowPane tools = new FlowPane(10, 4);
    tools.getChildren().addAll(chooser.parts());
    tools.getChildren().add(resetView);
    tools.setAlignment(Pos.CENTER_LEFT);

    scatter.setId("scatter-codes");
    scatter.setMinHeight(0);
    legend.setId("legend-codes");
    legend.setClasses(codes.classNames());
    if (images != null) {
      InputShape shape = new InputShape(images.channels(), images.height(), images.width());
      scatter.setThumbnails(i -> PixelImages.toImage(images.image(i), shape));
    }
    VBox column = new VBox(4, tools, scatter, legend);
    VBox.setVgrow(scatter, Priority.ALWAYS);
    column.setPadding(new Insets(6));
    ScrollPane side = new ScrollPane(study);
    side.setFitToWidth(true);
    side.setPrefViewportWidth(CodesStudy.SHOWN_W + 16);
    side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    study.setPadding(new Insets(6));

    root.setTop(new VBox(title));
    BorderPane.setMargin(root.getTop(), new Insets(6, 6, 0, 6));
    root.setCenter(column);
    root.setRight(side);
    root.setBottom(statusBar);
    root.getStylesheets()
        .add(CodesWindow.class.getResource("/org/latentexplorer/ui/explorer.css").toExternalForm());

    projection.projectionProperty().addListener((o, a, p) -> show(p));
    projection.reset(codes.name(), encoding);
    chooser.codesChanged(codes.dims());
  }

  private void show(Projection p) {
    if (p == null) {
      return;
    }
    scatter.setPoints(p.coordinates(), codes.labels(), codes.classNames());
    scatter.setAxisLabels(p.xLabel(), p.yLabel());
    scatter.setPriorRings(p.inLatentUnits());
  }

  public Parent root() {
    return root;
  }

  /** The window's title: the codes' file, and that there is no model. */
  public String title() {
    return "Latent Explorer - " + codes.name() + " (codes only)";
  }

  public ProjectionModel projection() {
    return projection;
  }

  public ScatterView scatter() {
    return scatter;
  }

  /** The coverage's numbers in words, as shown beside the scatter (empty before they arrive). */
  public String coverageSummary() {
    return study.summaryShown();
  }

  /** The study's figures: 0 the axes' density, 1 the radius, 2 the coverage map (null before). */
  public javafx.scene.image.Image studyFigure(int i) {
    return study.figure(i);
  }

  public StatusBar statusBar() {
    return statusBar;
  }

  /** Stops the background work. */
  public void close() {
    projection.cancelAll();
    tasks.close();
  }

  /** Waits, off the FX thread, until the background work has ended after {@link #close}. */
  public boolean awaitClosed(long seconds) throws InterruptedException {
    return tasks.awaitTermination(seconds, java.util.concurrent.TimeUnit.SECONDS);
  }
}
