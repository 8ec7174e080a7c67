package org.latentexplorer.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.AppHome;

/** The README's complete lesson reads as it says, and its example message is the one given. */
class ReadmeLessonTest {

  private static String readme() throws Exception {
    return Files.readString(AppHome.get().resolve("README.md"));
  }

  private static String example(String readme) {
    int start = readme.indexOf("````markdown\n");
    int end = readme.indexOf("\n````", start + 1);
    assertTrue(start >= 0 && end > start, "the README holds a ````markdown lesson");
    return readme.substring(start + "````markdown\n".length(), end + 1);
  }

  @Test
  void theReadmesLessonIsUsableAndItsExampleMessageIsTheProgramsOwn() throws Exception {
    String readme = readme();
    Path file = Path.of("two.lesson.md");
    Lesson lesson = LessonFile.parse(file, example(readme));
    assertEquals("Two models", lesson.title());
    assertEquals(List.of("Side by side", "The VAE alone, walking"), lesson.steps().stream().map(Lesson.Step::title).toList());
    assertEquals(List.of(), lesson.problems());
    assertEquals("The VAE: its codes fill the disc where N(0, I) puts its samples.", lesson.steps().get(0).answer());

    Lesson bad = LessonFile.parse(file, example(readme).replace("path: spherical", "path: round"));
    String message = bad.steps().get(1).problems().get(0);
    assertTrue(readme.replace("\n", " ").contains("(`" + message.replace("\n", " ") + "`)"), message);
  }
}
