package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.ClassSelection;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.directions.AttributeVector;
import org.latentexplorer.ui.analyse.Card;
import org.latentexplorer.ui.common.scatter.PlotArea;
import org.latentexplorer.ui.lesson.LessonWindow;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Selections;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A loop drawn with Ctrl-drag on the scatter keeps the items inside it as a selection, which a
 * direction's group names, a session keeps and a recorded lesson step writes out as its items.
 */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class ScatterSelectionWindowTest {

  @TempDir Path dir;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1300, 860));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxWait.close(window, null);
  }

  private ModelPaneModel main() {
    return window.model().main();
  }

  private Point2D screenOf(double x, double y) throws Exception {
    return FxWait.fx(() -> {
      PlotArea area = window.mainPane().scatter().plotArea();
      return window.mainPane().scatter().localToScreen(area.toScreenX(x), area.toScreenY(y));
    });
  }

  /** Ctrl-drags a loop along the rectangle's edges, corner by corner, with steps between. */
  private void drawRectangle(FxRobot robot, double x0, double y0, double x1, double y1) throws Exception {
    double[][] corners = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    robot.press(KeyCode.CONTROL);
    robot.drag(screenOf(x0, y0), MouseButton.PRIMARY);
    for (int c = 1; c <= 4; c++) {
      double[] a = corners[c - 1];
      double[] b = corners[c % 4];
      for (int step = 1; step <= 4; step++) {
        robot.moveTo(screenOf(a[0] + (b[0] - a[0]) * step / 4, a[1] + (b[1] - a[1]) * step / 4));
      }
    }
    robot.drop();
    robot.release(KeyCode.CONTROL);
  }

  /** The items whose points lie strictly inside the loop's bounding box: a rectangle's inside. */
  private static int[] inBox(float[] xy, float[] loop) {
    double[] box = box(loop);
    return IntStream.range(0, xy.length / 2)
        .filter(i -> xy[2 * i] > box[0] && xy[2 * i] < box[1] && xy[2 * i + 1] > box[2] && xy[2 * i + 1] < box[3])
        .toArray();
  }

  @SuppressWarnings("unchecked")
  @Test
  void aLoopOnTheScatterIsAGroupADirectionStartsAtAndASessionKeeps(FxRobot robot) throws Exception {
    FxWait.run(() -> window.open(AppHome.models().resolve("fashion-vae-2d")));
    FxWait.until(() -> main().session() != null && !main().decodePendingProperty().get());
    ModelSession s = FxWait.fx(() -> main().session());
    float[] xy = FxWait.fx(() -> main().projection().projection().coordinates());
    int[] trousers = ClassSelection.indices(s.data(), ClassSelection.labels(s.data(), List.of("Trouser"), "t"), true);
    float[] centre = AttributeVector.meanCode(xy, 2, trousers);

    drawRectangle(robot, centre[0] - 0.5, centre[1] - 0.4, centre[0] + 0.5, centre[1] + 0.4);
    FxWait.until(() -> main().selections().items().size() == 1);
    Selections.Selection s1 = FxWait.fx(() -> main().selections().items().get(0));
    assertEquals("s1", s1.name());
    int[] inside = inBox(xy, s1.loop());
    assertTrue(inside.length > 20, "the loop holds " + inside.length + " items");
    assertArrayEquals(inside, s1.items(), "the items inside the rectangle drawn, no other");
    double[] box = box(s1.loop());
    assertEquals(1.0, box[1] - box[0], 0.05, "the loop follows the pointer, to a pixel or two, in data units");
    assertEquals(0.8, box[3] - box[2], 0.05);
    assertEquals(List.of("s1"), FxWait.fx(() -> window.mainPane().scatter().selectionNames()));
    assertTrue(FxWait.fx(() -> ((Label) window.root().lookup("#status-message")).getText())
        .startsWith(Selections.describe(s1, s.data())), "the status says what was selected");

    FxWait.run(() -> window.showTab(1));
    var panel = window.analysisView().mainPanel();
    FxWait.until(() -> panel.cards().stream().anyMatch(c -> c.getClass().getSimpleName().equals("DirectionsCard")));
    Card card = FxWait.fx(() -> panel.cards().stream()
        .filter(c -> c.getClass().getSimpleName().equals("DirectionsCard")).findFirst().orElseThrow());
    ComboBox<String> from = (ComboBox<String>) FxWait.fx(() -> window.root().lookup("#directions-from-main"));
    assertTrue(FxWait.fx(() -> from.getItems().contains("s1")), "the groups offered include the selection");
    assertTrue(FxWait.fx(() -> ((Label) window.root().lookup("#directions-selections-text-main")).getText())
        .contains(Selections.describe(s1, s.data())));
    FxWait.run(() -> {
      from.getEditor().setText("s1");
      ((ComboBox<String>) window.root().lookup("#directions-to-main")).getEditor().setText("Dress");
      ((TextField) window.root().lookup("#directions-name-main")).setText("");
      ((Button) window.root().lookup("#directions-run-main")).fire();
    });
    FxWait.until(() -> main().analysis().vectors().size() == 1 && card.figuresShown() == 1);
    int[] dresses = ClassSelection.indices(s.data(), ClassSelection.labels(s.data(), List.of("Dress"), "d"), true);
    AttributeVector expected = AttributeVector.between(
        "s1", codes(s, s1.items()), "Dress", codes(s, dresses), 2);
    AttributeVector found = FxWait.fx(() -> main().analysis().vectors().get(0));
    assertEquals("s1 → Dress", found.name());
    assertArrayEquals(expected.from(), found.from(), "the selection's mean code");
    assertArrayEquals(expected.vector(), found.vector(), "mean(Dress) minus the selection's mean");
    assertEquals(s1.items().length, found.fromSize());

    FxWait.run(() -> {
      from.getEditor().setText("s9");
      ((Button) window.root().lookup("#directions-run-main")).fire();
    });
    FxWait.until(() -> card.figuresShown() == 2);
    assertEquals("from: there is no selection s9 (Ctrl-drag a loop around items on the scatter to make one)",
        FxWait.fx(card::numbersShown), "the card names its own box, not the command's option");
    assertEquals(1, (int) FxWait.fx(() -> main().analysis().vectors().size()), "the vectors found stay");

    LessonWindow lw = (LessonWindow) FxWait.fx(() -> window.teaching().player().window());
    String items = String.join(", ", IntStream.of(s1.items()).mapToObj(i -> "#" + i).toList());
    assertEquals(List.of(items + " -> Dress as s1 → Dress"), FxWait.fx(lw::directions),
        "a lesson, which has no selections, gets the selection's items");

    Path file = dir.resolve("selection.session.json");
    CountDownLatch saved = new CountDownLatch(1);
    FxWait.run(() -> window.sessions().save(file, saved::countDown));
    assertTrue(saved.await(30, TimeUnit.SECONDS));
    FxWait.run(() -> ((Button) window.root().lookup("#directions-selections-clear-main")).fire());
    assertTrue(FxWait.fx(() -> window.mainPane().scatter().selectionNames().isEmpty()), "cleared from the scatter");
    assertEquals(List.of(items + " -> Dress as s1 → Dress"), FxWait.fx(lw::directions),
        "a cleared selection's items are still known to the vectors found from it");

    FxWait.run(() -> window.showTab(0));
    drawRectangle(robot, centre[0] - 0.2, centre[1] - 0.2, centre[0] + 0.2, centre[1] + 0.2);
    FxWait.until(() -> main().selections().items().size() == 1);
    assertEquals("s2", FxWait.fx(() -> main().selections().items().get(0).name()), "s1 is not given to another group");

    CountDownLatch opened = new CountDownLatch(1);
    FxWait.run(() -> window.sessions().open(file, opened::countDown, m -> {}));
    assertTrue(opened.await(60, TimeUnit.SECONDS));
    FxWait.until(() -> main().selections().items().size() == 1 && main().selections().items().get(0).name().equals("s1"));
    assertArrayEquals(s1.items(), FxWait.fx(() -> main().selections().items().get(0).items()));
    assertEquals(List.of("s1"), FxWait.fx(() -> window.mainPane().scatter().selectionNames()));
  }

  /** x min, x max, y min, y max of a loop's corners. */
  private static double[] box(float[] loop) {
    double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int c = 0; c < loop.length; c += 2) {
      box[0] = Math.min(box[0], loop[c]);
      box[1] = Math.max(box[1], loop[c]);
      box[2] = Math.min(box[2], loop[c + 1]);
      box[3] = Math.max(box[3], loop[c + 1]);
    }
    return box;
  }

  private static float[] codes(ModelSession s, int[] items) {
    float[] out = new float[items.length * 2];
    for (int i = 0; i < items.length; i++) {
      System.arraycopy(s.encoding().mean(items[i]), 0, out, 2 * i, 2);
    }
    return out;
  }
}
