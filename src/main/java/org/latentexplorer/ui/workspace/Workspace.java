package org.latentexplorer.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.TaskExecutor;
import org.latentexplorer.ui.workspace.strip.StripModel;
import org.latentexplorer.ui.workspace.strip.StripPane;

/**
 * The explorer's state: the main model, an optional second model to compare with, and the strip
 * shared by both. Selecting an item in one model selects the same item in the other (linked by
 * its key in the data set, not by its place in the list shown), each through its own encoder.
 */
public final class Workspace implements AutoCloseable {

  private final TaskExecutor tasks;
  private final StatusSink status;
  private final ModelPaneModel main;
  private final ModelPaneModel compare;
  private final StripModel strip;
  private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(false);
  private final StringProperty error = new SimpleStringProperty("");
  private boolean linking;

  /**
   * @param tasks where background work runs (an {@code FxTaskExecutor} in the window, a same-thread
   *     one in tests); it is closed with this model
   * @param status where progress and errors go, besides the error banner
   */
  public Workspace(TaskExecutor tasks, StatusSink status) {
    this(tasks, SessionOpener.OWN_THREAD, status);
  }

  /** With another way of opening models (tests open them with a same-thread engine). */
  public Workspace(TaskExecutor tasks, SessionOpener opener, StatusSink status) {
    this.tasks = tasks;
    this.status =
        new StatusSink() {
          @Override
          public void show(String message, double fraction) {
            status.show(message, fraction);
          }

          @Override
          public void error(String message) {
            error.set(message);
            status.error(message);
          }

          @Override
          public void device(String device) {
            status.device(device);
          }
        };
    main = new ModelPaneModel("main", tasks, opener, this.status);
    compare = new ModelPaneModel("compare", tasks, opener, this.status);
    strip = new StripModel(tasks, this.status, this::stripPanes);
    strip.watch(main);
    strip.watch(compare);
    main.history().gestureWhile(strip.player().playingProperty());
    compare.history().gestureWhile(strip.player().playingProperty());
    strip.endsChooser().setNamer(z -> main.bookmarks().nameOf(z));
    main.selectedProperty().addListener((o, a, now) -> link(main, compare, now.intValue()));
    compare.selectedProperty().addListener((o, a, now) -> link(compare, main, now.intValue()));
  }

  /** Selects in {@code to} the item selected in {@code from}, when both show the same data. */
  private void link(ModelPaneModel from, ModelPaneModel to, int index) {
    if (linking || !comparing.get() || from.isInstalling()) {
      return;
    }
    int other = sameItem(from, to, index);
    if (other != -2) {
      selectWithoutEcho(to, other);
    }
  }

  /** Selects an item in one pane without that selection being linked back to the other. */
  private void selectWithoutEcho(ModelPaneModel pane, int index) {
    linking = true;
    try {
      pane.select(index);
    } finally {
      linking = false;
    }
  }

  /**
   * The index in {@code to}'s data of {@code from}'s item {@code index}: -1 for none (nothing
   * selected, or an item {@code to} does not show), -2 when the two show different data sets.
   */
  static int sameItem(ModelPaneModel from, ModelPaneModel to, int index) {
    ModelSession a = from.session();
    ModelSession b = to.session();
    if (a == null || b == null || !a.data().name().equals(b.data().name())) {
      return -2;
    }
    if (index < 0 || index >= a.data().size()) {
      return -1;
    }
    ImageSet data = b.data();
    return data.indexOfKey(a.data().itemKey(index));
  }

  /** Opens a model as the main one; on failure the current one stays and the banner says why. */
  public void openMain(Path folder, Consumer<ModelSession> onOpened) {
    openMain(folder, onOpened, () -> {});
  }

  /** As {@link #openMain(Path, Consumer)}; {@code onFailed} runs after the failure is shown. */
  public void openMain(Path folder, Consumer<ModelSession> onOpened, Runnable onFailed) {
    error.set("");
    main.open(
        folder,
        () -> {
          strip.clearEnds();
          onOpened.accept(main.session());
          if (comparing.get()) {
            linkSelection(compare, main);
          }
        },
        e -> {
          failed(folder, e);
          onFailed.run();
        });
  }

  /** Opens a second model to compare with the main one, side by side. */
  public void openCompare(Path folder, Runnable afterwards) {
    error.set("");
    compare.open(
        folder,
        () -> {
          comparing.set(true);
          strip.clearEnds();
          linkSelection(main, compare);
          afterwards.run();
        },
        e -> {
          failed(folder, e);
          afterwards.run();
        });
  }

  /** Shows all items (or the held-out ones) in one pane; the other keeps its selection. */
  public void showAllData(ModelPaneModel pane, boolean all) {
    showAllData(pane, all, () -> {});
  }

  /** As {@link #showAllData(ModelPaneModel, boolean)}, then {@code then} once the data is shown. */
  public void showAllData(ModelPaneModel pane, boolean all, Runnable then) {
    pane.showAllData(
        all,
        () -> {
          strip.refresh();
          if (comparing.get()) {
            linkSelection(pane == main ? compare : main, pane);
          }
          then.run();
        });
  }

  private void linkSelection(ModelPaneModel from, ModelPaneModel to) {
    int other = sameItem(from, to, from.selected());
    if (other >= 0) {
      selectWithoutEcho(to, other);
    }
  }

  private void failed(Path folder, Throwable e) {
    status.error("Could not open " + folder + ": " + BackgroundTask.message(e));
  }

  /** Back to one model. */
  public void stopComparing() {
    comparing.set(false);
    compare.showPath(null);
    strip.refresh();
  }

  private List<StripPane> stripPanes() {
    List<StripPane> list = new ArrayList<>();
    for (ModelPaneModel p : panes()) {
      list.add(p);
    }
    return list;
  }

  /** The models shown now: the main one, and the compared one when comparing. */
  public List<ModelPaneModel> panes() {
    List<ModelPaneModel> list = new ArrayList<>();
    if (main.session() != null) {
      list.add(main);
    }
    if (comparing.get() && compare.session() != null) {
      list.add(compare);
    }
    return list;
  }

  public ModelPaneModel main() {
    return main;
  }

  public ModelPaneModel compare() {
    return compare;
  }

  public StripModel strip() {
    return strip;
  }

  public TaskExecutor tasks() {
    return tasks;
  }

  /** Where progress goes; errors also reach the banner. */
  public StatusSink status() {
    return status;
  }

  public ReadOnlyBooleanProperty comparingProperty() {
    return comparing.getReadOnlyProperty();
  }

  /** The banner's text: the last failure a person must see, or empty. */
  public StringProperty errorProperty() {
    return error;
  }

  @Override
  public void close() {
    strip.player().stop();
    main.close();
    compare.close();
    tasks.close();
  }
}
