package org.latentexplorer.ui.lesson;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.task.BackgroundTask;

/**
 * The toolbar's Lessons menu: the bundled lessons and those in the user's lessons folder (listed
 * in the background each time the menu opens), a lesson file opened from anywhere, writing a
 * lesson from what the window shows, and saving or opening a session.
 */
public final class LessonMenu extends MenuButton {

  private final LessonPlayer player;
  private final Supplier<Window> owner;
  private final Runnable write;
  private final Menu bundled = new Menu("Bundled lessons");
  private final Menu yours = new Menu("Your lessons");

  /** A lesson file found, with its title. */
  public record Listed(Path file, String title) {}

  private record Found(List<Listed> bundled, List<Listed> yours) {}

  /**
   * @param write shows the lesson writer
   * @param more items listed last (saving and opening sessions)
   */
  public LessonMenu(LessonPlayer player, Supplier<Window> owner, Runnable write, List<MenuItem> more) {
    super("Lessons");
    this.player = player;
    this.owner = owner;
    this.write = write;
    setId("lesson-menu");
    Tips.set(this, "Teach from the window: step-by-step lessons, lessons you write, and"
        + " sessions (one saved state: models, view, z, bookmarks and strip)");
    MenuItem open = new MenuItem("Open lesson file...");
    open.setId("lesson-open");
    open.setOnAction(e -> chooseFile());
    MenuItem writeItem = new MenuItem("Write a lesson...");
    writeItem.setId("lesson-write");
    writeItem.setOnAction(e -> write.run());
    bundled.setId("lessons-bundled");
    yours.setId("lessons-yours");
    getItems().addAll(bundled, yours, new SeparatorMenuItem(), open, writeItem);
    if (!more.isEmpty()) {
      getItems().add(new SeparatorMenuItem());
      getItems().addAll(more);
    }
    setOnShowing(e -> list());
    list();
  }

  /** Lists the lesson files again, in the background. */
  public void list() {
    BackgroundTask.of("Listing the lessons", p -> new Found(listed(AppHome.lessons()), listed(AppHome.userLessons())))
        .onSuccess(found -> {
          fill(bundled, found.bundled(), "No bundled lessons found in " + AppHome.lessons());
          fill(yours, found.yours(), "None yet: save lessons to " + AppHome.userLessons());
        })
        .onFailure(e -> player.window().explorer().status().error("Could not list the lessons: " + BackgroundTask.message(e)))
        .executeWith(player.window().explorer().tasks());
  }

  private void fill(Menu menu, List<Listed> lessons, String none) {
    menu.getItems().clear();
    if (lessons.isEmpty()) {
      MenuItem empty = new MenuItem(none);
      empty.setDisable(true);
      menu.getItems().add(empty);
    }
    for (Listed l : lessons) {
      MenuItem item = new MenuItem(l.title());
      item.setId("lesson-" + l.file().getFileName().toString().replace(LessonFile.SUFFIX, ""));
      item.setOnAction(e -> open(l.file(), s -> {}));
      menu.getItems().add(item);
    }
  }

  /** The lesson files in a folder with their titles, sorted by file name; none when it is absent. */
  public static List<Listed> listed(Path folder) throws IOException {
    return files(folder).stream().map(f -> new Listed(f, title(f))).toList();
  }

  /** The lesson files in {@code folder}, sorted by name; none when there is no such folder. */
  public static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(LessonFile.SUFFIX)).sorted().toList();
    }
  }

  private static String title(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip())
          .orElse(file.getFileName().toString());
    } catch (IOException | java.io.UncheckedIOException e) {
      return file.getFileName() + " (unreadable)";
    }
  }

  /** Asks for a lesson file and opens it. */
  public void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a lesson");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lessons", "*" + LessonFile.SUFFIX, "*.md"));
    if (Files.isDirectory(AppHome.userLessons())) {
      chooser.setInitialDirectory(AppHome.userLessons().toFile());
    }
    File f = chooser.showOpenDialog(owner.get());
    if (f != null) {
      open(f.toPath(), s -> {});
    }
  }

  /**
   * Reads a lesson in the background and starts it; a file that is not a lesson is named in one
   * message and the window keeps what it shows. {@code opened} gets the lesson once it started.
   */
  public void open(Path file, Consumer<Lesson> opened) {
    BackgroundTask.of("Reading the lesson", p -> LessonFile.read(file))
        .onSuccess(lesson -> {
          player.start(lesson);
          if (!lesson.problems().isEmpty()) {
            player.window().explorer().status().error(
                "Opened the lesson with steps that cannot be shown: " + String.join("; ", lesson.problems()));
          }
          opened.accept(lesson);
        })
        .onFailure(e -> player.window().explorer().status().error("Could not open the lesson " + BackgroundTask.message(e)))
        .executeWith(player.window().explorer().tasks());
  }
}
