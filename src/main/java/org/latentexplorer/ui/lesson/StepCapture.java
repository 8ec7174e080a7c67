package org.latentexplorer.ui.lesson;

import java.nio.file.Path;
import org.latentexplorer.ui.session.ModelLookup;
import org.latentexplorer.ui.session.Session;
import org.latentexplorer.ui.session.SessionCapture;
import org.latentexplorer.ui.workspace.projection.ProjectionView;

/** What the window shows now, as a lesson step's state (Record step). */
final class StepCapture {

  private StepCapture() {}

  /** The window's state, or null when no model is open. */
  static StepState of(LessonWindow w) {
    Session s = SessionCapture.of(w);
    if (s == null) {
      return null;
    }
    Session.Pane main = s.main();
    Session.Pane compare = s.compare();
    Session.Strip strip = s.strip();
    Session.Ends ends = strip.ends();
    boolean ownEnds = ends != null && "main".equals(ends.pane());
    boolean embedding = ProjectionView.named(main.projection()).map(ProjectionView::method).isPresent();
    return new StepState(
        ModelLookup.nameFor(Path.of(main.model())),
        compare == null ? StepState.NONE : ModelLookup.nameFor(Path.of(compare.model())),
        w.tab(),
        main.allData(),
        main.projection(),
        embedding ? null : main.axes(),
        embedding ? null : main.view(),
        main.z(),
        compare == null ? null : compare.z(),
        main.bookmarks(),
        strip.mode(),
        strip.frames(),
        strip.spherical(),
        strip.traversalDimension(),
        strip.traversalRange(),
        ownEnds ? ends.from() : null,
        ownEnds ? ends.to() : null,
        w.largeText(),
        null,
        null,
        w.anomalous(),
        w.sampledPixels(),
        w.directions(),
        null);
  }
}
