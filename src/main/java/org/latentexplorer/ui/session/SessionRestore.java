package org.latentexplorer.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.latentexplorer.ui.common.scatter.ViewWindow;
import org.latentexplorer.ui.workspace.Bookmarks;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Workspace;
import org.latentexplorer.ui.workspace.projection.ProjectionModel;
import org.latentexplorer.ui.workspace.projection.ProjectionView;
import org.latentexplorer.ui.workspace.strip.InterpolationEnds;
import org.latentexplorer.ui.workspace.strip.StripDimensions;
import org.latentexplorer.ui.workspace.strip.StripMode;
import org.latentexplorer.ui.workspace.strip.StripModel;

/**
 * Puts a saved session back, one step after another as each model opens: the main model with its
 * data, projection, view, z and bookmarks; then the compared model likewise; then the strip. The
 * model folders are found before anything changes, so a session whose model is missing changes
 * nothing.
 */
public final class SessionRestore {

  private final SessionWindow window;
  private final Session session;
  private final Consumer<List<String>> done;
  private final List<String> dropped = new ArrayList<>();

  private SessionRestore(SessionWindow window, Session session, Consumer<List<String>> done) {
    this.window = window;
    this.session = session;
    this.done = done;
  }

  /**
   * Restores a session read and checked by {@link SessionFile#open}; {@code done} runs when all of
   * it is shown, with the parts that did not fit the models opened (empty when none).
   */
  public static void restore(
      SessionWindow window, SessionFile.Opened opened, Consumer<List<String>> done) {
    Session session = opened.session();
    SessionRestore r = new SessionRestore(window, session, done);
    window.openMain(
        opened.main(),
        () -> {
          if (!r.explorer().main().shows(opened.main())) {
            String why = r.explorer().errorProperty().get();
            r.dropped.add("everything (" + (why.isEmpty() ? "the model " + opened.main() + " did not open" : why) + ")");
            done.accept(r.dropped);
            return;
          }
          r.pane(r.explorer().main(), session.main(), "main", () -> r.compare(opened.compare()));
        });
  }

  private Workspace explorer() {
    return window.explorer();
  }

  private void compare(Path folder) {
    if (folder == null) {
      explorer().stopComparing();
      strip();
      return;
    }
    window.openCompare(folder, () -> {
      if (explorer().comparingProperty().get() && explorer().compare().shows(folder)) {
        pane(explorer().compare(), session.compare(), "compare", this::strip);
      } else {
        dropped.add("the compared model (" + folder + " did not open)");
        strip();
      }
    });
  }

  private void pane(ModelPaneModel pane, Session.Pane saved, String name, Runnable then) {
    if (pane.allDataProperty().get() != saved.allData()) {
      explorer().showAllData(pane, saved.allData(), () -> shown(pane, saved, name, then));
    } else {
      shown(pane, saved, name, then);
    }
  }

  /** The model shows the saved data: bookmarks, vectors, selections, z, projection and view. */
  private void shown(ModelPaneModel pane, Session.Pane saved, String name, Runnable then) {
    int dims = pane.session().latentSize();
    if (saved.bookmarks() != null) {
      List<Session.Bookmark> fit = saved.bookmarks().stream().filter(b -> b.z().length == dims).toList();
      if (fit.size() < saved.bookmarks().size()) {
        dropped.add((saved.bookmarks().size() - fit.size()) + " of " + name + ".bookmarks (not "
            + dims + " values, as the model's latent has)");
      }
      pane.bookmarks().setAll(fit.stream().map(b -> new Bookmarks.Bookmark(b.name(), b.z())).toList());
    }
    if (saved.vectors() != null) {
      List<Session.Vector> fit = saved.vectors().stream().filter(v -> v.vector().length == dims).toList();
      if (fit.size() < saved.vectors().size()) {
        dropped.add((saved.vectors().size() - fit.size()) + " of " + name + ".vectors (not " + dims
            + " values, as the model's latent has)");
      }
      pane.analysis().setVectors(fit.stream().map(v -> new org.latentexplorer.latent.directions.AttributeVector(
          v.name(), v.fromName() == null ? "" : v.fromName(), v.toName() == null ? "" : v.toName(), v.from(), v.vector(),
          v.fromSize(), v.toSize())).toList());
    }
    if (saved.selections() != null) {
      int size = pane.session().data().size();
      List<Session.Selection> fit = saved.selections().stream()
          .filter(c -> java.util.Arrays.stream(c.items()).allMatch(i -> i < size)).toList();
      if (fit.size() < saved.selections().size()) {
        dropped.add((saved.selections().size() - fit.size()) + " of " + name + ".selections (items past #"
            + (size - 1) + ", the data's last)");
      }
      pane.selections().setAll(fit.stream().map(c -> new org.latentexplorer.ui.workspace.Selections.Selection(
          c.name(), java.util.Arrays.stream(c.items()).sorted().distinct().toArray(), null, null)).toList());
    }
    if (saved.z() != null && saved.z().length == dims) {
      pane.setZ(saved.z());
    } else if (saved.z() != null) {
      dropped.add(name + ".z (" + saved.z().length + " values; the model's latent has " + dims + ")");
    }
    int[] fallback = {0, Math.min(1, dims - 1)};
    int[] asked = saved.axes() == null ? fallback : saved.axes();
    int limit = "PCA".equals(saved.projection()) ? Math.min(dims, pane.session().data().size()) : dims;
    boolean fits = asked[0] < limit && asked[1] < limit;
    if (!fits) {
      dropped.add(name + ".axes " + java.util.Arrays.toString(asked) + " (the model has " + dims
          + " dimensions)");
    }
    int[] axes = fits ? asked : fallback;
    ProjectionModel projection = pane.projection();
    String view = saved.projection() == null ? "LATENT_AXES" : saved.projection();
    switch (view) {
      case "PCA" -> projection.whenPcaFitted(() -> {
        projection.showPca(axes[0], axes[1]);
        showView(pane, saved);
        then.run();
      });
      default -> {
        var map = ProjectionView.named(view).map(ProjectionView::method);
        if (map.isPresent()) {
          projection.show(map.get());
          then.run();
          return;
        }
        projection.showLatentAxes(axes[0], axes[1]);
        showView(pane, saved);
        then.run();
      }
    }
  }

  private void showView(ModelPaneModel pane, Session.Pane saved) {
    double[] v = saved.view();
    if (v != null) {
      window.scatter(pane).showWindow(new ViewWindow(v[0], v[1], v[2], v[3]));
    }
  }

  private void strip() {
    Session.Strip saved = session.strip();
    if (saved != null) {
      StripModel strip = explorer().strip();
      if (saved.mode() != null) {
        strip.modeProperty().set(StripMode.valueOf(saved.mode()));
      }
      strip.framesProperty().set(saved.frames());
      strip.sphericalProperty().set(saved.spherical());
      int dims = explorer().main().session().latentSize();
      if (saved.traversalDimension() < dims) {
        strip.traversalDimensionProperty().set(saved.traversalDimension());
      } else {
        dropped.add("strip.traversalDimension " + saved.traversalDimension() + " (the model has "
            + dims + " dimensions)");
      }
      strip.traversalRangeProperty().set(saved.traversalRange());
      strip.showZProperty().set(saved.showZ());
      strip.rangeInSdProperty().set(Boolean.TRUE.equals(saved.rangeInSd()));
      strip.gridChoiceProperty().set(
          saved.gridDimensions() == null
              ? StripDimensions.GridChoice.FIRST
              : StripDimensions.GridChoice.valueOf(saved.gridDimensions()));
      Session.Ends e = saved.ends();
      ModelPaneModel source = e == null ? null : "compare".equals(e.pane()) ? explorer().compare() : explorer().main();
      if (source != null && source.session() != null && e.from().length == source.session().latentSize()) {
        strip.setEnds(
            new InterpolationEnds(
                source, e.from(), e.to(), e.fromKey(), e.toKey(), nonNull(e.fromName()), nonNull(e.toName())));
      } else if (e != null) {
        dropped.add("strip.ends (they do not fit the " + e.pane() + " model)");
      }
    }
    done.accept(List.copyOf(dropped));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
