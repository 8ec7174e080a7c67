package org.latentexplorer.ui.explore;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.latentexplorer.ui.explore.export.Exporter;
import org.latentexplorer.ui.explore.strip.StripControls;
import org.latentexplorer.ui.explore.strip.StripView;
import org.latentexplorer.ui.workspace.Workspace;

/**
 * The Explore tab: one model (or two side by side) with its scatter, decoded image and sliders,
 * and below them the strip of interpolations and traversals with its controls.
 */
public final class ExploreView {

  private final Workspace workspace;
  private final ModelPane mainPane;
  private final ModelPane comparePane;
  private final SplitPane panes = new SplitPane();
  private final SplitPane body = new SplitPane();
  private final StripView strip = new StripView();
  private final StripControls controls;

  public ExploreView(Workspace workspace) {
    this.workspace = workspace;
    mainPane = new ModelPane(workspace.main(), workspace.strip());
    comparePane = new ModelPane(workspace.compare(), workspace.strip());
    panes.getItems().add(mainPane);
    panes.setMinHeight(0);
    workspace.comparingProperty()
        .addListener(
            (o, a, comparing) -> {
              if (comparing && !panes.getItems().contains(comparePane)) {
                panes.getItems().add(comparePane);
                panes.setDividerPositions(0.5);
              } else if (!comparing) {
                panes.getItems().remove(comparePane);
              }
              mainPane.setCompact(comparing);
              comparePane.setCompact(comparing);
            });
    workspace.strip().rowsProperty().addListener((o, a, rows) -> strip.show(rows));
    strip.follow(workspace.strip().cursor());
    controls = new StripControls(workspace.strip(), workspace.main(), workspace.main().selectedProperty());
    workspace.main().sessionProperty().addListener((o, a, s) -> controls.modelChanged(s));
    VBox stripBox = new VBox(controls, strip);
    VBox.setVgrow(strip, Priority.ALWAYS);
    stripBox.setMinHeight(60);
    body.setOrientation(Orientation.VERTICAL);
    body.getItems().addAll(panes, stripBox);
  }

  /** The tab's content: the model panes above the strip. */
  public Parent node() {
    return body;
  }

  /** The split between the model panes and the strip. */
  public SplitPane body() {
    return body;
  }

  public ModelPane mainPane() {
    return mainPane;
  }

  public ModelPane comparePane() {
    return comparePane;
  }

  public StripView strip() {
    return strip;
  }

  public StripControls stripControls() {
    return controls;
  }

  /**
   * The Export menu's entries: the decoded image, the strip (PNG, GIF), the scatter, the points as
   * CSV and the Embedding Projector's files, each written from the main model.
   *
   * @param window the window file choosers belong to (null before it is shown)
   * @param done hears "Wrote ..." or why not
   */
  public List<MenuItem> exportItems(Supplier<Window> window, Consumer<String> done) {
    Supplier<Exporter> exporter = () -> new Exporter(window.get(), workspace.tasks(), done);
    return List.of(
        item("Decoded image as PNG...", () -> exporter.get().decodedImage(mainPane)),
        item("Strip as PNG...", () -> exporter.get().strip(strip.rows(), stripHeading())),
        item("Strip as animated GIF...", () -> exporter.get().stripGif(strip.rows(), stripHeading())),
        item("Scatter as PNG...", () -> exporter.get().scatter(mainPane)),
        item("Encoded points as CSV...", () -> exporter.get().encodedPoints(mainPane)),
        item("Points of the view (x, y) as CSV...", () -> exporter.get().viewPoints(mainPane)),
        item("For the Embedding Projector (vectors.tsv, metadata.tsv)...",
            () -> exporter.get().embeddingProjector(mainPane)));
  }

  private String stripHeading() {
    return "Latent Explorer: " + workspace.strip().modeProperty().get();
  }

  private static MenuItem item(String text, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(e -> action.run());
    return item;
  }
}
