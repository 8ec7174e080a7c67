package org.latentexplorer.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** A model folder dropped on the window opens as the main model. */
final class FolderDrop {

  private FolderDrop() {}

  static void install(Node target, Consumer<Path> open) {
    target.setOnDragOver(e -> onDragOver(e));
    target.setOnDragDropped(e -> onDragDropped(e, open));
  }

  private static void onDragOver(DragEvent e) {
    if (e.getDragboard().hasFiles()
        && e.getDragboard().getFiles().stream().anyMatch(File::isDirectory)) {
      e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
    }
    e.consume();
  }

  private static void onDragDropped(DragEvent e, Consumer<Path> open) {
    e.getDragboard().getFiles().stream()
        .filter(File::isDirectory)
        .findFirst()
        .ifPresent(dir -> open.accept(dir.toPath()));
    e.setDropCompleted(true);
    e.consume();
  }
}
