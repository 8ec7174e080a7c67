package org.latentexplorer.ui.lesson;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.task.BackgroundTask;

/**
 * Writing a lesson from the window: set the window as a step should show it, type the step's
 * title, text, question and answer beside it, and Record step; Save lesson writes the file (to the
 * user's lessons folder unless another is chosen), listed under Lessons afterwards.
 */
public final class LessonWriter extends VBox {

  private final LessonWindow window;
  private final Supplier<Window> owner;
  private final Runnable saved;
  private final TextField lessonTitle = new TextField();
  private final TextField stepTitle = new TextField();
  private final TextArea text = new TextArea();
  private final TextArea question = new TextArea();
  private final TextArea answer = new TextArea();
  private final Label count = new Label();
  private final List<Lesson.Step> steps = new ArrayList<>();

  /**
   * @param saved runs after a lesson was saved (the Lessons menu lists it)
   */
  public LessonWriter(LessonWindow window, Supplier<Window> owner, Runnable saved) {
    super(6);
    this.window = window;
    this.owner = owner;
    this.saved = saved;
    setId("lesson-writer");
    getStyleClass().add("lesson-panel");
    setPadding(new Insets(8));
    setPrefWidth(330);
    setMinWidth(260);
    setMaxWidth(420);
    lessonTitle.setId("writer-lesson-title");
    lessonTitle.setPromptText("The lesson's title");
    Tips.set(lessonTitle, "The lesson's title, as the Lessons menu lists it");
    stepTitle.setId("writer-step-title");
    stepTitle.setPromptText("This step's title");
    Tips.set(stepTitle, "The title of the step Record step adds");
    text.setId("writer-text");
    text.setPromptText("What you say at this step (*emphasis*, **strong**, - list items)");
    text.setWrapText(true);
    question.setId("writer-question");
    question.setPromptText("A question for the class (optional)");
    question.setWrapText(true);
    question.setPrefRowCount(2);
    answer.setId("writer-answer");
    answer.setPromptText("Its answer, shown on request (optional)");
    answer.setWrapText(true);
    answer.setPrefRowCount(2);
    VBox.setVgrow(text, Priority.ALWAYS);
    Button record = new Button("Record step");
    record.setId("writer-record");
    Tips.set(record, "Add a step that shows what the window shows now, with the text above");
    record.setOnAction(e -> record());
    Button save = new Button("Save lesson...");
    save.setId("writer-save");
    save.setOnAction(e -> choose());
    Tips.set(save, "Write the recorded steps to a lesson file (Markdown you can edit)");
    Button close = new Button("Close");
    close.setId("writer-close");
    Tips.set(close, "Stop writing; steps not saved are lost");
    close.setOnAction(e -> setShown(false));
    count.setId("writer-count");
    Label heading = new Label("Write a lesson");
    heading.getStyleClass().add("lesson-title");
    Label how = new Label("Set the window as the step should show it (models, tab, z, strip, ...),"
        + " write what you will say, then Record step.");
    how.setWrapText(true);
    getChildren().addAll(heading, how, lessonTitle, stepTitle, text, question, answer,
        new HBox(6, record, count), new HBox(6, save, close));
    setShown(false);
    refresh();
  }

  /** Shows or hides the writer; showing it starts a new lesson when none is being written. */
  public void setShown(boolean on) {
    setVisible(on);
    setManaged(on);
  }

  /** Adds a step showing the window's state with the typed text; returns the problem, or null. */
  public String record() {
    StepState state = StepCapture.of(window);
    if (state == null) {
      return problem("Open a model first: a step shows a model.");
    }
    String title = stepTitle.getText().isBlank() ? "Step " + (steps.size() + 1) : stepTitle.getText().strip();
    if (title.startsWith("#")) {
      return problem("A step's title cannot start with #.");
    }
    steps.add(new Lesson.Step(title, clean(text.getText()), clean(question.getText()),
        clean(answer.getText()), state, state, null, null, List.of()));
    stepTitle.clear();
    text.clear();
    question.clear();
    answer.clear();
    refresh();
    window.explorer().status().show("Recorded step " + steps.size() + ": " + title, -2);
    return null;
  }

  /** Text as a step holds it: no line may start a heading or a state block. */
  private static String clean(String s) {
    return s.lines().map(l -> l.startsWith("#") || l.strip().startsWith("```") ? " " + l : l)
        .reduce((a, b) -> a + "\n" + b).orElse("").strip();
  }

  private String problem(String message) {
    window.explorer().status().error(message);
    return message;
  }

  private void refresh() {
    count.setText(steps.size() == 1 ? "1 step recorded" : steps.size() + " steps recorded");
  }

  /** The lesson written so far. */
  public Lesson lesson() {
    String title = lessonTitle.getText().isBlank() ? "My lesson" : lessonTitle.getText().strip();
    return new Lesson(null, title, "", List.copyOf(steps));
  }

  private void choose() {
    if (steps.isEmpty()) {
      problem("Record a step first.");
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the lesson");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lessons", "*" + LessonFile.SUFFIX));
    Path folder = AppHome.userLessons();
    try {
      Files.createDirectories(folder);
      chooser.setInitialDirectory(folder.toFile());
    } catch (java.io.IOException e) {
      // the chooser starts elsewhere
    }
    chooser.setInitialFileName(slug(lesson().title()) + LessonFile.SUFFIX);
    File f = chooser.showSaveDialog(owner.get());
    if (f != null) {
      save(f.toPath(), () -> {});
    }
  }

  /** Writes the lesson to {@code file} in the background; {@code done} runs once it is written. */
  public void save(Path file, Runnable done) {
    Lesson lesson = lesson();
    BackgroundTask.of("Saving the lesson", p -> {
          LessonFile.write(file, lesson);
          return file;
        })
        .onSuccess(f -> {
          window.explorer().status().show("Saved the lesson (" + lesson.steps().size() + " steps) to " + f, -2);
          saved.run();
          done.run();
        })
        .onFailure(e -> window.explorer().status().error(
            "Could not save the lesson to " + file + ": " + BackgroundTask.message(e)))
        .executeWith(window.explorer().tasks());
  }

  /** Fills the fields, as a teacher types them; for tests. */
  public void type(String lesson, String step, String words, String q, String a) {
    lessonTitle.setText(lesson);
    stepTitle.setText(step);
    text.setText(words);
    question.setText(q);
    answer.setText(a);
  }

  private static String slug(String title) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "lesson" : s;
  }
}
