package org.latentexplorer.app;

import org.latentexplorer.cli.MainCommand;

/**
 * The program's entry point (deliberately not a JavaFX Application, so the plain class path
 * works): with no arguments it opens the window, otherwise it runs a command.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    // Never reach for the network: everything the engine needs is in the jars.
    System.setProperty("ai.djl.offline", "true");
    if (args.length == 0) {
      try {
        ExplorerApp.launchWith(java.util.List.of(), null);
      } catch (org.latentexplorer.cli.CommandFailure e) {
        System.err.println("error: " + e.getMessage());
        System.exit(1);
      }
      return;
    }
    int code = MainCommand.execute(ExplorerApp::launchWith, args);
    if (code != 0 || !ExplorerApp.isRunning()) {
      System.exit(code);
    }
  }
}
