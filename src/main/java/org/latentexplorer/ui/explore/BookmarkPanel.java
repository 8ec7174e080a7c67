package org.latentexplorer.ui.explore;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.LatentText;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.workspace.Bookmarks;
import org.latentexplorer.ui.workspace.strip.StripPane;

/** The bookmarks of one model: name and add the current z, jump to one, delete one. Collapsible. */
public final class BookmarkPanel extends TitledPane {

  private final Bookmarks bookmarks;
  private final StripPane pane;
  private final ListView<Bookmarks.Bookmark> list = new ListView<>();
  private final TextField name = new TextField();

  public BookmarkPanel(Bookmarks bookmarks, StripPane pane, String role) {
    this.bookmarks = bookmarks;
    this.pane = pane;
    setId("bookmarks-" + role);
    name.setId("bookmark-name-" + role);
    name.setPromptText("name (optional)");
    name.setPrefColumnCount(8);
    Tips.set(name, "A name for the next bookmark (empty: b1, b2, ...)");
    name.setOnAction(e -> addCurrent());
    Button add = new Button("Bookmark z");
    add.setId("bookmark-add-" + role);
    Tips.set(add, "Keep the current z under a name, shown on the scatter (key B)");
    add.setOnAction(e -> addCurrent());
    add.disableProperty().bind(pane.zProperty().isNull());
    list.setId("bookmark-list-" + role);
    list.setItems(bookmarks.items());
    list.setPrefHeight(84);
    list.setPlaceholder(new javafx.scene.control.Label("No bookmarks yet"));
    list.setCellFactory(v -> new Cell());
    list.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        jump();
      }
    });
    Tips.set(list, "Double-click a bookmark to move z there");
    Button go = new Button("Go to");
    go.setId("bookmark-go-" + role);
    Tips.set(go, "Move z to the selected bookmark");
    go.setOnAction(e -> jump());
    Button delete = new Button("Delete");
    delete.setId("bookmark-delete-" + role);
    Tips.set(delete, "Remove the selected bookmark");
    delete.setOnAction(e -> {
      Bookmarks.Bookmark b = list.getSelectionModel().getSelectedItem();
      if (b != null) {
        bookmarks.remove(b);
      }
    });
    go.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    delete.disableProperty().bind(go.disableProperty());
    HBox addRow = new HBox(6, name, add);
    addRow.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(name, Priority.ALWAYS);
    add.setMinWidth(Region.USE_PREF_SIZE);
    name.setMinWidth(40);
    VBox content = new VBox(4, addRow, list, new HBox(6, go, delete));
    content.setPadding(new Insets(4));
    setContent(content);
    setAnimated(false);
    textProperty().bind(javafx.beans.binding.Bindings.size(bookmarks.items()).asString("Bookmarks (%d)"));
  }

  /** Bookmarks the current z under the typed name (or the next free "b1", "b2", ...). */
  public Bookmarks.Bookmark addCurrent() {
    float[] z = pane.z();
    if (z == null) {
      return null;
    }
    Bookmarks.Bookmark b = bookmarks.add(name.getText(), z);
    name.clear();
    list.getSelectionModel().select(b);
    return b;
  }

  private void jump() {
    Bookmarks.Bookmark b = list.getSelectionModel().getSelectedItem();
    if (b != null) {
      pane.setZ(b.z());
    }
  }

  private static final class Cell extends ListCell<Bookmarks.Bookmark> {
    @Override
    protected void updateItem(Bookmarks.Bookmark b, boolean empty) {
      super.updateItem(b, empty);
      if (empty || b == null) {
        setText(null);
        return;
      }
      setText(b.name() + "   " + LatentText.of(b.z(), 0));
    }
  }
}
