package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.ui.common.SliderKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Home and End move a slider in a scrolling pane to its ends and leave the pane where it was (it
 * jumped to its bottom on End, taking the threshold's histogram out of view).
 */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class SliderKeysWindowTest {

  private Slider slider;
  private ScrollPane scroll;

  @Start
  void start(Stage stage) {
    slider = new Slider(0, 1, 0.5);
    scroll = new ScrollPane();
    Region above = new Region();
    above.setPrefHeight(300);
    Region below = new Region();
    below.setPrefHeight(900);
    SliderKeys.keepHomeAndEnd(slider);
    scroll.setContent(new VBox(above, slider, below));
    stage.setScene(new Scene(scroll, 400, 400));
    stage.show();
  }

  @Test
  void homeAndEndMoveTheSliderAndNotThePage(FxRobot robot) {
    robot.interact(() -> {
      scroll.setVvalue(0.2);
      slider.requestFocus();
    });

    robot.type(KeyCode.END);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1.0, slider.getValue());
    assertEquals(0.2, scroll.getVvalue());

    robot.type(KeyCode.HOME);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(0.0, slider.getValue());
    assertEquals(0.2, scroll.getVvalue());
  }
}
