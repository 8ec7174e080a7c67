package org.latentexplorer.ui.common;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Home and End for a slider inside a scrolling pane or a list. JavaFX's slider moves to its ends
 * when these keys are released and leaves their press to its parents, where a scroll pane jumps
 * to its top or bottom and a list to its first or last row: the threshold's histogram, or the
 * slider's own row, went out of view as the slider moved.
 */
public final class SliderKeys {

  private SliderKeys() {}

  /** Keeps the press of Home and End to {@code slider}, which acts on their release. */
  public static void keepHomeAndEnd(Slider slider) {
    slider.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
        e.consume();
      }
    });
  }
}
