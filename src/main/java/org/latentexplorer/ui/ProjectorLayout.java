package org.latentexplorer.ui;

import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.latentexplorer.ui.explorer.ExplorerModel;
import org.latentexplorer.ui.explorer.ModelPane;
import org.latentexplorer.ui.strip.StripControls;
import org.latentexplorer.ui.strip.StripMode;
import org.latentexplorer.ui.strip.StripView;

/**
 * How the Explore tab shares its height: the strip takes what its rows need (its controls and a
 * line of hint while it is empty, a row a model, at most 45% of the height, scrolling beyond) and
 * the models the rest; Large text enlarges text, points, the decoded image and the
 * strip's frames for a projector.
 */
final class ProjectorLayout {

  private final Region root;
  private final SplitPane body;
  private final StripView strip;
  private final StripControls controls;
  private final ExplorerModel model;
  private final ModelPane main;
  private final ModelPane compare;
  private boolean large;
  private boolean pressed;
  private boolean pending;

  ProjectorLayout(
      Region root, SplitPane body, StripView strip, StripControls controls, ExplorerModel model,
      ModelPane main, ModelPane compare) {
    this.root = root;
    this.body = body;
    this.strip = strip;
    this.controls = controls;
    this.model = model;
    this.main = main;
    this.compare = compare;
    model.strip().modeProperty().addListener((o, a, b) -> sizeStrip());
    model.strip().rowsProperty().addListener((o, a, b) -> sizeStrip());
    model.comparingProperty().addListener((o, a, b) -> sizeStrip());
    controls.hiddenProperty().addListener((o, a, hidden) -> {
      strip.setVisible(!hidden);
      strip.setManaged(!hidden);
      sizeStrip();
    });
    model.main().sessionProperty().addListener((o, a, b) -> sizeStrip());
    root.heightProperty().addListener((o, a, b) -> sizeStrip());
    root.widthProperty().addListener((o, a, b) -> sizeStrip());
    root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pressed = true);
    root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
      pressed = false;
      if (pending) {
        javafx.application.Platform.runLater(this::sizeStrip);
      }
    });
  }

  boolean isLarge() {
    return large;
  }

  void setLarge(boolean on) {
    if (on && !root.getStyleClass().contains("large")) {
      root.getStyleClass().add("large");
    } else if (!on) {
      root.getStyleClass().remove("large");
    }
    large = on;
    main.setLarge(on);
    compare.setLarge(on);
    sizeStrip();
  }

  /**
   * The strip's frames and the share of the height it takes; while a mouse button is down (a drag
   * across the scatter fills the strip as it goes) the change waits for the release, so that
   * nothing moves under the pointer.
   */
  void sizeStrip() {
    double height = root.getHeight();
    if (height <= 0) {
      return;
    }
    if (pressed) {
      pending = true;
      return;
    }
    pending = false;
    boolean grid = model.strip().modeProperty().get() == StripMode.ALL_DIMENSIONS;
    double side = grid ? 48 : large ? 96 : 72;
    strip.setFrameSide(side);
    controls.applyCss();
    double controlsHeight = controls.prefHeight(Math.max(200, root.getWidth() - 40));
    if (strip.getParent() instanceof Region box) {
      box.setMinHeight(controlsHeight + (controls.hiddenProperty().get() ? 4 : large ? 44 : 34));
    }
    int rows = strip.rows().size();
    double wanted;
    if (controls.hiddenProperty().get()) {
      wanted = controlsHeight + 4;
    } else if (rows == 0) {
      wanted = controlsHeight + (large ? 44 : 34);
    } else if (grid) {
      wanted = height * 0.45;
    } else {
      double caption = (large ? 22 : 16) * (model.strip().showZProperty().get() ? 3 : 2);
      double smoothness = rows <= 2 ? side * 0.5 + 8 : 0;
      wanted = controlsHeight + 16 + rows * (side + caption + 12 + smoothness);
    }
    double total = height - 70;
    body.setDividerPositions(Math.max(0.55, 1 - wanted / total));
  }
}
