package org.latentexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.explore.ModelChoosers;
import org.latentexplorer.ui.lesson.LessonWindow;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.Workspace;

/**
 * The window as sessions and lessons see it: its models, its scatters, opening models as it does,
 * its tabs and Large text.
 */
final class WindowSessions implements LessonWindow {

  private final MainWindow window;
  private final ModelChoosers choosers;

  WindowSessions(MainWindow window, ModelChoosers choosers) {
    this.window = window;
    this.choosers = choosers;
  }

  @Override
  public Workspace explorer() {
    return window.model();
  }

  @Override
  public ScatterView scatter(ModelPaneModel pane) {
    return pane == window.model().compare() ? window.comparePane().scatter() : window.mainPane().scatter();
  }

  @Override
  public void openMain(Path folder, Runnable then) {
    window.model().openMain(folder, s -> {
      choosers.listModels(folder);
      then.run();
    }, then);
  }

  @Override
  public void openCompare(Path folder, Runnable then) {
    window.model().openCompare(folder, then);
  }

  @Override
  public void showTab(String tab) {
    window.showTab(TABS.indexOf(tab));
  }

  @Override
  public String tab() {
    return TABS.get(window.tabIndex());
  }

  @Override
  public void setLargeText(boolean on) {
    window.largeTextButton().setSelected(on);
  }

  @Override
  public boolean largeText() {
    return window.largeTextButton().isSelected();
  }

  @Override
  public void showCard(String card) {
    window.analysisView().showCard(card);
  }

  @Override
  public List<String> anomalous() {
    return List.copyOf(window.anomalyView().model().anomalous());
  }

  @Override
  public String setAnomalous(List<String> classes) {
    var anomaly = window.anomalyView().model();
    List<String> unknown = classes.stream().filter(c -> !anomaly.classes().contains(c)).toList();
    if (!unknown.isEmpty()) {
      return "anomalous " + String.join(", ", unknown) + " (not a class of the model's data: "
          + String.join(", ", anomaly.classes()) + ")";
    }
    if (!anomaly.anomalous().equals(classes)) {
      anomaly.anomalous().setAll(classes);
    }
    return null;
  }

  @Override
  public List<String> directions() {
    var selections = window.model().main().selections();
    return window.model().main().analysis().vectors().stream()
        .map(v -> org.latentexplorer.ui.lesson.Direction.of(v.fromName(), v.toName(), v.name()).written(selections::expand, v.name())
            .line()).toList();
  }

  @Override
  public String setDirections(List<String> lines) {
    List<String> problems = new java.util.ArrayList<>();
    find(window.model().main(), lines, "", problems);
    if (window.model().comparingProperty().get()) {
      find(window.model().compare(), lines, "compare ", problems);
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  /** Finds the vectors a step names in one model's codes, in place of those it had. */
  private static void find(
      org.latentexplorer.ui.workspace.ModelPaneModel pane, List<String> lines, String which, List<String> problems) {
    var session = pane.session();
    if (session == null) {
      return;
    }
    var names = pane.selections().names(pane.bookmarks().items());
    List<org.latentexplorer.latent.directions.AttributeVector> found = new java.util.ArrayList<>();
    for (String line : lines) {
      org.latentexplorer.ui.lesson.Direction d = org.latentexplorer.ui.lesson.Direction.parse(line);
      try {
        var v = org.latentexplorer.analysis.directions.DirectionStudy.vector(
            session, org.latentexplorer.analysis.directions.ItemGroup.parts(d.from()),
            org.latentexplorer.analysis.directions.ItemGroup.parts(d.to()),
            names);
        found.add(d.name() == null ? v : v.named(d.name()));
      } catch (org.latentexplorer.data.DatasetException e) {
        problems.add(which + "direction " + line + " (" + e.getMessage() + ")");
      }
    }
    if (!sameVectors(found, pane.analysis().vectors())) {
      pane.analysis().setVectors(found);
    }
  }

  private static boolean sameVectors(
      List<org.latentexplorer.latent.directions.AttributeVector> a, List<org.latentexplorer.latent.directions.AttributeVector> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).name().equals(b.get(i).name()) || !java.util.Arrays.equals(a.get(i).vector(), b.get(i).vector())
          || !java.util.Arrays.equals(a.get(i).from(), b.get(i).from())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean sampledPixels() {
    return window.analysisView().sampledPixelsProperty().get();
  }

  @Override
  public void setSampledPixels(boolean on) {
    window.analysisView().sampledPixelsProperty().set(on);
  }

  @Override
  public void setTrainSettings(java.util.Map<String, String> settings) {
    window.trainView().setSettings(settings);
  }

  @Override
  public void run(String what) {
    switch (what) {
      case "training" -> window.trainView().startOrApply(false);
      case "training-both" -> window.trainView().startOrApply(true);
      case "stop-training" -> window.trainView().model().stop();
      case "evaluation" -> {
        window.evaluateView().mainModel().showOrRun();
        if (window.model().comparingProperty().get()) {
          window.evaluateView().compareModel().showOrRun();
        }
      }
      case "anomaly" -> window.anomalyView().model().showOrRun();
      default -> throw new IllegalArgumentException("a step cannot run " + what);
    }
  }
}
