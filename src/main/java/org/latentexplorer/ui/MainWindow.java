package org.latentexplorer.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.analyse.AnalysisView;
import org.latentexplorer.ui.anomaly.AnomalyView;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.status.StatusBar;
import org.latentexplorer.ui.common.task.FxTaskExecutor;
import org.latentexplorer.ui.common.task.TaskExecutor;
import org.latentexplorer.ui.evaluate.EvaluateView;
import org.latentexplorer.ui.explore.ExploreView;
import org.latentexplorer.ui.explore.ModelChoosers;
import org.latentexplorer.ui.explore.ModelPane;
import org.latentexplorer.ui.explore.strip.StripView;
import org.latentexplorer.ui.lesson.Teaching;
import org.latentexplorer.ui.session.SessionMenu;
import org.latentexplorer.ui.train.TrainModel;
import org.latentexplorer.ui.train.TrainView;
import org.latentexplorer.ui.workspace.Workspace;

/**
 * The program's window: model choosers on top, an Explore, an Analyse, an Evaluate, an Anomaly and a
 * Train tab; in Explore, one model (or two side by side) in the middle, the
 * strip of interpolations and traversals and the status bar at the bottom. A model folder
 * dropped on the window opens it.
 */
public final class MainWindow {

  private final StatusBar statusBar = new StatusBar();
  private final Workspace model;
  private final BorderPane root = new BorderPane();
  private final ExploreView exploreView;
  private final TabPane tabs = new TabPane();
  /** The tabs, and over them the start page while it is shown. */
  private final javafx.scene.layout.StackPane middle = new javafx.scene.layout.StackPane(tabs);
  private org.latentexplorer.ui.start.StartPage startPage;
  private final AnalysisView analysisView;
  private final EvaluateView evaluateView;
  private final AnomalyView anomalyView;
  private final Tab anomalyTab;
  private final Tab trainTab;
  private final TrainModel trainModel;
  private final TrainView trainView;
  private final ModelChoosers choosers;
  private final Label banner = new Label();
  private ProjectorLayout layout;
  private MenuButton exportMenu;
  private final WindowActions keyActions;
  private SessionMenu sessions;
  private Teaching teaching;
  private final WindowSessions seen;
  private ToggleButton largeText;

  public MainWindow() {
    this(new FxTaskExecutor());
  }

  /**
   * Waits, off the FX thread, until the background work left running at {@link #close()} has
   * stopped; for tests, so that no model load or decode of one test runs on into the next.
   */
  public void awaitClosed() throws InterruptedException {
    trainModel.awaitEnd(30);
    if (model.tasks() instanceof FxTaskExecutor fx) {
      fx.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  /** A window whose background work runs on {@code tasks}. */
  public MainWindow(TaskExecutor tasks) {
    model =
        new Workspace(tasks, statusBar.sink());
    choosers = new ModelChoosers(model, this::open);
    seen = new WindowSessions(this, choosers);
    exploreView = new ExploreView(model);

    banner.setId("error-banner");
    banner.getStyleClass().add("error-banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.textProperty().bind(model.errorProperty());
    banner.visibleProperty().bind(model.errorProperty().isNotEmpty());
    banner.managedProperty().bind(banner.visibleProperty());
    banner.setOnMouseClicked(e -> model.errorProperty().set(""));
    Tips.set(banner, "Click to dismiss");

    root.setTop(new VBox(toolbar(), banner));
    analysisView =
        new AnalysisView(
            model, () -> mainPane().scatter().window(), () -> comparePane().scatter().window());
    Tab explore = new Tab("Explore", exploreView.node());
    explore.setId("tab-explore");
    Tab analyse = new Tab("Analyse", analysisView);
    analyse.setId("tab-analyse");
    evaluateView = new EvaluateView(model);
    Tab evaluate = new Tab("Evaluate", evaluateView);
    evaluate.setId("tab-evaluate");
    trainModel = new TrainModel(model.tasks(), model.status(), AppHome.userModels());
    trainModel.setOnCheckpoint(choosers::addModel);
    trainView =
        new TrainView(
            trainModel,
            model.status(),
            folders -> {
              open(folders.get(0));
              if (folders.size() > 1) {
                compareWith(folders.get(1));
              }
              tabs.getSelectionModel().select(0);
            });
    Tab train = new Tab("Train", trainView);
    train.setId("tab-train");
    trainTab = train;
    anomalyView = new AnomalyView(model);
    anomalyTab = new Tab("Anomaly", anomalyView);
    anomalyTab.setId("tab-anomaly");
    tabs.getTabs().addAll(explore, analyse, evaluate, anomalyTab, train);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, tab) -> {
          if (tab == analyse) {
            analysisView.refresh();
          } else {
            analysisView.hidden();
          }
        });
    model.main().sessionProperty().addListener((o, a, b) -> refreshAnalysisIfShown(analyse));
    model.compare().sessionProperty().addListener((o, a, b) -> refreshAnalysisIfShown(analyse));
    root.setCenter(middle);
    root.setBottom(statusBar);
    root.setRight(teaching.side());
    layout =
        new ProjectorLayout(
            root, exploreView.body(), exploreView.strip(), exploreView.stripControls(), model,
            mainPane(), comparePane());
    root.getStyleClass().add("explorer");
    root.getStylesheets()
        .add(MainWindow.class.getResource("/org/latentexplorer/ui/explorer.css").toExternalForm());
    FolderDrop.install(root, this::open);
    keyActions = new WindowActions(this);
    ExplorerKeys keys = new ExplorerKeys(keyActions);
    root.sceneProperty().addListener((o, a, scene) -> {
      if (scene != null) {
        keys.install(scene);
        javafx.application.Platform.runLater(root::requestFocus);
      }
    });
    choosers.listModels(null);
  }

  private ToolBar toolbar() {
    Button openFolder = new Button("Open folder...");
    openFolder.setId("open-folder");
    openFolder.setOnAction(e -> chooseFolder(false));
    Tips.set(openFolder, "Open a model folder (one that holds model.json); dropping a folder on the window does the same");
    ToggleButton large = new ToggleButton("Large text");
    largeText = large;
    large.setId("large-text");
    Tips.set(large, "Bigger text, points and images for a projector");
    large.selectedProperty().addListener((o, a, on) -> {
      layout.setLarge(on);
      evaluateView.setLarge(on);
    });
    MenuButton export = new MenuButton("Export");
    exportMenu = export;
    Tips.set(export, "Save the decoded image, the strip (PNG, GIF), the scatter or the points as CSV (Ctrl+E)");
    export.setId("export");
    export.getItems().addAll(exploreView.exportItems(this::window, message -> statusBar.show(message, -2)));
    HBox spacer = new HBox();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    sessions = new SessionMenu(seen, this::window);
    teaching = new Teaching(seen, this::window, sessions.items());
    return new ToolBar(
        new Label("Model"), choosers.mainChooser(), openFolder, new Label("  Compare with"),
        choosers.compareChooser(),
        spacer, teaching.menu(), large, export);
  }

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  /**
   * Shows the start page over the tabs (the program started with nothing named to open, and the
   * user has not turned the page off) and lists the lessons on it in the background; a lesson
   * started from anywhere closes it.
   *
   * @param modelName the model opening behind it, or null when there is none
   */
  public void showStartPage(String modelName) {
    StartChoices choices = new StartChoices(this, sessions, teaching);
    startPage = new org.latentexplorer.ui.start.StartPage(choices, modelName, true);
    middle.getChildren().add(startPage);
    org.latentexplorer.ui.start.StartPage shown = startPage;
    teaching.player().lessonProperty().addListener((o, was, lesson) -> {
      if (lesson != null) {
        shown.close();
      }
    });
    choices.listLessons(startPage);
    javafx.application.Platform.runLater(startPage::focus);
  }

  /** The start page, or null when it was never shown. */
  public org.latentexplorer.ui.start.StartPage startPage() {
    return startPage;
  }

  /** Asks for a model folder and opens it as the main model. */
  void chooseMainFolder() {
    chooseFolder(false);
  }

  private void chooseFolder(boolean compare) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Open a model folder (it holds model.json)");
    Path models = AppHome.models();
    if (Files.isDirectory(models)) {
      chooser.setInitialDirectory(models.toFile());
    }
    File dir = chooser.showDialog(window());
    if (dir != null) {
      if (compare) {
        compareWith(dir.toPath());
      } else {
        open(dir.toPath());
      }
    }
  }

  /**
   * Opens a model as the main one, showing all its items when all were shown before; the current
   * one stays if it fails.
   */
  public void open(Path folder) {
    boolean all = model.main().allDataProperty().get();
    model.openMain(folder, s -> {
      choosers.listModels(folder);
      if (all) {
        model.showAllData(model.main(), true);
      }
    });
  }

  /** Opens a second model beside the main one. */
  public void compareWith(Path folder) {
    model.openCompare(folder, () -> {});
  }

  private void refreshAnalysisIfShown(Tab analyse) {
    if (tabs.getSelectionModel().getSelectedItem() == analyse) {
      analysisView.refresh();
    }
  }

  /** The Analyse tab. */
  public AnalysisView analysisView() {
    return analysisView;
  }

  /** The Evaluate tab. */
  public EvaluateView evaluateView() {
    return evaluateView;
  }

  /** The Train tab. */
  public TrainView trainView() {
    return trainView;
  }

  /** Shows the Train tab. */
  public void showTrain() {
    tabs.getSelectionModel().select(trainTab);
  }

  /** The Anomaly tab. */
  public AnomalyView anomalyView() {
    return anomalyView;
  }

  /** Shows the Anomaly tab. */
  public void showAnomaly() {
    tabs.getSelectionModel().select(anomalyTab);
  }

  /** Shows the Evaluate tab. */
  public void showEvaluate() {
    tabs.getSelectionModel().select(2);
  }

  /** Shows the Explore or the Analyse tab. */
  public void showAnalysis(boolean analyse) {
    tabs.getSelectionModel().select(analyse ? 1 : 0);
  }

  /** Saving and opening sessions (prepared lessons). */
  public SessionMenu sessions() {
    return sessions;
  }

  /** Lessons: the one taught now, its menu, its panel and the lesson writer. */
  public Teaching teaching() {
    return teaching;
  }

  /** Shows the tab at {@code index} (Explore, Analyse, Evaluate, Anomaly, Train). */
  void showTab(int index) {
    tabs.getSelectionModel().select(index);
  }

  /** The index of the tab shown. */
  int tabIndex() {
    return tabs.getSelectionModel().getSelectedIndex();
  }

  ToggleButton largeTextButton() {
    return largeText;
  }

  /** Whether the Explore tab is shown and no start page over it (the explorer's keys act only there). */
  public boolean isExploring() {
    return tabs.getSelectionModel().getSelectedIndex() == 0 && (startPage == null || !startPage.isShown());
  }

  MenuButton exportMenu() {
    return exportMenu;
  }

  WindowActions keyActions() {
    return keyActions;
  }

  public Parent root() {
    return root;
  }

  public Workspace model() {
    return model;
  }

  /** The Explore tab. */
  public ExploreView exploreView() {
    return exploreView;
  }

  public ModelPane mainPane() {
    return exploreView.mainPane();
  }

  public ModelPane comparePane() {
    return exploreView.comparePane();
  }

  public StripView strip() {
    return exploreView.strip();
  }

  public StatusBar statusBar() {
    return statusBar;
  }

  /** Frees the models; call when the window closes. */
  public void close() {
    trainView.close();
    trainModel.close();
    model.close();
  }
}
