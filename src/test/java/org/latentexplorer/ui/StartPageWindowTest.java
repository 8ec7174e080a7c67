package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.lesson.LessonSummary;
import org.latentexplorer.ui.start.StartPage;
import org.latentexplorer.ui.start.StartSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start page: the lessons listed with their steps, a lesson started from it, Esc, and the setting. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class StartPageWindowTest {

  @TempDir Path dir;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxWait.close(window, null);
  }

  @Test
  void theLessonsAreListedWithTheirStepsAndOneStartsFromThePage(FxRobot robot) throws Exception {
    FxWait.run(() -> window.open(AppHome.models().resolve("fashion-vae-2d")));
    FxWait.until(() -> window.model().main().session() != null);
    FxWait.run(() -> window.showStartPage("fashion-vae-2d"));
    StartPage page = FxWait.fx(window::startPage);
    FxWait.until(() -> page.lookupAll(".start-lesson").size() == 6);
    List<String> titles = FxWait.fx(() -> page.lookupAll(".start-lesson").stream().map(n -> ((Hyperlink) n).getText()).toList());
    Path first = AppHome.lessons().resolve("01-an-autoencoder-is-not-a-generator.lesson.md");
    LessonSummary summary = LessonSummary.of(first);
    assertEquals("An autoencoder is not a generator", titles.get(0));
    assertEquals(6, summary.steps(), "the lesson's steps, counted from its ## lines");
    assertTrue(summary.intro().startsWith("Two models with the same network"), summary.intro());
    assertTrue(FxWait.fx(() -> page.lookupAll(".start-about").stream().map(n -> ((Label) n).getText()).toList())
        .get(0).endsWith(summary.intro() + " (6 steps)"));
    assertFalse(FxWait.fx(window::isExploring), "the explorer's keys wait while the page is shown");

    robot.clickOn("#start-lesson-01-an-autoencoder-is-not-a-generator");
    FxWait.until(() -> !page.isShown() && window.teaching().player().lessonProperty().get() != null);
    assertEquals("An autoencoder is not a generator", FxWait.fx(() -> window.teaching().player().lessonProperty().get().title()));
  }

  @Test
  void escClosesThePageWhereverTheKeyboardIsAndTheSettingIsKeptInTheUsersFolder(FxRobot robot) throws Exception {
    FxWait.run(() -> window.showStartPage(null));
    StartPage page = FxWait.fx(window::startPage);
    StartSettings users = new StartSettings(AppHome.userData());
    robot.clickOn("#start-show");
    FxWait.until(() -> !users.showAtStart());
    robot.clickOn("#start-show");
    FxWait.until(users::showAtStart);
    assertEquals("", FxWait.fx(() -> ((Label) page.lookup("#start-problem")).getText()));
    FxWait.run(() -> window.root().requestFocus());
    robot.type(KeyCode.ESCAPE);
    FxWait.until(() -> !page.isShown());
    assertTrue(FxWait.fx(window::isExploring));

    FxWait.run(() -> window.showStartPage(null));
    StartPage again = FxWait.fx(window::startPage);
    Path lesson = AppHome.lessons().resolve("05-finding-the-odd-one-out.lesson.md");
    FxWait.run(() -> window.teaching().menu().open(lesson, l -> {}));
    FxWait.until(() -> !again.isShown());

    StartSettings settings = new StartSettings(dir);
    assertTrue(settings.showAtStart(), "shown unless the user said no");
    settings.setShowAtStart(false);
    assertFalse(settings.showAtStart());
    assertEquals(List.of("start.properties"), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
        "one file, no temporary left");
    Files.writeString(dir.resolve("start.properties"), "\u0000 not properties = = \\u12");
    assertTrue(settings.showAtStart(), "a damaged file counts as the default");
    settings.setShowAtStart(true);
    assertTrue(settings.showAtStart());
  }
}
