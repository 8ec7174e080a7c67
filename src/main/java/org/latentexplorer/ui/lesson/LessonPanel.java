package org.latentexplorer.ui.lesson;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.latentexplorer.ui.common.Tips;

/**
 * The lesson beside the window: the step's title and text, its question with the answer shown on
 * request, and Back, Reset step and Next (Page Up and Page Down do the same). It folds to a narrow
 * bar so that the class sees the whole window, and the window stays free to use at every step.
 */
public final class LessonPanel extends VBox {

  private final LessonPlayer player;
  private final VBox full = new VBox(8);
  private final Button unfold = new Button();
  private final Label lessonTitle = new Label();
  private final Label number = new Label();
  private final Label stepTitle = new Label();
  private final VBox text = new VBox(6);
  private final VBox questionBox = new VBox(6);
  private final VBox question = new VBox(4);
  private final Button reveal = new Button("Show answer");
  private final VBox answer = new VBox(4);
  private final Label problems = new Label();
  private final Button back = new Button("Back");
  private final Button next = new Button("Next");
  private final ProgressIndicator busy = new ProgressIndicator();
  private boolean folded;

  public LessonPanel(LessonPlayer player) {
    this.player = player;
    setId("lesson-panel");
    getStyleClass().add("lesson-panel");
    setPadding(new Insets(8));
    lessonTitle.setId("lesson-title");
    lessonTitle.setWrapText(true);
    lessonTitle.getStyleClass().add("lesson-title");
    Button fold = new Button("Hide");
    fold.setId("lesson-fold");
    Tips.set(fold, "Fold the lesson to a narrow bar; the step stays");
    fold.setOnAction(e -> setFolded(true));
    Button close = new Button("End");
    close.setId("lesson-end");
    Tips.set(close, "End the lesson; the window keeps what it shows");
    close.setOnAction(e -> player.end());
    HBox.setHgrow(lessonTitle, Priority.ALWAYS);
    lessonTitle.setMaxWidth(Double.MAX_VALUE);
    fold.setMinWidth(Button.USE_PREF_SIZE);
    close.setMinWidth(Button.USE_PREF_SIZE);
    HBox head = new HBox(6, lessonTitle, fold, close);
    head.setAlignment(Pos.TOP_LEFT);
    number.setId("lesson-step-number");
    stepTitle.setId("lesson-step-title");
    stepTitle.setWrapText(true);
    stepTitle.getStyleClass().add("lesson-step-title");
    text.setId("lesson-text");
    question.setId("lesson-question");
    answer.setId("lesson-answer");
    reveal.setId("lesson-show-answer");
    Tips.set(reveal, "Reveal the answer to the class");
    reveal.setOnAction(e -> {
      answer.setVisible(true);
      answer.setManaged(true);
      reveal.setVisible(false);
      reveal.setManaged(false);
    });
    Label q = new Label("Question for the class");
    q.getStyleClass().add("lesson-question-label");
    questionBox.getChildren().addAll(q, question, reveal, answer);
    questionBox.getStyleClass().add("lesson-question");
    problems.setId("lesson-problems");
    problems.setWrapText(true);
    problems.getStyleClass().add("lesson-problems");
    VBox body = new VBox(10, stepTitle, text, questionBox, problems);
    body.setPadding(new Insets(0, 6, 0, 0));
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("lesson-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    back.setId("lesson-back");
    Tips.set(back, "The step before (Page Up)");
    back.setOnAction(e -> player.move(-1));
    next.setId("lesson-next");
    Tips.set(next, "The next step (Page Down)");
    next.setOnAction(e -> player.move(1));
    next.setDefaultButton(false);
    Button reset = new Button("Reset step");
    reset.setId("lesson-reset");
    Tips.set(reset, "Put back what this step shows, after the class changed it");
    reset.setOnAction(e -> player.resetStep());
    busy.setPrefSize(18, 18);
    busy.setId("lesson-busy");
    busy.visibleProperty().bind(player.showingProperty());
    HBox spacer = new HBox();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(6, back, reset, busy, spacer, next);
    buttons.setAlignment(Pos.CENTER_LEFT);
    full.getChildren().addAll(head, number, scroll, buttons);
    VBox.setVgrow(full, Priority.ALWAYS);
    unfold.setId("lesson-unfold");
    Tips.set(unfold, "Show the lesson again");
    unfold.setOnAction(e -> setFolded(false));
    unfold.setRotate(-90);
    getChildren().addAll(full, new javafx.scene.Group(unfold));
    player.lessonProperty().addListener((o, a, b) -> refresh());
    player.stepProperty().addListener((o, a, b) -> refresh());
    player.droppedProperty().addListener((o, a, b) -> refresh());
    refresh();
  }

  /** Folds the lesson to a narrow bar, or opens it again. */
  public void setFolded(boolean on) {
    folded = on;
    refresh();
  }

  public boolean isFolded() {
    return folded;
  }

  private void refresh() {
    Lesson lesson = player.lessonProperty().get();
    int index = player.stepProperty().get();
    boolean open = lesson != null && index >= 0;
    setVisible(open);
    setManaged(open);
    full.setVisible(!folded);
    full.setManaged(!folded);
    Node bar = getChildren().get(1);
    bar.setVisible(folded);
    bar.setManaged(folded);
    if (!open) {
      return;
    }
    setPrefWidth(folded ? USE_COMPUTED_SIZE : 330);
    setMinWidth(folded ? USE_PREF_SIZE : 260);
    setMaxWidth(folded ? USE_PREF_SIZE : 420);
    Lesson.Step step = lesson.steps().get(index);
    int count = lesson.steps().size();
    lessonTitle.setText(lesson.title());
    number.setText("Step " + (index + 1) + " of " + count);
    unfold.setText("Lesson: step " + (index + 1) + " of " + count);
    stepTitle.setText(step.title());
    String intro = index == 0 && !lesson.intro().isBlank() ? lesson.intro() + "\n\n" : "";
    flows(text, intro + step.text());
    boolean asks = !step.question().isBlank();
    questionBox.setVisible(asks);
    questionBox.setManaged(asks);
    flows(question, step.question());
    flows(answer, step.answer());
    boolean answered = !step.answer().isBlank();
    answer.setVisible(false);
    answer.setManaged(false);
    reveal.setVisible(answered);
    reveal.setManaged(answered);
    List<String> trouble = step.usable() ? player.droppedProperty().get() : step.problems();
    problems.setText(trouble.isEmpty() ? "" : (step.usable() ? "Shown without: " : "This step cannot be shown: ")
        + String.join("; ", trouble));
    problems.setVisible(!trouble.isEmpty());
    problems.setManaged(!trouble.isEmpty());
    back.setDisable(index == 0);
    next.setDisable(index == count - 1);
  }

  /** Fills {@code box} with the paragraphs of a step's Markdown. */
  private static void flows(VBox box, String markdown) {
    box.getChildren().clear();
    for (LessonText.Paragraph p : LessonText.parse(markdown)) {
      TextFlow flow = new TextFlow();
      if (p.item()) {
        flow.getChildren().add(new Text("\u2022 "));
        flow.setPadding(new Insets(0, 0, 0, 10));
      }
      for (LessonText.Run r : p.runs()) {
        Text t = new Text(r.text());
        t.getStyleClass().add("lesson-run");
        if (r.strong()) {
          t.getStyleClass().add("strong");
        }
        if (r.emphasis()) {
          t.getStyleClass().add("emphasis");
        }
        if (r.code()) {
          t.getStyleClass().add("code");
        }
        flow.getChildren().add(t);
      }
      box.getChildren().add(flow);
    }
  }

  /** The question's text; for tests. */
  public String shownQuestion() {
    return plain(question);
  }

  /** The answer's text when revealed, else empty; for tests. */
  public String shownAnswer() {
    return answer.isVisible() ? plain(answer) : "";
  }

  private static String plain(VBox box) {
    StringBuilder sb = new StringBuilder();
    for (Node n : box.getChildren()) {
      if (n instanceof TextFlow f) {
        if (!sb.isEmpty()) {
          sb.append("\n\n");
        }
        f.getChildren().forEach(t -> sb.append(((Text) t).getText()));
      }
    }
    return sb.toString();
  }
}
