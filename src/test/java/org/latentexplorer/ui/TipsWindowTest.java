package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.ui.common.Tips;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tooltips made on the pointer's first move: none before, the same text shown after its delay. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class TipsWindowTest {

  private final Button plain = new Button("plain");
  private final Button refused = new Button("refused");
  private final Region cell = new Region();

  @Start
  void start(Stage stage) {
    cell.setPrefSize(120, 60);
    cell.setStyle("-fx-background-color: #ddd;");
    Tips.set(plain, "first text");
    Tips.set(plain, "the text");
    Tips.set(refused, "its own text");
    refused.setTooltip(new Tooltip("a refusal"));
    Tips.install(cell, "a cell's text");
    stage.setScene(new Scene(new HBox(40, plain, refused, cell), 1280, 800));
    stage.show();
  }

  @Test
  void theTooltipIsMadeOnTheFirstMoveAndShows(FxRobot robot) throws Exception {
    assertNull(FxWait.fx(plain::getTooltip), "nothing made before the pointer comes");
    assertEquals("the text", FxWait.fx(() -> Tips.text(plain)));
    assertEquals("the text", FxWait.fx(plain::getAccessibleHelp));

    robot.moveTo(plain);
    robot.moveBy(2, 1);
    FxWait.until(() -> plain.getTooltip() != null && plain.getTooltip().isShowing());
    assertEquals("the text", FxWait.fx(() -> plain.getTooltip().getText()));
    Tooltip made = FxWait.fx(plain::getTooltip);
    FxWait.run(() -> Tips.set(plain, "a new text"));
    assertSame(made, FxWait.fx(plain::getTooltip), "the made tooltip is kept");
    assertEquals("a new text", FxWait.fx(() -> plain.getTooltip().getText()));
  }

  @Test
  void aTooltipHeldByThenStaysAndTheOwnOneComesBackAfter(FxRobot robot) throws Exception {
    robot.moveTo(refused);
    robot.moveBy(2, 1);
    FxWait.until(() -> refused.getTooltip().isShowing());
    assertEquals("a refusal", FxWait.fx(() -> refused.getTooltip().getText()));
    robot.moveTo(cell);
    FxWait.run(() -> refused.setTooltip(null));
    assertEquals("its own text", FxWait.fx(() -> Tips.text(refused)));
    robot.moveTo(refused);
    robot.moveBy(2, 1);
    FxWait.until(() -> refused.getTooltip() != null && refused.getTooltip().isShowing());
    assertEquals("its own text", FxWait.fx(() -> refused.getTooltip().getText()));
  }

  @Test
  void aNodeThatIsNoControlGetsItsTooltipToo(FxRobot robot) throws Exception {
    assertEquals("a cell's text", FxWait.fx(() -> Tips.text(cell)));
    robot.moveTo(cell);
    robot.moveBy(3, 2);
    FxWait.until(
        () -> robot.listWindows().stream()
            .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().equals("a cell's text")));
  }
}
