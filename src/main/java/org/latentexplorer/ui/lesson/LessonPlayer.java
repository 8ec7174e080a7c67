package org.latentexplorer.ui.lesson;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A lesson being taught: which step is shown, moving to the next or the one before, and putting a
 * step's state back after the class changed things. Moving on while a step is still being shown
 * (a model opening) leaves that step unfinished and shows the new one.
 */
public final class LessonPlayer {

  private final LessonWindow window;
  private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<List<String>> dropped = new ReadOnlyObjectWrapper<>(List.of());
  private long request;

  public LessonPlayer(LessonWindow window) {
    this.window = window;
  }

  /** Starts a lesson at its first step. */
  public void start(Lesson l) {
    lesson.set(l);
    step.set(-1);
    go(0);
  }

  /** Ends the lesson; the window keeps what it shows. */
  public void end() {
    request++;
    showing.set(false);
    lesson.set(null);
    step.set(-1);
  }

  /** Moves by {@code delta} steps; returns whether a lesson was open to move in. */
  public boolean move(int delta) {
    Lesson l = lesson.get();
    if (l == null) {
      return false;
    }
    int to = Math.max(0, Math.min(l.steps().size() - 1, step.get() + delta));
    if (to != step.get()) {
      show(to, delta > 0);
    }
    return true;
  }

  /** Shows step {@code index} (0-based) as the lesson sets it, starting what it runs. */
  public void go(int index) {
    show(index, true);
  }

  /**
   * Shows a step; {@code runs}: also start the work it runs (training, an evaluation), which
   * going Back to a step does not, so that a step left behind does not train again.
   */
  private void show(int index, boolean runs) {
    Lesson l = lesson.get();
    if (l == null || index < 0 || index >= l.steps().size()) {
      return;
    }
    step.set(index);
    Lesson.Step s = l.steps().get(index);
    long mine = ++request;
    dropped.set(List.of());
    if (!s.usable()) {
      showing.set(false);
      window.explorer().status().error(String.join("; ", s.problems()));
      return;
    }
    showing.set(true);
    window.explorer().status().show("Lesson step " + (index + 1) + ": " + s.title(), -1);
    StepShow.show(window, s, runs, () -> mine == request, left -> {
      showing.set(false);
      dropped.set(left);
      if (left.isEmpty()) {
        window.explorer().status().show("Lesson step " + (index + 1) + " of " + l.steps().size() + ": " + s.title(), -2);
      } else {
        window.explorer().status().error(
            l.file() + ": step " + (index + 1) + " (" + s.title() + ") shown without: " + String.join("; ", left));
      }
    });
  }

  /** Puts the current step's state back (and starts what it runs, unless done or running). */
  public void resetStep() {
    go(step.get());
  }

  public ReadOnlyObjectProperty<Lesson> lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  /** The step shown, 0-based; -1 when no lesson is open. */
  public ReadOnlyIntegerProperty stepProperty() {
    return step.getReadOnlyProperty();
  }

  /** Whether a step is still being put on screen (its models opening). */
  public ReadOnlyBooleanProperty showingProperty() {
    return showing.getReadOnlyProperty();
  }

  /** What the current step's state could not show on these models. */
  public ReadOnlyObjectProperty<List<String>> droppedProperty() {
    return dropped.getReadOnlyProperty();
  }

  /** The window the lesson moves. */
  public LessonWindow window() {
    return window;
  }
}
