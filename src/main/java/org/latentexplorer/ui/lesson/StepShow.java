package org.latentexplorer.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.session.Session;
import org.latentexplorer.ui.session.SessionFile;
import org.latentexplorer.ui.session.SessionRestore;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Workspace;
import org.latentexplorer.ui.workspace.projection.ProjectionView;
import org.latentexplorer.ui.workspace.strip.InterpolationEnds;

/**
 * Puts the window in a step's state: as a session restores (models, data, projection, view, z,
 * bookmarks, strip), keeping a model that is already open instead of opening it again, then the
 * tab and Large text. What a step does not set goes back to its default (the model's centre z, the
 * whole scatter, no bookmarks, the strip's defaults), so a step always looks the same; Large text
 * alone stays as the teacher set it unless a step sets it. Only the
 * newest request goes on: a step left before its models opened stops where it is.
 */
final class StepShow {

  private StepShow() {}

  /**
   * Shows {@code step}, and starts the work it runs when {@code runs}; {@code done} runs with the
   * parts that did not fit the models (empty when none), unless {@code newest} turned false on the
   * way.
   */
  static void show(
      LessonWindow window, Lesson.Step step, boolean runs, BooleanSupplier newest, Consumer<List<String>> done) {
    StepState s = step.shown();
    Session session = session(s, step.mainFolder(), step.compareFolder());
    SessionFile.Opened opened = new SessionFile.Opened(null, session, step.mainFolder(), step.compareFolder());
    Workspace w = window.explorer();
    if (s.from() == null) {
      w.strip().clearEnds();
    }
    if (s.tab() != null) {
      window.showTab(s.tab());
    }
    SessionRestore.restore(new Reusing(window, newest), opened, dropped -> {
      if (!newest.getAsBoolean()) {
        return;
      }
      List<String> all = new ArrayList<>(dropped);
      finish(window, s, w.main(), s.view(), s.z());
      if (!s.alone() && w.comparingProperty().get()) {
        finish(window, s, w.compare(), null, s.compareZ());
      }
      window.showTab(s.tab() == null ? "explore" : s.tab());
      if (s.largeText() != null) {
        window.setLargeText(s.largeText());
      }
      window.showCard(s.analyseCard());
      if (s.train() != null) {
        window.setTrainSettings(s.train());
      }
      if (s.anomalous() != null) {
        String problem = window.setAnomalous(s.anomalous());
        if (problem != null) {
          all.add(problem);
        }
      }
      window.setSampledPixels(Boolean.TRUE.equals(s.sampledPixels()));
      String directions = window.setDirections(s.directions() == null ? List.of() : s.directions());
      if (directions != null) {
        all.add(directions);
      }
      if (runs && s.run() != null) {
        s.run().forEach(window::run);
      }
      done.accept(all);
    });
  }

  private static void finish(LessonWindow window, StepState s, ModelPaneModel pane, double[] view, float[] z) {
    if (pane.session() == null) {
      return;
    }
    boolean embedding = s.projection() != null
        && ProjectionView.named(s.projection()).map(ProjectionView::method).isPresent();
    if (view == null && !embedding) {
      ScatterView scatter = window.scatter(pane);
      scatter.resetView();
    }
    if (z == null) {
      pane.reset();
    }
  }

  static Session session(StepState s, Path main, Path compare) {
    String projection = s.projection() == null ? "LATENT_AXES" : s.projection();
    boolean all = Boolean.TRUE.equals(s.allData());
    Session.Pane mainPane = new Session.Pane(
        main.toString(), null, all, projection, s.axes(), s.view(), s.z(),
        s.bookmarks() == null ? List.of() : s.bookmarks(), null, List.of());
    Session.Pane comparePane = compare == null ? null : new Session.Pane(
        compare.toString(), null, all, projection, s.axes(), null, s.compareZ(), null, null, null);
    Session.Ends ends = s.from() == null || s.to() == null ? null
        : new Session.Ends("main", s.from(), s.to(), InterpolationEnds.NO_ITEM, InterpolationEnds.NO_ITEM, "", "");
    Session.Strip strip = new Session.Strip(
        s.stripMode() == null ? "INTERPOLATION" : s.stripMode(),
        s.frames() == null ? 10 : s.frames(),
        Boolean.TRUE.equals(s.spherical()),
        s.traversalDimension() == null ? 0 : s.traversalDimension(),
        s.traversalRange() == null ? 3 : s.traversalRange(),
        false, ends, false, null);
    return new Session(Session.VERSION, mainPane, comparePane, strip);
  }

  /** The window, keeping a model already shown, and going on only while the request is newest. */
  private record Reusing(LessonWindow window, BooleanSupplier newest) implements org.latentexplorer.ui.session.SessionWindow {

    @Override
    public Workspace explorer() {
      return window.explorer();
    }

    @Override
    public ScatterView scatter(ModelPaneModel pane) {
      return window.scatter(pane);
    }

    @Override
    public void openMain(Path folder, Runnable then) {
      open(explorer().main().shows(folder), window::openMain, folder, then);
    }

    @Override
    public void openCompare(Path folder, Runnable then) {
      open(explorer().comparingProperty().get() && explorer().compare().shows(folder),
          window::openCompare, folder, then);
    }

    /**
     * Goes on at once when the model is shown, else once it opens (a model being opened is waited
     * for, not opened again: {@code ModelPaneModel#open}).
     */
    private void open(
        boolean shown, java.util.function.BiConsumer<Path, Runnable> opener, Path folder, Runnable then) {
      if (shown) {
        then.run();
      } else {
        opener.accept(folder, () -> {
          if (newest.getAsBoolean()) {
            then.run();
          }
        });
      }
    }
  }
}
