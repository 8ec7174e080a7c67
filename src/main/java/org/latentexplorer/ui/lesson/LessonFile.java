package org.latentexplorer.ui.lesson;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.ui.session.ModelLookup;
import org.latentexplorer.ui.session.TextFile;

/**
 * Reads and writes lesson files: Markdown a teacher edits by hand. {@code # Title} opens the file;
 * each {@code ## Step title} opens a step, with its text, an optional paragraph starting {@code
 * Question:} and one starting {@code Answer:}, and a fenced block {@code ```state} of {@code key:
 * value} lines saying what the window shows ({@link StateBlock}). A file that cannot be a lesson is
 * refused with one message; a step whose block has a bad value or names a missing model is kept
 * with its problem, naming the file, the step and the field, and the other steps stay usable.
 */
public final class LessonFile {

  /** The suffix of lesson files. */
  public static final String SUFFIX = ".lesson.md";

  private static final String FENCE = "```";

  private LessonFile() {}

  /** A file that is not a lesson at all, named with its problem. */
  public static final class BadLesson extends IOException {
    BadLesson(Path file, String problem) {
      super(file + ": " + problem);
    }
  }

  /** Reads a lesson and finds the models its steps name. */
  public static Lesson read(Path file) throws IOException {
    String text = TextFile.read(file, "lesson file", BadLesson::new);
    return parse(file, text);
  }

  /** Reads a lesson's text; {@code file} names it in messages and finds models beside it. */
  public static Lesson parse(Path file, String text) throws BadLesson {
    List<String> lines = text.lines().toList();
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i == lines.size() || !lines.get(i).startsWith("# ")) {
      throw new BadLesson(file, "not a lesson file (it must start with a '# Title' line)");
    }
    String title = lines.get(i).substring(2).strip();
    int first = i + 1;
    while (first < lines.size() && !lines.get(first).startsWith("## ")) {
      first++;
    }
    String intro = String.join("\n", lines.subList(i + 1, first)).strip();
    if (first == lines.size()) {
      throw new BadLesson(file, "has no steps (each step starts with a '## Step title' line)");
    }
    List<Lesson.Step> steps = new ArrayList<>();
    StepState shown = StepState.EMPTY;
    Path main = null;
    Path compare = null;
    String mainProblem = null;
    String compareProblem = null;
    int start = first;
    while (start < lines.size()) {
      int end = start + 1;
      while (end < lines.size() && !lines.get(end).startsWith("## ")) {
        end++;
      }
      String stepTitle = lines.get(start).substring(3).strip();
      String where = file + ": step " + (steps.size() + 1) + " (" + stepTitle + ")";
      List<String> problems = new ArrayList<>();
      StepText body = StepText.of(lines.subList(start + 1, end), start + 2, where, problems);
      StepState own = body.state();
      shown = own.over(shown);
      if (own.main() != null) {
        try {
          main = ModelLookup.find(file, own.main(), null);
          mainProblem = null;
        } catch (IllegalArgumentException e) {
          main = null;
          mainProblem = where + ", main: " + e.getMessage();
        }
      }
      if (own.compare() != null) {
        compare = null;
        compareProblem = null;
        if (!own.alone()) {
          try {
            compare = ModelLookup.find(file, own.compare(), null);
          } catch (IllegalArgumentException e) {
            compareProblem = where + ", compare: " + e.getMessage();
          }
        }
      }
      if (shown.main() == null) {
        problems.add(where + ": no model (give 'main: MODEL' in this step's ```state block or one before)");
      } else if (mainProblem != null) {
        problems.add(own.main() != null ? mainProblem : where + ": its model is not found (" + mainProblem + ")");
      }
      if (compareProblem != null) {
        problems.add(own.compare() != null ? compareProblem : where + ": its compared model is not found (" + compareProblem + ")");
      }
      steps.add(new Lesson.Step(
          stepTitle, body.text(), body.question(), body.answer(), own, shown,
          mainProblem == null ? main : null, shown.alone() ? null : compare, List.copyOf(problems)));
      start = end;
    }
    return new Lesson(file, title, intro, List.copyOf(steps));
  }

  /** A lesson as the Markdown this class reads; each block holds what changed since the step before. */
  public static String text(Lesson lesson) {
    StringBuilder sb = new StringBuilder("# ").append(lesson.title()).append("\n\n");
    if (!lesson.intro().isBlank()) {
      sb.append(lesson.intro().strip()).append("\n\n");
    }
    StepState before = StepState.EMPTY;
    for (Lesson.Step step : lesson.steps()) {
      sb.append("## ").append(step.title()).append("\n\n");
      if (!step.text().isBlank()) {
        sb.append(step.text().strip()).append("\n\n");
      }
      if (!step.question().isBlank()) {
        sb.append("Question: ").append(step.question().strip()).append("\n\n");
      }
      if (!step.answer().isBlank()) {
        sb.append("Answer: ").append(step.answer().strip()).append("\n\n");
      }
      List<String> block = StateBlock.format(step.shown().changesFrom(before));
      sb.append(FENCE).append("state\n");
      block.forEach(l -> sb.append(l).append('\n'));
      sb.append(FENCE).append("\n\n");
      before = step.shown();
    }
    return sb.toString().stripTrailing() + "\n";
  }

  /** Writes a lesson, replacing the file only once the new one is whole. */
  public static void write(Path file, Lesson lesson) throws IOException {
    String text = text(lesson);
    AtomicFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(text);
      w.flush();
    });
  }

  /** A step's lines read: its text, question, answer and state. */
  private record StepText(String text, String question, String answer, StepState state) {

    static StepText of(List<String> lines, int firstLine, String where, List<String> problems) {
      List<String> text = new ArrayList<>();
      List<String> question = new ArrayList<>();
      List<String> answer = new ArrayList<>();
      List<String> block = null;
      int blockLine = 0;
      StepState state = null;
      List<String> into = text;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (block != null) {
          if (line.strip().equals(FENCE)) {
            List<StateBlock.Problem> found = new ArrayList<>();
            StepState read = StateBlock.parse(block, blockLine, found);
            found.forEach(p -> problems.add(where + ", " + p));
            state = state == null ? read : read.over(state);
            block = null;
          } else {
            block.add(line);
          }
          continue;
        }
        String low = line.strip().toLowerCase(Locale.ROOT);
        if (low.startsWith(FENCE + "state")) {
          block = new ArrayList<>();
          blockLine = firstLine + i + 1;
          into = text;
          continue;
        }
        if (line.isBlank()) {
          into = text;
          text.add("");
          question.add("");
          answer.add("");
          continue;
        }
        if (low.startsWith("question:")) {
          into = question;
          line = line.strip().substring("question:".length());
        } else if (low.startsWith("answer:")) {
          into = answer;
          line = line.strip().substring("answer:".length());
        }
        into.add(line);
      }
      if (block != null) {
        problems.add(where + ", line " + (blockLine - 1) + ": the ```state block has no closing ``` line");
      }
      return new StepText(paragraphs(text), paragraphs(question), paragraphs(answer),
          state == null ? StepState.EMPTY : state);
    }

    /** Lines joined, runs of blank lines kept as one paragraph break. */
    private static String paragraphs(List<String> lines) {
      return String.join("\n", lines).replaceAll("\n{3,}", "\n\n").strip();
    }
  }
}
