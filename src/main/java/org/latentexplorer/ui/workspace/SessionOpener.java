package org.latentexplorer.ui.workspace;

import java.nio.file.Path;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.engine.ProgressSink;
import org.latentexplorer.engine.SessionPreload;

/** How a model folder becomes a session: on an engine thread of its own, or (tests) inline. */
@FunctionalInterface
public interface SessionOpener {

  /**
   * The window's way: each model's engine on a thread of its own; the first model's session may
   * have been opened ahead, while the window was built ({@link SessionPreload}).
   */
  SessionOpener OWN_THREAD = SessionPreload::open;

  ModelSession open(Path folder, ProgressSink progress) throws Exception;
}
