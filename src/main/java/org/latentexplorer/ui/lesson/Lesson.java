package org.latentexplorer.ui.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson: a title, a few words about it, and its steps, read from a Markdown file by {@link
 * LessonFile}.
 *
 * @param file the file it was read from or will be written to (null for one being written)
 * @param title the lesson's title (the file's {@code # } heading)
 * @param intro the text before the first step
 * @param steps the steps, in order
 */
public record Lesson(Path file, String title, String intro, List<Step> steps) {

  /**
   * One step.
   *
   * @param title its {@code ## } heading
   * @param text what the teacher says, in the lesson's simple Markdown
   * @param question a question for the class, or empty
   * @param answer its answer, revealed on request, or empty
   * @param own what this step's block sets
   * @param shown what the window shows at this step: its block over the steps before it
   * @param mainFolder the main model's folder, found on this computer (null when not found)
   * @param compareFolder the compared model's folder (null for one model, or when not found)
   * @param problems why the step cannot be shown, each naming the file, the step and the field
   *     (empty when it can)
   */
  public record Step(
      String title,
      String text,
      String question,
      String answer,
      StepState own,
      StepState shown,
      Path mainFolder,
      Path compareFolder,
      List<String> problems) {

    /** Whether the window can show this step. */
    public boolean usable() {
      return problems.isEmpty();
    }
  }

  /** The steps the window cannot show, each with its problems; empty when every step is usable. */
  public List<String> problems() {
    return steps.stream().flatMap(s -> s.problems().stream()).toList();
  }
}
