package org.latentexplorer.ui;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.latentexplorer.ui.explore.BookmarkPanel;
import org.latentexplorer.ui.help.HelpPanel;

/** What the keys do in the window: the main model's z, the strip, bookmarks, history, help. */
final class WindowActions implements ExplorerKeys.Actions {

  private final MainWindow window;
  private Stage help;

  WindowActions(MainWindow window) {
    this.window = window;
  }

  @Override
  public boolean exploring() {
    return window.isExploring();
  }

  @Override
  public void playPause() {
    window.model().strip().player().toggle();
  }

  @Override
  public void stepFrame(int delta) {
    window.model().strip().cursor().step(delta);
  }

  @Override
  public void samplePrior() {
    window.model().main().samplePrior();
  }

  @Override
  public void resetZ() {
    window.model().main().reset();
  }

  @Override
  public void bookmark() {
    BookmarkPanel panel = window.mainPane().bookmarkPanel();
    if (panel.addCurrent() != null) {
      panel.setExpanded(true);
    }
  }

  @Override
  public void back() {
    window.model().main().history().back();
  }

  @Override
  public void forward() {
    window.model().main().history().forward();
  }

  @Override
  public void export() {
    window.exportMenu().show();
  }

  @Override
  public void fullScreen() {
    if (stage() instanceof Stage s) {
      s.setFullScreenExitHint("F11 or Esc leaves full screen");
      s.setFullScreen(!s.isFullScreen());
    }
  }

  @Override
  public void help() {
    help = HelpPanel.show(stage(), ExplorerKeys.HELP, help);
  }

  @Override
  public boolean lessonStep(int delta) {
    return window.teaching().player().move(delta);
  }

  @Override
  public boolean closeStartPage() {
    var page = window.startPage();
    if (page == null || !page.isShown()) {
      return false;
    }
    page.close();
    return true;
  }

  /** The help window, or null when it was never opened; for tests. */
  Stage helpStage() {
    return help;
  }

  private Window stage() {
    return window.root().getScene() == null ? null : window.root().getScene().getWindow();
  }
}
