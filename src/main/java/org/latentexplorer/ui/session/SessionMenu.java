package org.latentexplorer.ui.session;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentexplorer.ui.common.task.BackgroundTask;

/**
 * The Lessons menu's session items: save what the window shows as a small JSON file, and open one
 * again (one prepared state in one step). Files are read and written in the background.
 */
public final class SessionMenu {

  private final SessionWindow window;
  private final Supplier<Window> owner;
  private final List<MenuItem> items;

  public SessionMenu(SessionWindow window, Supplier<Window> owner) {
    this.window = window;
    this.owner = owner;
    MenuItem save = new MenuItem("Save session...");
    save.setId("session-save");
    save.setOnAction(e -> choose(true));
    MenuItem open = new MenuItem("Open session...");
    open.setId("session-open");
    open.setOnAction(e -> choose(false));
    items = List.of(save, open);
  }

  /** Save session... and Open session..., for the menu that shows them. */
  public List<MenuItem> items() {
    return items;
  }

  private void choose(boolean saving) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(saving ? "Save the session" : "Open a session");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sessions", "*.json"));
    if (saving) {
      chooser.setInitialFileName("lesson.session.json");
    }
    File f = saving ? chooser.showSaveDialog(owner.get()) : chooser.showOpenDialog(owner.get());
    if (f != null) {
      if (saving) {
        save(f.toPath(), () -> {});
      } else {
        open(f.toPath(), () -> {}, message -> window.explorer().status().error(message));
      }
    }
  }

  /** Writes what the window shows to {@code file}; {@code done} runs once it is written. */
  public void save(Path file, Runnable done) {
    Session s = SessionCapture.of(window);
    if (s == null) {
      window.explorer().status().error("Nothing to save: open a model first.");
      return;
    }
    BackgroundTask.of("Saving the session", p -> {
          SessionFile.write(file, s);
          return file;
        })
        .onSuccess(f -> {
          window.explorer().status().show("Saved the session to " + f, -2);
          done.run();
        })
        .onFailure(e -> window.explorer().status().error(
            "Could not save the session to " + file + ": " + BackgroundTask.message(e)))
        .executeWith(window.explorer().tasks());
  }

  /**
   * Reads {@code file} and shows it; a bad file is named in one message and the window keeps what
   * it shows. {@code done} runs once all of it is shown, {@code failed} when it cannot be opened.
   */
  public void open(Path file, Runnable done, Consumer<String> failed) {
    BackgroundTask.of("Reading the session", p -> SessionFile.open(file))
        .onSuccess(opened -> SessionRestore.restore(window, opened, dropped -> {
          if (dropped.isEmpty()) {
            window.explorer().status().show("Opened the session " + file.getFileName(), -2);
          } else {
            window.explorer().status().error(
                "Opened the session " + file + " without: " + String.join("; ", dropped));
          }
          done.run();
        }))
        .onFailure(e -> failed.accept("Could not open the session " + BackgroundTask.message(e)))
        .executeWith(window.explorer().tasks());
  }
}
