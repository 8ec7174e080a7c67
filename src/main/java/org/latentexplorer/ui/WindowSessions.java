package org.latentexplorer.ui;

import java.nio.file.Path;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.explore.ModelChoosers;
import org.latentexplorer.ui.session.SessionWindow;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Workspace;

/** The window as sessions see it: its models, its scatters, and opening models as it does. */
final class WindowSessions implements SessionWindow {

  private final MainWindow window;
  private final ModelChoosers choosers;

  WindowSessions(MainWindow window, ModelChoosers choosers) {
    this.window = window;
    this.choosers = choosers;
  }

  @Override
  public Workspace explorer() {
    return window.model();
  }

  @Override
  public ScatterView scatter(ModelPaneModel pane) {
    return pane == window.model().compare() ? window.comparePane().scatter() : window.mainPane().scatter();
  }

  @Override
  public void openMain(Path folder, Runnable then) {
    window.model().openMain(folder, s -> {
      choosers.listModels(folder);
      then.run();
    });
  }

  @Override
  public void openCompare(Path folder, Runnable then) {
    window.model().openCompare(folder, then);
  }
}
