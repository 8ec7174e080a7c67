package org.latentexplorer.ui.common;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first moves over their node. A {@link Tooltip} is a popup window
 * with a scene of its own; made up front, the window's ninety-odd took about 40 % of building
 * the window at start. The pointer's first move over the node makes the tooltip, which then shows
 * after its usual delay, as one set at once would.
 */
public final class Tips {

  private static final String TEXT = "latent-explorer.tip.text";
  private static final String MADE = "latent-explorer.tip.made";

  private Tips() {}

  /**
   * Gives {@code control} the tooltip {@code text}, made on the pointer's first move over it; its
   * accessible help says the same at once. A tooltip the control holds by then (a refusal's, say)
   * is left in place. Called again, it changes the text.
   */
  public static void set(Control control, String text) {
    control.setAccessibleHelp(text);
    prepare(control, text, () -> control.getTooltip() == null, control::setTooltip);
  }

  /** The same for a node that is not a control: an image, a canvas, a cell of a row. */
  public static void install(Node node, String text) {
    prepare(node, text, () -> true, tip -> Tooltip.install(node, tip));
  }

  /** The text of the node's tooltip, made or still to be made; null when it has none. */
  public static String text(Node node) {
    if (node instanceof Control c && c.getTooltip() != null) {
      return c.getTooltip().getText();
    }
    Map<Object, Object> p = node.getProperties();
    return p.get(MADE) instanceof Tooltip made ? made.getText() : (String) p.get(TEXT);
  }

  private static void prepare(Node node, String text, BooleanSupplier free, Consumer<Tooltip> put) {
    Map<Object, Object> p = node.getProperties();
    if (p.get(MADE) instanceof Tooltip made) {
      made.setText(text);
      return;
    }
    boolean armed = p.containsKey(TEXT);
    p.put(TEXT, text);
    if (armed) {
      return;
    }
    node.addEventFilter(
        MouseEvent.MOUSE_MOVED,
        new EventHandler<>() {
          @Override
          public void handle(MouseEvent e) {
            if (free.getAsBoolean()) {
              Tooltip tip = new Tooltip((String) p.get(TEXT));
              put.accept(tip);
              p.put(MADE, tip);
              node.removeEventFilter(MouseEvent.MOUSE_MOVED, this);
            }
          }
        });
  }
}
