package org.latentexplorer.ui.session;

import java.nio.file.Path;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Workspace;

/** What saving and restoring a session needs of the window. */
public interface SessionWindow {

  Workspace explorer();

  /** The scatter that shows a model. */
  ScatterView scatter(ModelPaneModel pane);

  /**
   * Opens a main model as the window does (its chooser follows); {@code then} runs once it is
   * shown, or once the window has said that it did not open (the model shown before stays).
   */
  void openMain(Path folder, Runnable then);

  /** Opens a model to compare with; {@code then} runs afterwards, opened or not. */
  void openCompare(Path folder, Runnable then);
}
