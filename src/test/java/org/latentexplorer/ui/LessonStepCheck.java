package org.latentexplorer.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.latentexplorer.latent.AxisProjection;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.scatter.ViewWindow;
import org.latentexplorer.ui.lesson.Lesson;
import org.latentexplorer.ui.lesson.LessonWindow;
import org.latentexplorer.ui.lesson.StepState;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Workspace;
import org.latentexplorer.ui.workspace.strip.InterpolationEnds;
import org.latentexplorer.ui.workspace.strip.StripModel;

/** What differs between a lesson step's state and what the window shows; read on the FX thread. */
public final class LessonStepCheck {

  private LessonStepCheck() {}

  /** Whether the window has finished showing the step: the models open, nothing pending. */
  public static boolean settled(MainWindow w) {
    Workspace m = w.model();
    if (w.teaching().player().showingProperty().get() || m.main().session() == null || m.main().decodePendingProperty().get()) {
      return false;
    }
    return !m.comparingProperty().get() || m.compare().session() != null && !m.compare().decodePendingProperty().get();
  }

  /** What a step that has not settled is waiting for, for a failure's message. */
  public static String pending(MainWindow w) {
    Workspace m = w.model();
    var player = w.teaching().player();
    return "lesson " + (player.lessonProperty().get() == null ? "none" : player.lessonProperty().get().title())
        + ", step " + (player.stepProperty().get() + 1) + ", showing " + player.showingProperty().get()
        + ", main " + (m.main().session() == null ? "none" : m.main().session().name())
        + (m.main().decodePendingProperty().get() ? " (decoding)" : "")
        + ", comparing " + m.comparingProperty().get()
        + ", compare " + (m.compare().session() == null ? "none" : m.compare().session().name())
        + (m.compare().decodePendingProperty().get() ? " (decoding)" : "")
        + ", banner '" + m.errorProperty().get() + "', status '" + w.statusBar().messageProperty().get() + "'";
  }

  public static List<String> differences(MainWindow w, Lesson.Step step) {
    StepState s = step.shown();
    List<String> d = new ArrayList<>();
    Workspace m = w.model();
    LessonWindow lw = (LessonWindow) w.teaching().player().window();
    if (!m.main().session().folder().toAbsolutePath().normalize().equals(step.mainFolder().toAbsolutePath().normalize())) {
      d.add("main " + m.main().session().folder());
    }
    boolean comparing = m.comparingProperty().get();
    if (comparing == s.alone()) {
      d.add("comparing " + comparing + " (banner: '" + m.errorProperty().get() + "', status: '"
          + w.statusBar().messageProperty().get() + "', dropped: " + w.teaching().player().droppedProperty().get() + ")");
    } else if (comparing && !m.compare().session().folder().toAbsolutePath().normalize()
        .equals(step.compareFolder().toAbsolutePath().normalize())) {
      d.add("compare " + m.compare().session().folder());
    }
    String tab = s.tab() == null ? "explore" : s.tab();
    if (!lw.tab().equals(tab)) {
      d.add("tab " + lw.tab());
    }
    if (s.largeText() != null && lw.largeText() != s.largeText()) {
      d.add("large text " + lw.largeText());
    }
    for (ModelPaneModel p : m.panes()) {
      pane(w, p, s, p == m.main() ? s.z() : s.compareZ(), p == m.main() ? s.view() : null, d);
    }
    if (s.bookmarks() != null) {
      var shown = m.main().bookmarks().items();
      if (shown.size() != s.bookmarks().size()) {
        d.add("bookmarks " + shown.size());
      } else {
        for (int i = 0; i < shown.size(); i++) {
          if (!shown.get(i).name().equals(s.bookmarks().get(i).name()) || !Arrays.equals(shown.get(i).z(), s.bookmarks().get(i).z())) {
            d.add("bookmark " + i + " " + shown.get(i).name());
          }
        }
      }
    } else if (!m.main().bookmarks().items().isEmpty()) {
      d.add("bookmarks " + m.main().bookmarks().items().size() + " where none are set");
    }
    StripModel strip = m.strip();
    String mode = s.stripMode() == null ? "INTERPOLATION" : s.stripMode();
    if (!strip.modeProperty().get().name().equals(mode)) {
      d.add("strip " + strip.modeProperty().get());
    }
    if (strip.framesProperty().get() != (s.frames() == null ? 10 : s.frames())) {
      d.add("frames " + strip.framesProperty().get());
    }
    if (strip.sphericalProperty().get() != Boolean.TRUE.equals(s.spherical())) {
      d.add("spherical " + strip.sphericalProperty().get());
    }
    if (strip.traversalDimensionProperty().get() != (s.traversalDimension() == null ? 0 : s.traversalDimension())
        || strip.traversalRangeProperty().get() != (s.traversalRange() == null ? 3 : s.traversalRange())) {
      d.add("traverse " + strip.traversalDimensionProperty().get() + " " + strip.traversalRangeProperty().get());
    }
    List<String> anomalous = lw.anomalous();
    if (s.anomalous() != null && !anomalous.equals(s.anomalous())) {
      d.add("anomalous " + anomalous);
    }
    List<String> directions = lw.directions();
    if (!directions.equals(s.directions() == null ? List.of() : s.directions())) {
      d.add("directions " + directions);
    }
    if (comparing && m.compare().session() != null
        && m.compare().analysis().vectors().size() != directions.size()) {
      d.add("compare directions " + m.compare().analysis().vectors().size());
    }
    if (lw.sampledPixels() != Boolean.TRUE.equals(s.sampledPixels())) {
      d.add("sampled pixels " + lw.sampledPixels());
    }
    InterpolationEnds e = strip.ends();
    if (s.from() == null ? e != null : e == null || !Arrays.equals(e.from(), s.from()) || !Arrays.equals(e.to(), s.to())) {
      d.add("ends " + (e == null ? "none" : Arrays.toString(e.from()) + " " + Arrays.toString(e.to())));
    }
    return d;
  }

  private static void pane(MainWindow w, ModelPaneModel p, StepState s, float[] z, double[] view, List<String> d) {
    String name = p == w.model().main() ? "main" : "compare";
    if (p.allDataProperty().get() != Boolean.TRUE.equals(s.allData())) {
      d.add(name + " all data " + p.allDataProperty().get());
    }
    String projection = s.projection() == null ? "LATENT_AXES" : s.projection();
    if (!p.projection().viewProperty().get().name().equals(projection)) {
      d.add(name + " projection " + p.projection().viewProperty().get().name());
    }
    int[] axes = s.axes() == null ? new int[] {0, 1} : s.axes();
    Projection shown = p.projection().projection();
    if ("LATENT_AXES".equals(projection) && !(shown instanceof AxisProjection a && a.dimX() == axes[0] && a.dimY() == axes[1])) {
      d.add(name + " axes " + shown);
    }
    if ("PCA".equals(projection) && !(shown instanceof PcaProjection c && c.axisX() == axes[0] && c.axisY() == axes[1])) {
      d.add(name + " pca axes " + shown);
    }
    if (z != null && !Arrays.equals(p.z(), z)) {
      d.add(name + " z " + Arrays.toString(p.z()));
    }
    if (view != null) {
      ViewWindow v = w.teaching().player().window().scatter(p).shownWindow();
      if (v.xMin() != view[0] || v.xMax() != view[1] || v.yMin() != view[2] || v.yMax() != view[3]) {
        d.add(name + " view " + v);
      }
    }
  }

  /** Everything a step can set, as the window shows it now: to compare two moments exactly. */
  public static String snapshot(MainWindow w) {
    LessonWindow lw = (LessonWindow) w.teaching().player().window();
    org.latentexplorer.ui.session.Session s = org.latentexplorer.ui.session.SessionCapture.of(lw);
    return org.latentexplorer.model.Json.GSON.toJson(s) + " tab " + lw.tab() + " large " + lw.largeText();
  }

  /** Whether what a step runs has started (or, for training stopped, stopped); read on the FX thread. */
  public static boolean started(MainWindow w, String what) {
    var train = w.trainView().model().stateProperty().get();
    var eval = w.evaluateView().mainModel();
    var anomaly = w.anomalyView().model();
    return switch (what) {
      case "training", "training-both" -> train != org.latentexplorer.ui.train.TrainModel.State.IDLE
          && train != org.latentexplorer.ui.train.TrainModel.State.FAILED;
      case "stop-training" -> train != org.latentexplorer.ui.train.TrainModel.State.RUNNING;
      case "evaluation" -> eval.runningProperty().get() || eval.resultProperty().get() != null;
      case "anomaly" -> anomaly.runningProperty().get() || anomaly.resultProperty().get() != null;
      default -> false;
    };
  }

  /** Stops the background work steps start (training, evaluations, anomaly scores). */
  public static void stopBackground(MainWindow w) {
    w.trainView().model().stop();
    w.evaluateView().mainModel().cancel();
    w.evaluateView().compareModel().cancel();
    w.anomalyView().model().cancel();
  }
}
