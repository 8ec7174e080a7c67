package org.latentexplorer.ui.explore;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.workspace.ModelChoice;
import org.latentexplorer.ui.workspace.Workspace;

/**
 * The toolbar's two model choosers: the main model, and the model to compare with ("(none)" for
 * one model alone). The models folder is listed in the background; the choosers follow what the
 * explorer shows, also when a model was opened some other way or failed to open.
 */
public final class ModelChoosers {

  private final Workspace explorer;
  private final Consumer<Path> openMain;
  private final ComboBox<ModelChoice> main = new ComboBox<>();
  private final ComboBox<ModelChoice> compare = new ComboBox<>();
  private boolean choosing;

  /**
   * @param explorer the explorer's state
   * @param openMain how the window opens a main model
   */
  public ModelChoosers(Workspace explorer, Consumer<Path> openMain) {
    this.explorer = explorer;
    this.openMain = openMain;
    main.setId("model-chooser");
    main.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    main.setTooltip(new javafx.scene.control.Tooltip("The model explored: the bundled ones, yours in the models folder, and those trained here"));
    main.setOnAction(
        e -> {
          ModelChoice c = main.getValue();
          if (!choosing && c != null && c.folder() != null) {
            openMain.accept(c.folder());
          }
        });
    compare.setId("compare-chooser");
    compare.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    compare.setTooltip(new javafx.scene.control.Tooltip("A second model beside the first, on the same items and interpolation ((none): one model alone)"));
    compare.setOnAction(
        e -> {
          ModelChoice c = compare.getValue();
          if (choosing || c == null) {
            return;
          }
          if (c.folder() == null) {
            explorer.stopComparing();
          } else {
            explorer.openCompare(c.folder(), this::syncCompare);
          }
        });
    explorer.comparingProperty().addListener((o, a, b) -> syncCompare());
  }

  public ComboBox<ModelChoice> mainChooser() {
    return main;
  }

  public ComboBox<ModelChoice> compareChooser() {
    return compare;
  }

  /** Lists the models folder in the background, then fills both choosers; {@code current} is chosen. */
  public void listModels(Path current) {
    BackgroundTask.of("Listing models", p -> {
          List<Path> all = new java.util.ArrayList<>(ModelStore.listModels(AppHome.models()));
          all.addAll(ModelStore.listModels(AppHome.userModels()));
          return all;
        })
        .onSuccess(found -> fill(found, current))
        .onFailure(e -> explorer.errorProperty().set("Could not list " + AppHome.models() + ": " + BackgroundTask.message(e)))
        .executeWith(explorer.tasks());
  }

  private void fill(List<Path> found, Path current) {
    choosing = true;
    try {
      main.getItems().clear();
      compare.getItems().setAll(new ModelChoice("(none)", null));
      for (Path p : found) {
        boolean yours = p.startsWith(AppHome.userModels());
        ModelChoice c = new ModelChoice(p.getFileName() + (yours ? " (yours)" : ""), p);
        main.getItems().add(c);
        compare.getItems().add(c);
      }
      if (current != null) {
        main.setValue(choiceFor(current, current.getFileName().toString(), true));
      }
    } finally {
      choosing = false;
    }
    syncCompare();
  }

  /** Lists a model folder in both choosers (a model trained in the window), choosing neither. */
  public void addModel(Path folder) {
    boolean was = choosing;
    choosing = true;
    try {
      choiceFor(folder, folder.getFileName().toString(), true);
    } finally {
      choosing = was;
    }
  }

  /** The entry of a folder, added to the choosers when it is not listed yet. */
  private ModelChoice choiceFor(Path folder, String name, boolean inMain) {
    Path wanted = folder.toAbsolutePath().normalize();
    ComboBox<ModelChoice> box = inMain ? main : compare;
    for (ModelChoice c : box.getItems()) {
      if (c.folder() != null && c.folder().toAbsolutePath().normalize().equals(wanted)) {
        return c;
      }
    }
    ModelChoice c = new ModelChoice(name, folder);
    main.getItems().add(c);
    compare.getItems().add(c);
    return c;
  }

  /** The compare chooser shows the model compared now, or "(none)". */
  private void syncCompare() {
    if (compare.getItems().isEmpty()) {
      return;
    }
    ModelSession s = explorer.compare().session();
    choosing = true;
    try {
      compare.setValue(
          !explorer.comparingProperty().get() || s == null
              ? compare.getItems().get(0)
              : choiceFor(s.folder(), s.name(), false));
    } finally {
      choosing = false;
    }
  }
}
