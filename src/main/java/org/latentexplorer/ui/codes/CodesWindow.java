package org.latentexplorer.ui.codes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import javafx.stage.FileChooser;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.codes.CodeSet;
import org.latentexplorer.data.codes.CodesFiles;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.common.scatter.ClassLegend;
import org.latentexplorer.ui.common.scatter.ScatterListener;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.common.status.StatusBar;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.FxTaskExecutor;
import org.latentexplorer.ui.explore.ProjectionChooser;
import org.latentexplorer.ui.workspace.projection.ProjectionModel;
import org.latentexplorer.ui.workspace.projection.ProjectionView;

/**
 * The window on codes without a model ({@code explore --codes}): the scatter of the codes, with
 * the same projections as a model's (two latent dimensions, two principal axes, t-SNE, UMAP), its
 * classes and, where images were given, each item's image on hover; beside it the number density
 * and the prior coverage ({@link CodesStudy}). What needs a decoder (the decoded image, sliders,
 * strip, samples, evaluation, anomaly detection) is not in this window, and its title says "codes
 * only".
 */
public final class CodesWindow {

  private final CodesFiles files;
  private final CodeSet codes;
  private final ItemBookmarks items;
  private final FxTaskExecutor tasks = new FxTaskExecutor();
  private final StatusBar statusBar = new StatusBar();
  private final ProjectionModel projection;
  private final ScatterView scatter = new ScatterView();
  private final ClassLegend legend = new ClassLegend(scatter);
  private final CodesStudy study;
  private final BorderPane root = new BorderPane();

  /**
   * @param files the files the codes came from (written to a saved session)
   * @param codes the codes and their classes
   * @param images one image an item, shown when the pointer rests on its point, or null
   */
  public CodesWindow(CodesFiles files, CodeSet codes, ImageSet images) {
    this.files = files;
    this.codes = codes;
    this.items = new ItemBookmarks(codes);
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
    Button save = new Button("Save session...");
    save.setId("save-codes-session");
    save.setOnAction(e -> chooseSessionFile());
    FlowPane tools = new FlowPane(10, 4);
    tools.getChildren().addAll(chooser.parts());
    tools.getChildren().addAll(resetView, save);
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
    ScrollPane side = new ScrollPane(new VBox(14, items, study));
    side.setFitToWidth(true);
    side.setPrefViewportWidth(CodesStudy.SHOWN_W + 16);
    side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    side.getContent().setStyle("-fx-padding: 6;");

    root.setTop(new VBox(title));
    BorderPane.setMargin(root.getTop(), new Insets(6, 6, 0, 6));
    root.setCenter(column);
    root.setRight(side);
    root.setBottom(statusBar);
    root.getStylesheets()
        .add(CodesWindow.class.getResource("/org/latentexplorer/ui/explorer.css").toExternalForm());

    projection.projectionProperty().addListener((o, a, p) -> show(p));
    scatter.setListener(new ScatterListener() {
      @Override
      public void clicked(double x, double y, int nearest) {
        if (nearest >= 0) {
          selectItem(nearest);
        }
      }
    });
    items.setOnChange(this::showItems);
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
    showItems();
  }

  /** The selected item and the bookmarked ones on the scatter, where the projection puts them. */
  private void showItems() {
    Projection p = projection.projection();
    if (p == null) {
      return;
    }
    float[] xy = p.coordinates();
    List<ItemBookmarks.Mark> marks = items.marks();
    float[] places = new float[2 * marks.size()];
    List<String> names = new ArrayList<>();
    for (int k = 0; k < marks.size(); k++) {
      places[2 * k] = xy[2 * marks.get(k).item()];
      places[2 * k + 1] = xy[2 * marks.get(k).item() + 1];
      names.add(marks.get(k).name());
    }
    scatter.setMarks(marks.isEmpty() ? null : places, names);
    scatter.setSelected(items.selected());
  }

  private void chooseSessionFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the session");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sessions", "*.json"));
    chooser.setInitialFileName(codes.name().replaceFirst("\\.[^.]*$", "") + ".session.json");
    java.io.File f = chooser.showSaveDialog(root.getScene().getWindow());
    if (f != null) {
      saveSession(f.toPath());
    }
  }

  /** Writes what the window shows to {@code file} in the background, and says so. */
  public void saveSession(Path file) {
    CodesSession s = capture();
    BackgroundTask.of("Saving the session", p -> {
          CodesSessionFile.write(file, s);
          return file;
        })
        .onSuccess(f -> statusBar.show("Saved the session to " + f, -2))
        .onFailure(e -> statusBar.show(
            "Could not save the session to " + file + ": " + BackgroundTask.message(e), -2))
        .executeWith(tasks);
  }

  /** What the window shows, as a session. */
  public CodesSession capture() {
    int[] axes = projection.shownAxes();
    return new CodesSession(
        CodesSession.VERSION, absolute(files.codes()), absolute(files.labels()), files.codesArray(),
        absolute(files.images()), projection.viewProperty().get().name(), axes, study.whitened(),
        items.marks().stream().map(m -> new CodesSession.Bookmark(m.name(), m.item())).toList(),
        items.selected());
  }

  /** Shows what a session (checked against these codes) holds. */
  public void restore(CodesSession s) {
    int[] axes = s.axes() == null ? new int[] {0, Math.min(1, codes.dims() - 1)} : s.axes();
    ProjectionView view =
        s.projection() == null ? ProjectionView.LATENT_AXES : ProjectionView.named(s.projection()).orElseThrow();
    if (view == ProjectionView.PCA) {
      projection.whenPcaFitted(() -> projection.showPca(axes[0], axes[1]));
    } else if (view.method() != null) {
      projection.whenPcaFitted(() -> projection.show(view.method()));
    } else {
      projection.showLatentAxes(axes[0], axes[1]);
    }
    study.setWhitened(s.whiten());
    items.setMarks(s.bookmarks() == null ? List.of()
        : s.bookmarks().stream().map(b -> new ItemBookmarks.Mark(b.name(), b.item())).toList());
    items.select(s.selected());
  }

  private static String absolute(Path file) {
    return file == null ? null : file.toAbsolutePath().normalize().toString();
  }

  public Parent root() {
    return root;
  }

  /** The window's title: the codes' file, and that there is no model. */
  public String title() {
    return "Latent Explorer - " + codes.name() + " (codes only)";
  }

  /** The selected item (-1: none). */
  public int selectedItem() {
    return items.selected();
  }

  /** Selects an item, as a click on its point does (-1 or an item out of range: none). */
  public void selectItem(int item) {
    items.select(item);
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
