package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.lesson.Lesson;
import org.latentexplorer.ui.lesson.LessonMenu;
import org.latentexplorer.ui.lesson.LessonPanel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every bundled lesson stepped through in the real window: each step shows what its file says,
 * Back returns to the step before exactly, and Reset step undoes what the class changed. Nothing
 * throws (the extension fails the test on any uncaught exception).
 */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class LessonWindowTest {

  private MainWindow window;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxWait.close(window, stage);
  }

  private Lesson open(Path file) throws Exception {
    CompletableFuture<Lesson> opened = new CompletableFuture<>();
    FxWait.run(() -> window.teaching().menu().open(file, opened::complete));
    return opened.get(60, TimeUnit.SECONDS);
  }

  /**
   * Waits until the step is shown. Opening the sprites models encodes 10,000 pictures each, which
   * on two busy cores takes longer than one wait: the wait goes on while the status bar's progress
   * moves, and fails once it has stood still for a whole wait.
   */
  private void settle() throws Exception {
    String last = null;
    while (true) {
      try {
        FxWait.until(() -> LessonStepCheck.settled(window));
        return;
      } catch (java.util.concurrent.TimeoutException e) {
        String now = FxWait.fx(() -> LessonStepCheck.pending(window) + ", progress " + window.statusBar().progressProperty().get());
        if (now.equals(last)) {
          throw new AssertionError("the step was not shown within the wait, and nothing moved: " + now, e);
        }
        last = now;
      }
    }
  }

  private List<String> differences(Lesson.Step step) throws Exception {
    return FxWait.fx(() -> LessonStepCheck.differences(window, step));
  }

  @Test
  void everyBundledLessonShowsEachStepAsItsFileSaysAndBackReturnsExactly() throws Exception {
    List<LessonMenu.Listed> bundled = LessonMenu.listed(AppHome.lessons());
    assertTrue(bundled.size() >= 1, "bundled lessons in " + AppHome.lessons());
    for (LessonMenu.Listed listed : bundled) {
      Lesson lesson = open(listed.file());
      assertEquals(List.of(), lesson.problems(), listed.file().toString());
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < lesson.steps().size(); i++) {
        if (i > 0) {
          FxWait.run(() -> window.teaching().player().move(1));
        }
        settle();
        assertEquals(i, (int) FxWait.fx(() -> window.teaching().player().stepProperty().get()));
        assertEquals(List.of(), differences(lesson.steps().get(i)), listed.title() + ", step " + (i + 1));
        assertEquals(List.of(), FxWait.fx(() -> window.teaching().player().droppedProperty().get()));
        List<String> runs = lesson.steps().get(i).shown().run();
        if (runs != null) {
          for (String what : runs) {
            int step = i + 1;
            assertTrue(FxWait.fx(() -> LessonStepCheck.started(window, what)), () -> listed.title() + ", step " + step
                + " runs " + what + " (evaluation: '" + window.evaluateView().mainModel().messageProperty().get()
                + "', status: '" + window.statusBar().messageProperty().get() + "')");
          }
          FxWait.run(() -> LessonStepCheck.stopBackground(window));
          FxWait.until(() -> !window.trainView().model().stateProperty().get().equals(org.latentexplorer.ui.train.TrainModel.State.STOPPING));
        }
        shown.add(FxWait.fx(() -> LessonStepCheck.snapshot(window)));
      }
      for (int i = lesson.steps().size() - 2; i >= 0; i--) {
        FxWait.run(() -> window.teaching().player().move(-1));
        settle();
        assertEquals(List.of(), differences(lesson.steps().get(i)), listed.title() + ", back at step " + (i + 1));
        assertEquals(shown.get(i), FxWait.fx(() -> LessonStepCheck.snapshot(window)),
            "back at step " + (i + 1) + ": exactly as it was shown going forward");
      }
      FxWait.run(() -> window.teaching().player().end());
    }
  }

  @Test
  void resetStepUndoesTheClassChangesAndPageKeysMoveThroughTheLesson() throws Exception {
    Path file = AppHome.lessons().resolve("01-an-autoencoder-is-not-a-generator.lesson.md");
    Lesson lesson = open(file);
    settle();
    FxWait.run(() -> window.teaching().player().go(2));
    settle();
    Lesson.Step step = lesson.steps().get(2);
    assertEquals(List.of(), differences(step));
    float[] z = FxWait.fx(() -> window.model().main().z());
    FxWait.run(() -> {
      window.model().main().setZ(new float[] {3, 3});
      window.model().strip().framesProperty().set(5);
      window.showTab(3);
      window.largeTextButton().setSelected(true);
    });
    assertFalse(differences(step).isEmpty());
    FxWait.run(() -> window.teaching().player().resetStep());
    settle();
    assertEquals(List.of(), differences(step));
    assertTrue(Arrays.equals(z, FxWait.fx(() -> window.model().main().z())));
    assertTrue(FxWait.fx(() -> window.largeTextButton().isSelected()), "Large text stays as the teacher set it");
    FxWait.run(() -> window.largeTextButton().setSelected(false));

    FxRobot robot = new FxRobot();
    FxWait.run(() -> window.root().requestFocus());
    robot.type(javafx.scene.input.KeyCode.PAGE_DOWN);
    settle();
    assertEquals(3, (int) FxWait.fx(() -> window.teaching().player().stepProperty().get()));
    assertEquals(List.of(), differences(lesson.steps().get(3)));
    robot.type(javafx.scene.input.KeyCode.PAGE_UP);
    robot.type(javafx.scene.input.KeyCode.PAGE_UP);
    settle();
    assertEquals(1, (int) FxWait.fx(() -> window.teaching().player().stepProperty().get()));
    assertEquals(List.of(), differences(lesson.steps().get(1)));

    LessonPanel panel = FxWait.fx(() -> window.teaching().panel());
    assertEquals("Step 2 of " + lesson.steps().size(),
        FxWait.fx(() -> ((javafx.scene.control.Label) window.root().lookup("#lesson-step-number")).getText()));
    assertTrue(FxWait.fx(panel::shownQuestion).startsWith("What do the AE's samples have in common?"));
    assertEquals("", FxWait.fx(panel::shownAnswer), "the answer waits until asked for");
    robot.clickOn("#lesson-show-answer");
    assertTrue(FxWait.fx(panel::shownAnswer).startsWith("They come from the small patch inside the rings"));
    FxWait.run(() -> panel.setFolded(true));
    assertTrue(FxWait.fx(() -> shown(window.root().lookup("#lesson-unfold"))));
    assertFalse(FxWait.fx(() -> shown(window.root().lookup("#lesson-next"))));
    robot.clickOn("#lesson-unfold");
    assertTrue(FxWait.fx(() -> shown(window.root().lookup("#lesson-next"))));
    robot.clickOn("#lesson-end");
    assertFalse(FxWait.fx(() -> shown(window.root().lookup("#lesson-panel"))));
    assertFalse(FxWait.fx(() -> window.teaching().player().move(1)), "no lesson: the page keys are the controls' again");
  }

  private static boolean shown(javafx.scene.Node node) {
    for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void aStepFindsItsDirectionsAndNamesTheOneThatNamesNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("directions" + org.latentexplorer.ui.lesson.LessonFile.SUFFIX), """
        # Directions

        ## Three vectors

        Two of them exist.

        ```state
        main: fashion-vae-2d
        bookmark: here = 0.5 -1
        direction: Trouser -> Dress
        direction: Nothing -> Dress
        direction: #3, b1 -> #4 as mine
        ```

        ## None

        ```state
        directions: none
        ```
        """);
    Lesson lesson = open(file);
    assertEquals(List.of(), lesson.problems());
    settle();
    var pane = FxWait.fx(() -> window.model().main());
    var session = FxWait.fx(pane::session);
    List<org.latentexplorer.latent.directions.AttributeVector> found = FxWait.fx(() -> List.copyOf(pane.analysis().vectors()));
    assertEquals(List.of("Trouser → Dress", "mine"), found.stream().map(org.latentexplorer.latent.directions.AttributeVector::name).toList());
    var expected = org.latentexplorer.latent.directions.AttributeVector.between(
        "#3, b1", new float[] {session.encoding().mean(3)[0], session.encoding().mean(3)[1], 0.5f, -1f},
        "#4", session.encoding().mean(4), 2);
    assertArrayEquals(expected.vector(), found.get(1).vector(), "the item and the step's bookmark against item 4");
    List<String> dropped = FxWait.fx(() -> window.teaching().player().droppedProperty().get());
    assertEquals(1, dropped.size(), dropped.toString());
    assertTrue(dropped.get(0).startsWith("direction Nothing -> Dress (from: \"Nothing\" is not a class of "), dropped.get(0));
    FxWait.run(() -> window.teaching().player().move(1));
    settle();
    assertTrue(FxWait.fx(() -> pane.analysis().vectors().isEmpty()), "directions: none clears them");
  }

  @Test
  void aLessonRecordedInTheWindowIsSavedReopenedAndShowsTheSameSteps(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    FxWait.run(() -> window.open(LessonDefectsTest.VAE));
    FxWait.until(() -> window.model().main().session() != null && !window.model().main().decodePendingProperty().get());
    var writer = FxWait.fx(() -> window.teaching().writer());
    FxWait.run(() -> writer.setShown(true));
    List<String> recorded = new ArrayList<>();
    FxWait.run(() -> {
      window.model().main().setZ(new float[] {0.5f, -1.25f});
      window.model().strip().framesProperty().set(7);
      writer.type("Recorded", "The VAE alone", "Look at *this*.", "Why?", "Because.");
    });
    FxWait.until(() -> !window.model().main().decodePendingProperty().get());
    recorded.add(FxWait.fx(() -> LessonStepCheck.snapshot(window)));
    assertEquals(null, FxWait.fx(writer::record));
    FxWait.run(() -> window.compareWith(LessonDefectsTest.AE));
    FxWait.until(() -> window.model().comparingProperty().get() && window.model().compare().session() != null
        && !window.model().compare().decodePendingProperty().get());
    FxWait.run(() -> {
      window.model().compare().setZ(new float[] {-3f, 2f});
      window.model().strip().modeProperty().set(org.latentexplorer.ui.workspace.strip.StripMode.TRAVERSAL);
      window.showTab(1);
      writer.type("Recorded", "Side by side", "Both.", "", "");
    });
    FxWait.until(() -> LessonStepCheck.settled(window));
    recorded.add(FxWait.fx(() -> LessonStepCheck.snapshot(window)));
    assertEquals(null, FxWait.fx(writer::record));
    FxWait.run(() -> {
      window.model().stopComparing();
      window.showTab(0);
      window.largeTextButton().setSelected(true);
      window.model().main().bookmarks().setAll(List.of(
          new org.latentexplorer.ui.workspace.Bookmarks.Bookmark("here", new float[] {1f, 1f})));
      try {
        window.model().main().analysis().addVector(org.latentexplorer.analysis.directions.DirectionStudy.vector(
            window.model().main().session(), List.of("#0", "#1"), List.of("#5"), null).named("wide"));
      } catch (org.latentexplorer.data.DatasetException e) {
        throw new AssertionError(e);
      }
      writer.type("Recorded", "", "", "", "");
    });
    FxWait.until(() -> LessonStepCheck.settled(window));
    recorded.add(FxWait.fx(() -> LessonStepCheck.snapshot(window)));
    assertEquals(null, FxWait.fx(writer::record));

    Path file = dir.resolve("recorded" + org.latentexplorer.ui.lesson.LessonFile.SUFFIX);
    CompletableFuture<Void> saved = new CompletableFuture<>();
    FxWait.run(() -> writer.save(file, () -> saved.complete(null)));
    saved.get(30, TimeUnit.SECONDS);
    FxWait.run(() -> {
      window.model().main().setZ(new float[] {2f, 2f});
      window.largeTextButton().setSelected(false);
    });
    assertTrue(java.nio.file.Files.readString(file).contains("\ndirection: #0, #1 -> #5 as wide\n"),
        "the vector found, as a step's line");
    Lesson again = open(file);
    assertEquals(List.of(), again.problems());
    assertEquals(List.of("The VAE alone", "Side by side", "Step 3"), again.steps().stream().map(Lesson.Step::title).toList());
    assertEquals("Look at *this*.", again.steps().get(0).text());
    assertEquals("Why?", again.steps().get(0).question());
    assertEquals("Because.", again.steps().get(0).answer());
    for (int i = 0; i < recorded.size(); i++) {
      if (i > 0) {
        FxWait.run(() -> window.teaching().player().move(1));
      }
      settle();
      assertEquals(recorded.get(i), FxWait.fx(() -> LessonStepCheck.snapshot(window)), "step " + (i + 1));
    }
  }
}
