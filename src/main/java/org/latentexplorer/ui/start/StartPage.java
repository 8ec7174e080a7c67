package org.latentexplorer.ui.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.lesson.LessonSummary;

/**
 * What the window shows over itself when the program starts with nothing named to open: explore
 * the model that is opening, start one of the lessons (the bundled ones and the user's, each with
 * its opening lines and number of steps), or open a model folder, a session or a lesson file; and
 * whether to show this page next time. The model opens behind it, so closing it (Esc, or *Start
 * exploring*) leaves the explorer ready.
 */
public final class StartPage extends StackPane {

  /** What the page's choices do in the window. */
  public interface Choices {
    void openFolder();

    void openSession();

    void openLessonFile();

    void startLesson(Path file);

    /**
     * Keeps whether to show the page at start, in the background; {@code problem} hears, on the
     * UI thread, what went wrong, or null when it was kept.
     */
    void showAtStart(boolean show, java.util.function.Consumer<String> problem);
  }

  private final VBox lessons = new VBox(6);
  private final Choices choices;
  private final Label problem = new Label();
  private final Button explore = new Button("Start exploring");

  /**
   * @param modelName the model opening behind the page
   * @param showAtStart whether the page shows at start now
   */
  public StartPage(Choices choices, String modelName, boolean showAtStart) {
    this.choices = choices;
    setId("start-page");
    getStyleClass().add("start-veil");
    Label title = new Label("Latent Explorer");
    title.getStyleClass().add("start-title");
    Label line = new Label("See inside the latent space of autoencoders and variational autoencoders:"
        + " decode any point, walk between items, compare an AE with a VAE, train your own.");
    line.setWrapText(true);

    explore.setId("start-explore");
    explore.setDefaultButton(true);
    explore.setOnAction(e -> close());
    Label opening = new Label(modelName == null ? "No bundled model was found: open a model folder."
        : "The window opens " + modelName + ", a bundled model; choose others from the Model list.");
    opening.setWrapText(true);
    Button folder = button("Open a model folder...", "start-open-folder", () -> choices.openFolder());
    Button session = button("Open a session...", "start-open-session", () -> choices.openSession());
    Button lessonFile = button("Open a lesson file...", "start-open-lesson", () -> choices.openLessonFile());
    VBox exploreColumn = column("Explore", opening, explore, folder, session, lessonFile);

    lessons.setId("start-lessons");
    lessons.getChildren().add(new Label("Listing the lessons..."));
    VBox lessonColumn = column("Teach or learn with a lesson", lessons);
    lessonColumn.setPrefWidth(640);

    FlowPane columns = new FlowPane(24, 16, exploreColumn, lessonColumn);
    columns.setAlignment(Pos.TOP_LEFT);
    exploreColumn.setPrefWidth(280);

    CheckBox show = new CheckBox("Show this page when the program starts");
    show.setId("start-show");
    show.setSelected(showAtStart);
    show.selectedProperty().addListener((o, a, on) -> choices.showAtStart(on, p -> problem.setText(p == null ? "" : p)));
    problem.setId("start-problem");
    problem.getStyleClass().add("start-problem");
    problem.setWrapText(true);
    Label keys = new Label("Esc closes this page · F1 shows the help · the Lessons menu lists the lessons again");
    keys.getStyleClass().add("hint");
    keys.setWrapText(true);

    VBox card = new VBox(12, title, line, columns, new HBox(16, show, keys), problem);
    card.getStyleClass().add("start-card");
    card.setPadding(new Insets(20, 24, 20, 24));
    card.setMaxWidth(1040);
    card.setMaxHeight(Region.USE_PREF_SIZE);
    ScrollPane scroll = new ScrollPane(card);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("start-scroll");
    scroll.setMaxWidth(1060);
    scroll.setMaxHeight(Region.USE_PREF_SIZE);
    getChildren().add(scroll);
    StackPane.setAlignment(scroll, Pos.CENTER);
    StackPane.setMargin(scroll, new Insets(20));
  }

  private Button button(String text, String id, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> {
      close();
      action.run();
    });
    b.setMaxWidth(Double.MAX_VALUE);
    return b;
  }

  private static VBox column(String heading, javafx.scene.Node... nodes) {
    Label h = new Label(heading);
    h.getStyleClass().add("start-heading");
    VBox box = new VBox(8, h);
    box.getChildren().addAll(nodes);
    return box;
  }

  /** Lists the lessons found (the bundled ones, then the user's); a click starts one and closes the page. */
  public void showLessons(List<LessonSummary> bundled, List<LessonSummary> yours, String problem) {
    lessons.getChildren().clear();
    List<LessonSummary> all = new ArrayList<>(bundled);
    all.addAll(yours);
    if (problem != null) {
      lessons.getChildren().add(new Label("Could not list the lessons: " + problem));
    } else if (all.isEmpty()) {
      lessons.getChildren().add(new Label("No lessons found."));
    }
    for (LessonSummary l : all) {
      lessons.getChildren().add(entry(l, yours.contains(l)));
    }
  }

  private VBox entry(LessonSummary l, boolean yours) {
    Hyperlink link = new Hyperlink(l.title());
    String file = l.file().getFileName().toString();
    link.setId("start-lesson-" + file.substring(0, file.indexOf('.') < 0 ? file.length() : file.indexOf('.')));
    link.getStyleClass().add("start-lesson");
    Tips.set(link, l.file().toString());
    link.setOnAction(e -> {
      close();
      choices.startLesson(l.file());
    });
    Label about = new Label((l.intro().isEmpty() ? "" : l.intro() + " ") + "(" + l.steps() + " step"
        + (l.steps() == 1 ? "" : "s") + (yours ? ", one of your lessons" : "") + ")");
    about.setWrapText(true);
    about.getStyleClass().add("start-about");
    VBox box = new VBox(0, link, about);
    VBox.setMargin(about, new Insets(0, 0, 0, 6));
    HBox.setHgrow(box, Priority.ALWAYS);
    return box;
  }

  /** Puts the keyboard on *Start exploring*: Enter closes the page (Esc does wherever the keyboard is). */
  public void focus() {
    explore.requestFocus();
  }

  /** Takes the page off the window. */
  public void close() {
    if (getParent() instanceof javafx.scene.layout.Pane p) {
      p.getChildren().remove(this);
    }
  }

  /** Whether the page is on the window, for tests. */
  public boolean isShown() {
    return getParent() != null;
  }
}
