package org.latentexplorer.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * Typed text a control refuses, shown on it: the field is marked with the style class {@link
 * #STYLE}, the reason is the tooltip of the control that owns the field, and once a value is taken
 * the mark goes and the owner's own tooltip (made, or still to be made by {@link Tips}) comes back.
 */
public final class Refusal {

  /** The style class of a field whose text was refused. */
  public static final String STYLE = "invalid";

  /** Where the owner keeps its own tooltip while the reason is shown. */
  private static final String OWN_TOOLTIP = "latent-explorer.refusal.own-tooltip";

  private Refusal() {}

  /** Marks {@code field} and shows {@code why} as {@code owner}'s tooltip. */
  public static void show(Control field, Control owner, String why) {
    if (!field.getStyleClass().contains(STYLE)) {
      field.getStyleClass().add(STYLE);
      Tooltip own = owner.getTooltip();
      if (own != null) {
        owner.getProperties().put(OWN_TOOLTIP, own);
      }
    }
    owner.setTooltip(new Tooltip(why));
  }

  /** Takes the mark away and gives {@code owner} its own tooltip back, if a refusal was shown. */
  public static void clear(Control field, Control owner) {
    if (field.getStyleClass().remove(STYLE)) {
      owner.setTooltip((Tooltip) owner.getProperties().remove(OWN_TOOLTIP));
    }
  }
}
