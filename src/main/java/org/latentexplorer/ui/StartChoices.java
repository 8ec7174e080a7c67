package org.latentexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.lesson.LessonMenu;
import org.latentexplorer.ui.lesson.LessonSummary;
import org.latentexplorer.ui.lesson.Teaching;
import org.latentexplorer.ui.session.SessionMenu;
import org.latentexplorer.ui.start.StartPage;
import org.latentexplorer.ui.start.StartSettings;

/** What the start page's choices do in the main window, and where its setting is kept. */
final class StartChoices implements StartPage.Choices {

  private record Found(List<LessonSummary> bundled, List<LessonSummary> yours) {}

  private final MainWindow window;
  private final SessionMenu sessions;
  private final Teaching teaching;
  private final StartSettings settings = new StartSettings(AppHome.userData());
  /** The newest choice: each write in the background writes this one, so the last write is the newest. */
  private volatile boolean wanted = true;

  StartChoices(MainWindow window, SessionMenu sessions, Teaching teaching) {
    this.window = window;
    this.sessions = sessions;
    this.teaching = teaching;
  }

  /** Lists the bundled and the user's lessons on the page, in the background. */
  void listLessons(StartPage page) {
    BackgroundTask.of("Listing the lessons", p -> new Found(summaries(AppHome.lessons()), summaries(AppHome.userLessons())))
        .onSuccess(found -> page.showLessons(found.bundled(), found.yours(), null))
        .onFailure(e -> page.showLessons(List.of(), List.of(), BackgroundTask.message(e)))
        .executeWith(window.model().tasks());
  }

  private static List<LessonSummary> summaries(Path folder) throws java.io.IOException {
    return LessonMenu.files(folder).stream().map(LessonSummary::of).toList();
  }

  @Override
  public void openFolder() {
    window.chooseMainFolder();
  }

  @Override
  public void openSession() {
    sessions.items().stream().filter(i -> "session-open".equals(i.getId())).findFirst().ifPresent(i -> i.fire());
  }

  @Override
  public void openLessonFile() {
    teaching.menu().chooseFile();
  }

  @Override
  public void startLesson(Path file) {
    teaching.menu().open(file, lesson -> {});
  }

  @Override
  public void showAtStart(boolean show, java.util.function.Consumer<String> problem) {
    wanted = show;
    BackgroundTask.of("Keeping the start page's setting", p -> {
      synchronized (settings) {
        settings.setShowAtStart(wanted);
      }
      return show;
    })
        .onSuccess(v -> problem.accept(null))
        .onFailure(e -> problem.accept("Could not keep this choice in " + AppHome.userData().resolve("start.properties")
            + ": " + BackgroundTask.message(e)))
        .executeWith(window.model().tasks());
  }
}
