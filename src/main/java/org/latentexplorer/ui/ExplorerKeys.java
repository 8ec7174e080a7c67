package org.latentexplorer.ui;

import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys. Keys of the explorer act while the Explore tab is shown and leave a control
 * its own keys: Left and Right move a focused slider, spinner or list; letters go into a text
 * field; Space presses a focused button. Ctrl+Z in a text field undoes the typing.
 */
final class ExplorerKeys implements EventHandler<KeyEvent> {

  /** What the keys do. */
  interface Actions {
    boolean exploring();

    void playPause();

    void stepFrame(int delta);

    void samplePrior();

    void resetZ();

    void bookmark();

    void back();

    void forward();

    void export();

    void fullScreen();

    void help();

    /** Moves the lesson by {@code delta} steps; false when no lesson is open. */
    boolean lessonStep(int delta);

    /** Closes the start page; false when it is not shown. */
    boolean closeStartPage();
  }

  /** The keys and what they do, as the help lists them. */
  static final List<String[]> HELP =
      List.of(
          new String[] {"Space", "Play or stop the strip"},
          new String[] {"Left / Right", "The strip's previous or next frame (z moves there)"},
          new String[] {"S", "Sample z from the prior N(0, I)"},
          new String[] {"R", "Reset z to the centre of the encoded data"},
          new String[] {"B", "Bookmark the current z"},
          new String[] {"Ctrl+Z", "Back to the previous z"},
          new String[] {"Ctrl+Shift+Z", "Forward again"},
          new String[] {"Ctrl+E", "Export (opens the Export menu)"},
          new String[] {"Page Down / Page Up", "The lesson's next or previous step (as clickers send)"},
          new String[] {"Esc", "Close the start page"},
          new String[] {"F11", "Full screen on or off"},
          new String[] {"F1", "This help"});

  private final Actions actions;

  ExplorerKeys(Actions actions) {
    this.actions = actions;
  }

  /** Hears every key pressed in the scene before its controls do. */
  void install(Scene scene) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, this);
  }

  @Override
  public void handle(KeyEvent e) {
    if (act(e, focusOwner(e))) {
      e.consume();
    }
  }

  private static Node focusOwner(KeyEvent e) {
    return e.getSource() instanceof Scene s ? s.getFocusOwner() : null;
  }

  /** Does what a key asks; returns whether it was taken. */
  boolean act(KeyEvent e, Node focus) {
    KeyCode k = e.getCode();
    if (k == KeyCode.F11) {
      actions.fullScreen();
      return true;
    }
    if (k == KeyCode.F1) {
      actions.help();
      return true;
    }
    if (k == KeyCode.ESCAPE && actions.closeStartPage()) {
      return true;
    }
    boolean typing = focus instanceof TextInputControl;
    if ((k == KeyCode.PAGE_DOWN || k == KeyCode.PAGE_UP) && !typing && !e.isShortcutDown()
        && actions.lessonStep(k == KeyCode.PAGE_DOWN ? 1 : -1)) {
      return true;
    }
    if (e.isShortcutDown() && k == KeyCode.E) {
      actions.export();
      return true;
    }
    if (!actions.exploring()) {
      return false;
    }
    if (e.isShortcutDown() && k == KeyCode.Z && !typing) {
      if (e.isShiftDown()) {
        actions.forward();
      } else {
        actions.back();
      }
      return true;
    }
    if (typing || e.isShortcutDown() || e.isAltDown()) {
      return false;
    }
    switch (k) {
      case SPACE -> {
        if (focus instanceof ButtonBase) {
          return false;
        }
        actions.playPause();
      }
      case LEFT, RIGHT -> {
        if (usesArrows(focus)) {
          return false;
        }
        actions.stepFrame(k == KeyCode.RIGHT ? 1 : -1);
      }
      case S -> actions.samplePrior();
      case R -> actions.resetZ();
      case B -> actions.bookmark();
      default -> {
        return false;
      }
    }
    return true;
  }

  private static boolean usesArrows(Node focus) {
    return focus instanceof Slider
        || focus instanceof Spinner<?>
        || focus instanceof ListView<?>
        || focus instanceof TableView<?>;
  }
}
