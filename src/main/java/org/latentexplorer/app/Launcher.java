package org.latentexplorer.app;

import org.latentexplorer.cli.MainCommand;

/**
 * The program's entry point (deliberately not a JavaFX Application, so the plain class path
 * works): with no arguments it opens the window, otherwise it runs a command.
 */
public final class Launcher {

  private Launcher() {}

  /** The window the explore command opens: on models, a session or a lesson, or on codes. */
  private static final org.latentexplorer.cli.WindowLauncher WINDOW =
      new org.latentexplorer.cli.WindowLauncher() {
        @Override
        public void open(java.util.List<java.nio.file.Path> models, java.nio.file.Path session,
            java.nio.file.Path lesson) throws org.latentexplorer.cli.CommandFailure {
          ExplorerApp.launchWith(models, session, lesson);
        }

        @Override
        public void openCodes(org.latentexplorer.data.codes.CodesFiles files,
            org.latentexplorer.data.codes.CodeSet codes, org.latentexplorer.data.ImageSet images)
            throws org.latentexplorer.cli.CommandFailure {
          ExplorerApp.launchCodes(files, codes, images, null);
        }
      };

  public static void main(String[] args) {
    // Never reach for the network: everything the engine needs is in the jars.
    System.setProperty("ai.djl.offline", "true");
    if (Boolean.getBoolean("latent.packaged")) {
      keepCachesInUserData();
    }
    if (CpuRelaunch.wanted()) {
      Throwable failure = org.latentexplorer.model.EngineReport.loadChosen();
      if (failure != null) {
        try {
          System.exit(CpuRelaunch.run(args, failure));
        } catch (java.io.IOException e) {
          System.err.println("error: cannot start again on the CPU build (" + e.getMessage() + ")");
          System.exit(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          System.exit(1);
        }
      }
    }
    if (args.length == 0) {
      try {
        ExplorerApp.launchWith(java.util.List.of(), null, null);
      } catch (org.latentexplorer.cli.CommandFailure e) {
        System.err.println("error: " + e.getMessage());
        System.exit(1);
      }
      return;
    }
    int code = MainCommand.execute(WINDOW, args);
    if (code != 0 || !ExplorerApp.isRunning()) {
      System.exit(code);
    }
  }

  /**
   * An installed program (the launcher of the installed package sets {@code latent.packaged}) keeps
   * the native libraries that DJL and JavaFX unpack from their jars in the user's data folder, not
   * in the user's home, and never in the installation; a setting the user made is kept.
   */
  private static void keepCachesInUserData() {
    java.nio.file.Path data = org.latentexplorer.data.AppHome.userData();
    if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
      System.setProperty("DJL_CACHE_DIR", data.resolve("djl").toString());
    }
    if (System.getProperty("javafx.cachedir") == null) {
      System.setProperty("javafx.cachedir", data.resolve("javafx").toString());
    }
  }
}
