package org.latentexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.cli.CommandFailure;

/** {@code explore --session FILE} refuses a file it cannot use before any window opens. */
class ExploreSessionCheckTest {

  @TempDir Path dir;

  @Test
  void aSessionFileThatCannotBeUsedEndsTheCommandBeforeTheWindow() throws Exception {
    Path missing = dir.resolve("missing.session.json");
    assertEquals(missing + ": no such file",
        assertThrows(CommandFailure.class, () -> ExplorerApp.launchWith(List.of(), missing, null))
            .getMessage());
    Path unknown = Files.writeString(dir.resolve("unknown.json"),
        "{\"version\": 1, \"main\": {\"model\": \"/gone/a-model\"}}");
    assertEquals(
        unknown + ": the model a-model is not found (looked in [/gone/a-model, "
            + org.latentexplorer.data.AppHome.userModels().resolve("a-model") + ", "
            + org.latentexplorer.data.AppHome.models().resolve("a-model") + "])",
        assertThrows(CommandFailure.class, () -> ExplorerApp.launchWith(List.of(), unknown, null))
            .getMessage());
    assertFalse(ExplorerApp.isRunning(), "no window was started");
  }

  @Test
  void aFileThatIsNotALessonEndsTheCommandBeforeTheWindow() throws Exception {
    Path notALesson = Files.writeString(dir.resolve("notes.lesson.md"), "just some notes\n");
    assertEquals(notALesson + ": not a lesson file (it must start with a '# Title' line)",
        assertThrows(CommandFailure.class, () -> ExplorerApp.launchWith(List.of(), null, notALesson))
            .getMessage());
    assertFalse(ExplorerApp.isRunning(), "no window was started");
  }
}
