package org.latentexplorer.ui.help;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The help: the keys, what each view shows, and what the terms on screen mean (q(z|x), the
 * traversal range, prior coverage). Shown in a window of its own beside the main one (F1); it does
 * not block the window. Close (or Esc) hides it; F1 shows it again.
 */
public final class HelpPanel extends ScrollPane {

  /** What each view shows and what its terms mean: heading, then text. */
  static final List<String[]> TOPICS =
      List.of(
          new String[] {
            "The scatter",
            "Every dot is one data item's code: the mean of q(z|x), the encoder's distribution over"
                + " latent points for the image x, drawn on two latent axes, the first two"
                + " principal components (PCA) or a t-SNE or UMAP map (both keep each code's"
                + " neighbours near it; distances between far clusters mean little). Click a dot to"
                + " decode its code and see"
                + " the item beside its reconstruction; click an empty place to decode z there; drag"
                + " from one place to another to interpolate; Ctrl-drag a loop around dots to select"
                + " their items as s1, s2, ... (groups for a direction). The dashed rings are 1, 2 and 3 standard"
                + " deviations of the prior N(0, I). Wheel zooms, right-drag pans."
          },
          new String[] {
            "decode(z) and the sliders",
            "The picture is what the decoder makes of the current latent point z; one slider a"
                + " dimension. A slider spans the encoded data's mean +/- 3 sd in that dimension; a"
                + " typed value outside it is kept and its field turns orange. Reset z returns to the"
                + " centre (mean) of the encoded data. For a VAE, \"Sample q(z|x)\" draws the selected"
                + " item's z from q(z|x) instead of taking its mean, to show how uncertain the encoder is."
          },
          new String[] {
            "The strip",
            "Interpolation: decodes of points from the start to the end, linear or spherical"
                + " (slerp keeps |z| typical of the prior). Traversal: one dimension swept from"
                + " -range to +range with the others held at the current z; the traversal range is in"
                + " latent units, where the prior's sd is 1. All dimensions: one traversal a row."
                + " Click a frame to move z there; Left and Right step frame by frame; Play moves z"
                + " through the strip. The curve under a row is the SSIM of neighbouring frames: a dip"
                + " is a jump where the decoder changes abruptly."
          },
          new String[] {
            "Comparing two models",
            "Choose a second model in \"Compare with\": both show the same items (linked by their"
                + " key in the data set) and the same interpolation, each through its own encoder."
                + " An AE's codes are not shaped like the prior, so its prior samples decode badly;"
                + " a VAE's are, which is why it can generate."
          },
          new String[] {
            "Analyse, Evaluate, Anomaly, Train",
            "Analyse: PCA, t-SNE and UMAP of the codes, the number density of codes, |z| against the"
                + " prior's radius, prior coverage (how much of the prior's mass the encoded data"
                + " reaches: samples from regions with no data decode to nonsense), samples and a"
                + " manifold grid. Evaluate: reconstruction, likelihood, sample quality, robustness"
                + " and disentanglement. Anomaly: how well each score finds a class the model never"
                + " saw. Train: train a model live and watch its latent space form."
          },
          new String[] {
            "Bookmarks, history and sessions",
            "Bookmark z keeps the current point under a name, drawn on the scatter. Ctrl+Z and"
                + " Ctrl+Shift+Z go back and forward through the places z has been. Save a session"
                + " to reopen the same models, view, z, bookmarks and strip in one step."
          });

  /**
   * @param keys each key and what it does
   */
  public HelpPanel(List<String[]> keys) {
    VBox content = new VBox(10);
    content.setPadding(new Insets(12));
    content.getChildren().add(heading("Keys"));
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(3);
    for (int i = 0; i < keys.size(); i++) {
      Label key = new Label(keys.get(i)[0]);
      key.setStyle("-fx-font-weight: bold;");
      grid.addRow(i, key, new Label(keys.get(i)[1]));
    }
    content.getChildren().add(grid);
    for (String[] topic : TOPICS) {
      Label text = new Label(topic[1]);
      text.setWrapText(true);
      content.getChildren().addAll(heading(topic[0]), text);
    }
    setContent(content);
    setFitToWidth(true);
    setId("help");
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("section-title");
    l.setStyle("-fx-font-size: 1.2em;");
    return l;
  }

  /** Shows the help in its own window (one at a time), beside {@code owner}. */
  public static Stage show(Window owner, List<String[]> keys, Stage shown) {
    if (shown != null) {
      shown.show();
      shown.toFront();
      return shown;
    }
    Stage stage = new Stage();
    stage.setTitle("Latent Explorer: help");
    if (owner != null) {
      stage.initOwner(owner);
    }
    javafx.scene.control.Button close = new javafx.scene.control.Button("Close");
    close.setId("help-close");
    close.setOnAction(e -> stage.hide());
    javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(close);
    bar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    bar.setPadding(new Insets(6, 12, 8, 12));
    javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(new HelpPanel(keys));
    root.setBottom(bar);
    Scene scene = new Scene(root, 620, 640);
    scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
        stage.hide();
        e.consume();
      }
    });
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
    }
    stage.setScene(scene);
    stage.show();
    return stage;
  }
}
