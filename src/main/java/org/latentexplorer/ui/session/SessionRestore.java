package org.latentexplorer.ui.session;

import java.nio.file.Path;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.ui.bookmarks.Bookmarks;
import org.latentexplorer.ui.explorer.ExplorerModel;
import org.latentexplorer.ui.explorer.ModelPaneModel;
import org.latentexplorer.ui.projection.ProjectionModel;
import org.latentexplorer.ui.scatter.ViewWindow;
import org.latentexplorer.ui.strip.InterpolationEnds;
import org.latentexplorer.ui.strip.StripDimensions;
import org.latentexplorer.ui.strip.StripMode;
import org.latentexplorer.ui.strip.StripModel;

/**
 * Puts a saved session back, one step after another as each model opens: the main model with its
 * data, projection, view, z and bookmarks; then the compared model likewise; then the strip. The
 * model folders are found before anything changes, so a session whose model is missing changes
 * nothing.
 */
public final class SessionRestore {

  private final SessionWindow window;
  private final Session session;
  private final Runnable done;

  private SessionRestore(SessionWindow window, Session session, Runnable done) {
    this.window = window;
    this.session = session;
    this.done = done;
  }

  /**
   * Restores a session read from {@code file}; {@code done} runs when all of it is shown.
   *
   * @throws SessionFile.BadSession when a model it names is not found (nothing changes)
   */
  public static void restore(SessionWindow window, Path file, Session session, Runnable done)
      throws SessionFile.BadSession {
    Path main = SessionFile.modelFolder(file, session.main());
    Path compare = session.compare() == null ? null : SessionFile.modelFolder(file, session.compare());
    SessionRestore r = new SessionRestore(window, session, done);
    window.openMain(main, () -> r.pane(r.explorer().main(), session.main(), () -> r.compare(compare)));
  }

  private ExplorerModel explorer() {
    return window.explorer();
  }

  private void compare(Path folder) {
    if (folder == null) {
      explorer().stopComparing();
      strip();
      return;
    }
    window.openCompare(folder, () -> {
      if (explorer().comparingProperty().get() && explorer().compare().session() != null) {
        pane(explorer().compare(), session.compare(), this::strip);
      } else {
        strip();
      }
    });
  }

  private void pane(ModelPaneModel pane, Session.Pane saved, Runnable then) {
    if (pane.allDataProperty().get() != saved.allData()) {
      explorer().showAllData(pane, saved.allData(), () -> shown(pane, saved, then));
    } else {
      shown(pane, saved, then);
    }
  }

  /** The model shows the saved data: bookmarks, z, projection and view. */
  private void shown(ModelPaneModel pane, Session.Pane saved, Runnable then) {
    int dims = pane.session().latentSize();
    if (saved.bookmarks() != null) {
      pane.bookmarks().setAll(
          saved.bookmarks().stream()
              .filter(b -> b.z().length == dims)
              .map(b -> new Bookmarks.Bookmark(b.name(), b.z()))
              .toList());
    }
    if (saved.z() != null && saved.z().length == dims) {
      pane.setZ(saved.z());
    }
    int[] axes = saved.axes() == null ? new int[] {0, Math.min(1, dims - 1)} : saved.axes();
    ProjectionModel projection = pane.projection();
    String view = saved.projection() == null ? "LATENT_AXES" : saved.projection();
    switch (view) {
      case "PCA" -> whenPcaFitted(projection, () -> {
        projection.showPca(axes[0], axes[1]);
        showView(pane, saved);
        then.run();
      });
      case "TSNE" -> {
        projection.showTsne(30);
        then.run();
      }
      case "UMAP" -> {
        projection.showUmap();
        then.run();
      }
      default -> {
        projection.showLatentAxes(axes[0], axes[1]);
        showView(pane, saved);
        then.run();
      }
    }
  }

  private static void whenPcaFitted(ProjectionModel projection, Runnable action) {
    if (projection.pcaProperty().get() != null) {
      action.run();
      return;
    }
    projection.pcaProperty().addListener(new ChangeListener<>() {
      @Override
      public void changed(ObservableValue<? extends Pca> o, Pca was, Pca now) {
        if (now != null) {
          o.removeListener(this);
          action.run();
        }
      }
    });
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
      strip.traversalDimensionProperty().set(saved.traversalDimension());
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
      }
    }
    done.run();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
