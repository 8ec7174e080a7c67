package org.latentexplorer.ui.lesson;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * Everything lessons add to the window: the lesson taught ({@link LessonPlayer}), the Lessons menu,
 * the lesson panel and the lesson writer, which share the window's right-hand side.
 */
public final class Teaching {

  private final LessonPlayer player;
  private final LessonMenu menu;
  private final LessonPanel panel;
  private final LessonWriter writer;
  private final HBox side;

  /** @param sessionItems the Lessons menu's last items (saving and opening sessions) */
  public Teaching(LessonWindow window, Supplier<Window> owner, java.util.List<javafx.scene.control.MenuItem> sessionItems) {
    player = new LessonPlayer(window);
    panel = new LessonPanel(player);
    LessonWriter[] w = new LessonWriter[1];
    menu = new LessonMenu(player, owner, () -> w[0].setShown(true), sessionItems);
    writer = new LessonWriter(window, owner, menu::list);
    w[0] = writer;
    side = new HBox(panel, writer);
  }

  public LessonPlayer player() {
    return player;
  }

  public LessonMenu menu() {
    return menu;
  }

  public LessonPanel panel() {
    return panel;
  }

  public LessonWriter writer() {
    return writer;
  }

  /** The window's right-hand side: the lesson panel and the writer, each shown when in use. */
  public Node side() {
    return side;
  }
}
