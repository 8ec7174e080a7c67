package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.explore.ModelPane;
import org.latentexplorer.ui.explore.sliders.LatentSliders;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.StripMode;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at projector sizes: with one model and two, every strip mode, Bookmarks open and
 * closed, Large text on and off, the main pane shows at least four slider rows, the decoded image
 * at least 128 px a side and the strip's first row of frames, and no control's text is cut off.
 * With {@code -Dlayout.snapshots=DIR} each state is also written there as a PNG.
 */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class ProjectorLayoutTest {

  static final Path VAE = AppHome.models().resolve("fashion-vae-2d");
  static final Path CONV = AppHome.models().resolve("fashion-conv-vae-16d");
  static final int[][] SIZES = {{1280, 800}, {1366, 768}, {1600, 900}, {1920, 1080}};

  private MainWindow window;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.show();
    window.open(CONV);
  }

  @AfterEach
  void close() throws Exception {
    FxWait.close(window, stage);
  }


  private void settle() throws Exception {
    FxWait.until(() -> !window.model().strip().decodingProperty().get()
        && !window.model().main().decodePendingProperty().get()
        && !window.model().compare().decodePendingProperty().get());
    FxWait.steady(() -> {
      window.root().applyCss();
      window.root().layout();
      return String.valueOf(window.mainPane().decodedView().getLayoutBounds())
          + window.strip().getLayoutBounds() + window.mainPane().sliders().getLayoutBounds();
    });
  }

  @Test
  void everyProjectorSizeShowsTheSlidersTheImageAndTheStrip() throws Exception {
    FxWait.until(() -> window.model().main().session() != null);
    ModelPaneModel main = window.model().main();
    List<String> failures = new ArrayList<>();
    for (boolean compare : new boolean[] {false, true}) {
      if (compare) {
        FxWait.run(() -> window.compareWith(VAE));
        FxWait.until(() -> window.model().comparingProperty().get());
      }
      for (int[] size : SIZES) {
        FxWait.run(() -> {
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(size[0]);
          stage.setHeight(size[1]);
        });
        for (StripMode mode : StripMode.values()) {
          FxWait.run(() -> {
            if (mode == StripMode.INTERPOLATION) {
              window.model().strip().interpolateItems(main, 3, 7);
            } else {
              window.model().strip().modeProperty().set(mode);
            }
          });
          for (boolean bookmarks : new boolean[] {false, true}) {
            for (boolean large : new boolean[] {false, true}) {
              FxWait.run(() -> {
                window.mainPane().bookmarkPanel().setExpanded(bookmarks);
                window.comparePane().bookmarkPanel().setExpanded(bookmarks);
                ((javafx.scene.control.ToggleButton) window.root().lookup("#large-text")).setSelected(large);
              });
              settle();
              String state = String.format(Locale.ROOT, "%dx%d %s %s%s%s", size[0], size[1],
                  compare ? "two models" : "one model", mode, bookmarks ? " bookmarks" : "",
                  large ? " large" : "");
              failures.addAll(WaitForAsyncUtils.asyncFx(() -> check(state)).get());
              snapshot(state);
            }
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
  }

  private List<String> check(String state) {
    List<String> out = new ArrayList<>();
    ModelPane pane = window.mainPane();
    Bounds paneBox = pane.localToScene(pane.getLayoutBounds());
    LatentSliders sliders = pane.sliders();
    Bounds listBox = sliders.list().localToScene(sliders.list().getLayoutBounds());
    int rows = 0;
    for (Node n : sliders.list().lookupAll(".list-cell")) {
      if (n instanceof ListCell<?> cell && cell.getItem() != null && cell.isVisible()) {
        Bounds b = cell.localToScene(cell.getLayoutBounds());
        if (b.getMinY() >= listBox.getMinY() - 0.5 && b.getMaxY() <= Math.min(listBox.getMaxY(), paneBox.getMaxY()) + 0.5) {
          rows++;
        }
      }
    }
    int wanted = Math.min(LatentSliders.MIN_ROWS, sliders.dimensions());
    if (rows < wanted) {
      out.add(state + ": " + rows + " slider rows shown, wanted " + wanted);
    }
    Bounds image = pane.decodedView().localToScene(pane.decodedView().getLayoutBounds());
    if (image.getWidth() < 127.5 || image.getHeight() < 127.5 || image.getMaxY() > paneBox.getMaxY() + 0.5) {
      out.add(state + ": decoded image " + (int) image.getWidth() + "x" + (int) image.getHeight()
          + (image.getMaxY() > paneBox.getMaxY() ? " cut off" : ""));
    }
    Node strip = window.strip();
    if (window.strip().rows().isEmpty()) {
      out.add(state + ": the strip has no rows");
    } else {
      Bounds frame = window.strip().frame(0, 0).localToScene(window.strip().frame(0, 0).getLayoutBounds());
      Bounds view = strip.localToScene(strip.getLayoutBounds());
      if (frame.getMaxY() > view.getMaxY() + 0.5 || frame.getHeight() < 32) {
        out.add(state + ": the strip's first row is not shown (frame to " + (int) frame.getMaxY()
            + ", strip to " + (int) view.getMaxY() + ")");
      }
    }
    for (Labeled l : labeled(window.root(), new ArrayList<>())) {
      if (shown(l) && l.getText() != null && !l.getText().isEmpty()
          && !l.getStyleClass().contains("facts")) {
        Text text = (Text) l.lookup(".text");
        if (text != null && !text.getText().equals(l.getText()) && text.getText().contains(l.getEllipsisString())) {
          out.add(state + ": '" + l.getText() + "' is cut to '" + text.getText() + "'");
        }
      }
    }
    for (javafx.scene.control.Control c : controls(window.root(), new ArrayList<>())) {
      if (shown(c) && c.getWidth() > 0) {
        for (Node a = c.getParent(); a != null; a = a.getParent()) {
          if (a.getClip() != null) {
            Bounds clip = a.localToScene(a.getClip().getBoundsInLocal());
            Bounds b = c.localToScene(c.getLayoutBounds());
            if (b.getMaxX() > clip.getMaxX() + 0.5) {
              out.add(state + ": " + describe(c) + " is cut off at the right of its column ("
                  + (int) b.getMinX() + " to " + (int) b.getMaxX() + ", column to "
                  + (int) clip.getMaxX() + ")");
            }
            break;
          }
        }
      }
    }
    return out;
  }

  private static String describe(javafx.scene.control.Control c) {
    return c.getId() != null ? "#" + c.getId()
        : c instanceof Labeled l ? "'" + l.getText() + "'" : c.getClass().getSimpleName();
  }

  /** Every control under a node, not looking inside controls (their skins' parts). */
  private static List<javafx.scene.control.Control> controls(
      Parent parent, List<javafx.scene.control.Control> found) {
    for (Node n : parent.getChildrenUnmodifiable()) {
      if (n instanceof javafx.scene.control.Control c) {
        found.add(c);
        if (!(n instanceof javafx.scene.control.ScrollPane
            || n instanceof javafx.scene.control.TabPane
            || n instanceof javafx.scene.control.SplitPane
            || n instanceof javafx.scene.control.TitledPane)) {
          continue;
        }
      }
      if (n instanceof Parent p) {
        controls(p, found);
      }
    }
    return found;
  }

  /** Every Labeled (labels, buttons, check boxes, a chooser's cell) under a node. */
  private static List<Labeled> labeled(Parent parent, List<Labeled> found) {
    for (Node n : parent.getChildrenUnmodifiable()) {
      if (n instanceof Labeled l) {
        found.add(l);
      }
      if (n instanceof Parent p) {
        labeled(p, found);
      }
    }
    return found;
  }

  /** Whether a node is on screen: it and its parents visible, in the Explore tab. */
  private static boolean shown(Node n) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (!p.isVisible() || (p instanceof Parent && p.getStyleClass().contains("tooltip"))) {
        return false;
      }
    }
    return n.getScene() != null;
  }

  private void snapshot(String state) throws Exception {
    String dir = System.getProperty("layout.snapshots");
    if (dir == null) {
      return;
    }
    javafx.scene.image.WritableImage image =
        WaitForAsyncUtils.asyncFx(() -> window.root().snapshot(null, null)).get();
    java.nio.file.Files.createDirectories(Path.of(dir));
    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
        Path.of(dir, state.replace(' ', '-') + ".png").toFile());
  }
}
