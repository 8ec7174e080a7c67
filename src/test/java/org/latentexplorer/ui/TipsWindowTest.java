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

/**
 * Tooltips made on the pointer's first move: none before, the same text shown after its delay. The
 * pointer is moved over a node and rested, again until its tooltip shows, as a user's hand does:
 * JavaFX ignores moves while another tooltip's display time runs (one a test before left showing).
 */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class TipsWindowTest {

  private final Button plain = new Button("plain");
  private final Button refused = new Button("refused");
  private final Region cell = new Region();
  private Tooltip beforeShown;

  @Start
  void start(Stage stage) {
    cell.setPrefSize(120, 60);
    cell.setStyle("-fx-background-color: #ddd;");
    Tips.set(plain, "first text");
    Tips.set(plain, "the text");
    Tips.set(refused, "its own text");
    refused.setTooltip(new Tooltip("a refusal"));
    Tips.install(cell, "a cell's text");
    beforeShown = plain.getTooltip();
    stage.setScene(new Scene(new HBox(40, plain, refused, cell), 1280, 800));
    stage.setX(0);
    stage.setY(0);
    stage.setWidth(1280);
    stage.setHeight(800);
    stage.show();
  }

  /**
   * Moves the pointer over {@code node} and rests it there (a tooltip shows after the pointer rests
   * for a second), again until {@code shown} holds, 30 s at most.
   */
  private static void hover(FxRobot robot, javafx.scene.Node node, java.util.function.BooleanSupplier shown)
      throws Exception {
    for (int i = 0; i < 12; i++) {
      robot.moveTo(node);
      robot.moveBy(i % 2 == 0 ? 2 : -2, 1);
      for (int wait = 0; wait < 12; wait++) {
        Thread.sleep(200);
        if (FxWait.fx(shown::getAsBoolean)) {
          return;
        }
      }
    }
    throw new AssertionError("no tooltip shown over " + node);
  }

  @Test
  void theTooltipIsMadeOnTheFirstMoveAndShows(FxRobot robot) throws Exception {
    assertNull(beforeShown, "nothing made before the pointer comes");
    assertEquals("the text", FxWait.fx(() -> Tips.text(plain)));
    assertEquals("the text", FxWait.fx(plain::getAccessibleHelp));

    hover(robot, plain, () -> plain.getTooltip() != null && plain.getTooltip().isShowing());
    assertEquals("the text", FxWait.fx(() -> plain.getTooltip().getText()));
    Tooltip made = FxWait.fx(plain::getTooltip);
    FxWait.run(() -> Tips.set(plain, "a new text"));
    assertSame(made, FxWait.fx(plain::getTooltip), "the made tooltip is kept");
    assertEquals("a new text", FxWait.fx(() -> plain.getTooltip().getText()));
  }

  @Test
  void aTooltipHeldByThenStaysAndTheOwnOneComesBackAfter(FxRobot robot) throws Exception {
    hover(robot, refused, () -> refused.getTooltip().isShowing());
    assertEquals("a refusal", FxWait.fx(() -> refused.getTooltip().getText()));
    robot.moveTo(cell);
    FxWait.run(() -> refused.setTooltip(null));
    assertEquals("its own text", FxWait.fx(() -> Tips.text(refused)));
    hover(robot, refused, () -> refused.getTooltip() != null && refused.getTooltip().isShowing());
    assertEquals("its own text", FxWait.fx(() -> refused.getTooltip().getText()));
  }

  @Test
  void aNodeThatIsNoControlGetsItsTooltipToo(FxRobot robot) throws Exception {
    assertEquals("a cell's text", FxWait.fx(() -> Tips.text(cell)));
    hover(robot, cell, () -> javafx.stage.Window.getWindows().stream()
        .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().equals("a cell's text")));
  }
}
