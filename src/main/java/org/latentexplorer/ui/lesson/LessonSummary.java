package org.latentexplorer.ui.lesson;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a lesson says about itself, to choose it by: its title, its opening text joined into one
 * line, and how many steps it has; or, for a file that is not a lesson, its name and why.
 *
 * @param file the lesson file
 * @param title its title, or the file's name when it cannot be read
 * @param intro the text before the first step on one line; for a file that cannot be read, why
 * @param steps the number of steps (0 when it cannot be read)
 */
public record LessonSummary(Path file, String title, String intro, int steps) {

  /** Reads a lesson file ({@link LessonFile#read}) for its summary; never throws. */
  public static LessonSummary of(Path file) {
    try {
      Lesson l = LessonFile.read(file);
      return new LessonSummary(file, l.title(), l.intro().strip().replaceAll("\\s+", " "), l.steps().size());
    } catch (IOException | RuntimeException e) {
      return new LessonSummary(file, String.valueOf(file.getFileName()), "Not readable: " + e.getMessage(), 0);
    }
  }
}
