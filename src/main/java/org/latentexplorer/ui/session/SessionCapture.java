package org.latentexplorer.ui.session;

import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.scatter.ViewWindow;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Workspace;
import org.latentexplorer.ui.workspace.strip.InterpolationEnds;
import org.latentexplorer.ui.workspace.strip.StripModel;

/** The window's state now, as a {@link Session}. */
public final class SessionCapture {

  private SessionCapture() {}

  /** The session shown, or null when no model is open. */
  public static Session of(SessionWindow w) {
    Workspace m = w.explorer();
    if (m.main().session() == null) {
      return null;
    }
    boolean comparing = m.comparingProperty().get() && m.compare().session() != null;
    return new Session(
        Session.VERSION,
        pane(w, m.main()),
        comparing ? pane(w, m.compare()) : null,
        strip(m));
  }

  private static Session.Pane pane(SessionWindow w, ModelPaneModel p) {
    ModelSession s = p.session();
    int[] axes = p.projection().shownAxes();
    ViewWindow v = w.scatter(p).shownWindow();
    return new Session.Pane(
        s.folder().toAbsolutePath().normalize().toString(),
        s.folder().getFileName().toString(),
        p.allDataProperty().get(),
        p.projection().viewProperty().get().name(),
        axes,
        new double[] {v.xMin(), v.xMax(), v.yMin(), v.yMax()},
        p.z(),
        p.bookmarks().items().stream().map(b -> new Session.Bookmark(b.name(), b.z())).toList(),
        p.analysis().vectors().stream().map(a -> new Session.Vector(
            a.name(), a.fromName(), a.toName(), a.from(), a.vector(), a.fromSize(), a.toSize())).toList(),
        p.selections().items().stream().map(c -> new Session.Selection(c.name(), c.items())).toList());
  }

  private static Session.Strip strip(Workspace m) {
    StripModel strip = m.strip();
    InterpolationEnds e = strip.ends();
    Session.Ends ends =
        e == null
            ? null
            : new Session.Ends(
                e.source() == m.compare() ? "compare" : "main", e.from(), e.to(), e.fromKey(),
                e.toKey(), e.fromName(), e.toName());
    return new Session.Strip(
        strip.modeProperty().get().name(),
        strip.framesProperty().get(),
        strip.sphericalProperty().get(),
        strip.traversalDimensionProperty().get(),
        strip.traversalRangeProperty().get(),
        strip.showZProperty().get(),
        ends,
        strip.rangeInSdProperty().get(),
        strip.gridChoiceProperty().get().name());
  }
}
