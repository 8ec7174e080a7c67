package org.latentexplorer.ui;

import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.latentexplorer.ui.explore.ModelPane;
import org.latentexplorer.ui.explore.strip.StripControls;
import org.latentexplorer.ui.explore.strip.StripView;
import org.latentexplorer.ui.workspace.Workspace;
import org.latentexplorer.ui.workspace.strip.StripMode;

/**
 * How the Explore tab shares its height: the models first get what their essentials need (the
 * decoded image at 128 px or more, the buttons, four slider rows); the strip takes what its rows
 * need of the rest (its controls and a line of hint while it is empty, a row a model, at most 45%
 * of the height, scrolling beyond), its frames shrinking down to {@value #MIN_FRAME} px so that its
 * first row still shows; Large text enlarges text, points, the decoded image and the
 * strip's frames for a projector.
 */
final class ProjectorLayout {

  private final Region root;
  private final SplitPane body;
  private final StripView strip;
  private final StripControls controls;
  private final Workspace model;
  private final ModelPane main;
  private final ModelPane compare;
  /** The smallest side of a strip frame when the window is short. */
  static final double MIN_FRAME = 40;
  private static final double DIVIDER = 8;
  private boolean large;
  private boolean pressed;
  private boolean pending;

  ProjectorLayout(
      Region root, SplitPane body, StripView strip, StripControls controls, Workspace model,
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
    model.compare().sessionProperty().addListener((o, a, b) -> sizeStrip());
    body.heightProperty().addListener((o, a, b) -> sizeStrip());
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
    strip.show(strip.rows());
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
    boolean hidden = controls.hiddenProperty().get();
    double total = body.getHeight() > 0 ? body.getHeight() : height - 70;
    double room = total - essentialHeight() - DIVIDER;
    controls.applyCss();
    double controlsHeight = controls.prefHeight(Math.max(200, root.getWidth() - 40));
    double hint = large ? 44 : 34;
    double side = grid ? 48 : large ? 96 : 72;
    strip.setFrameSide(side);
    boolean empty = strip.rows().isEmpty();
    if (!hidden && !empty) {
      double missing = controlsHeight + strip.neededHeight(true) - room;
      if (missing > 0 && side > MIN_FRAME) {
        side = Math.max(MIN_FRAME, side - missing);
        strip.setFrameSide(side);
      }
    }
    double floor = hidden ? controlsHeight + 4
        : empty ? controlsHeight + hint : controlsHeight + strip.neededHeight(true);
    if (strip.getParent() instanceof Region box) {
      box.setMinHeight(hidden ? controlsHeight + 4 : controlsHeight + Math.min(hint, Math.max(4, room - controlsHeight)));
    }
    double wanted;
    if (hidden || empty) {
      wanted = floor;
    } else if (grid) {
      wanted = total * 0.45;
    } else {
      wanted = controlsHeight + strip.neededHeight(false);
    }
    wanted = Math.min(wanted, total * 0.45);
    wanted = Math.max(Math.min(wanted, room), floor);
    body.setDividerPositions(Math.max(0, 1 - wanted / total));
  }

  /** The height the models need for their image, buttons and four slider rows. */
  private double essentialHeight() {
    double need = main.essentialHeight(main.getWidth() > 0 ? main.getWidth() : root.getWidth());
    if (model.comparingProperty().get()) {
      need = Math.max(need, compare.essentialHeight(compare.getWidth() > 0 ? compare.getWidth() : root.getWidth() / 2));
    }
    return need;
  }
}
