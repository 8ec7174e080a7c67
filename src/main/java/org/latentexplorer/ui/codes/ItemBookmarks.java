package org.latentexplorer.ui.codes;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.data.codes.CodeSet;

/**
 * Items of the codes picked out: the item selected on the scatter (a click on its point) and
 * bookmarks of items under names of their own, drawn on the scatter whatever it shows (an item has
 * a place in every projection, the t-SNE and UMAP maps included). Choosing a bookmark selects its
 * item. Read and written on the FX thread.
 */
final class ItemBookmarks extends VBox {

  /** A named item. */
  record Mark(String name, int item) {}

  private final CodeSet codes;
  private final ObservableList<Mark> marks = FXCollections.observableArrayList();
  private final ListView<Mark> list = new ListView<>(marks);
  private final Label selectedLabel = new Label();
  private final TextField name = new TextField();
  private final Button add = new Button("Bookmark");
  private final Button remove = new Button("Remove");
  private int selected = -1;
  private Runnable onChange = () -> {};

  ItemBookmarks(CodeSet codes) {
    super(6);
    this.codes = codes;
    setId("codes-bookmarks");
    Label heading = new Label("Items");
    heading.getStyleClass().add("card-title");
    Label hint = new Label("Click a point to select its item; bookmark it under a name to find it"
        + " again in every projection.");
    hint.setWrapText(true);
    hint.setMaxWidth(CodesStudy.SHOWN_W);
    selectedLabel.setId("selected-item");
    name.setId("bookmark-name");
    name.setPromptText("name");
    add.setId("bookmark-item");
    remove.setId("remove-bookmark");
    list.setId("bookmark-list");
    list.setPrefHeight(120);
    list.setMaxWidth(CodesStudy.SHOWN_W);
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Mark m, boolean empty) {
        super.updateItem(m, empty);
        setText(empty || m == null ? null : m.name() + "  (#" + m.item() + describe(m.item()) + ")");
      }
    });
    HBox row = new HBox(6, name, add, remove);
    row.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(name, Priority.ALWAYS);
    row.setMaxWidth(CodesStudy.SHOWN_W);
    getChildren().addAll(heading, hint, selectedLabel, row, list);
    add.setOnAction(e -> bookmarkSelected());
    name.setOnAction(e -> bookmarkSelected());
    remove.setOnAction(e -> {
      Mark m = list.getSelectionModel().getSelectedItem();
      if (m != null) {
        marks.remove(m);
      }
    });
    list.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
      if (m != null && m.item() != selected) {
        select(m.item());
      }
    });
    marks.addListener((javafx.collections.ListChangeListener<Mark>) c -> onChange.run());
    select(-1);
  }

  private String describe(int item) {
    int label = codes.labels()[item];
    return label >= 0 && label < codes.classNames().size() ? ", " + codes.classNames().get(label) : "";
  }

  /** Hears every change of the selection or the bookmarks. */
  void setOnChange(Runnable action) {
    onChange = action;
  }

  /** Selects an item (-1: none). */
  void select(int item) {
    selected = item >= 0 && item < codes.count() ? item : -1;
    selectedLabel.setText(selected < 0 ? "No item selected"
        : "Selected: #" + selected + describe(selected));
    add.setDisable(selected < 0);
    name.setDisable(selected < 0);
    if (selected >= 0 && name.getText().isBlank()) {
      name.setPromptText("#" + selected + describe(selected));
    }
    onChange.run();
  }

  int selected() {
    return selected;
  }

  List<Mark> marks() {
    return List.copyOf(marks);
  }

  /** Replaces the bookmarks (a session restored); items out of range are the caller's to refuse. */
  void setMarks(List<Mark> restored) {
    marks.setAll(restored);
  }

  private void bookmarkSelected() {
    if (selected < 0) {
      return;
    }
    String text = name.getText().isBlank() ? "#" + selected + describe(selected) : name.getText().strip();
    marks.removeIf(m -> m.name().equals(text));
    marks.add(new Mark(text, selected));
    name.clear();
  }
}
