package org.latentexplorer.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: the explorer window. */
public final class ExplorerApp extends Application {

  private static volatile List<Path> requested = List.of();
  private static volatile boolean running;

  /** Opens the window on the given model folders (none: the bundled default). Blocks until closed. */
  public static void launchWith(List<Path> models) {
    requested = List.copyOf(models);
    running = true;
    Application.launch(ExplorerApp.class);
    running = false;
  }

  static boolean isRunning() {
    return running;
  }

  @Override
  public void start(Stage stage) {
    stage.setTitle("Latent Explorer");
    stage.show();
  }
}
