package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.ui.train.RunState;
import org.latentexplorer.ui.train.TrainModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Train tab on the digits: start, watch, pause, resume, change beta, stop, open in Explore. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class TrainViewTest {

  @TempDir Path models;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1300, 860));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
    window.awaitClosed();
  }

  private TrainModel model() {
    return window.trainView().model();
  }

  private <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
  }

  /** The Train tab, writing into {@code root}, with {@code data} typed as the data set. */
  private void showTrain(FxRobot robot, Path root, String data) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      window.showTrain();
      model().modelsRootProperty().set(root);
    }).get();
    javafx.scene.control.ComboBox<?> box = robot.lookup("#train-data").queryAs(javafx.scene.control.ComboBox.class);
    WaitForAsyncUtils.asyncFx(() -> box.getEditor().setText(data)).get();
  }

  /** The pictures of a run's panel that reach past the panel's edges, as their bounds. */
  private static List<String> picturesOutsideTheirPanel(FxRobot robot, String run) {
    javafx.scene.Node pictures = robot.lookup("#train-pictures-" + run).query();
    javafx.geometry.Bounds panel = pictures.getParent().localToScene(pictures.getParent().getLayoutBounds());
    return pictures.lookupAll(".pixelated-image").stream()
        .map(n -> n.localToScene(n.getLayoutBounds()))
        .filter(b -> b.getMinX() < panel.getMinX() || b.getMaxX() > panel.getMaxX()
            || b.getMinY() < panel.getMinY() || b.getMaxY() > panel.getMaxY())
        .map(Object::toString)
        .toList();
  }

  private long steps() throws Exception {
    return fx(() -> model().runs().isEmpty() ? 0L : model().runs().get(0).steps());
  }

  @Test
  void anAeAndAVaeTrainedSideBySideOpenSideBySide(FxRobot robot) throws Exception {
    showTrain(robot, models, "digits");
    robot.doubleClickOn("#train-epochs").write("1");
    robot.doubleClickOn("#train-batch").write("64");
    TextField name = robot.lookup("#train-name").queryAs(TextField.class);
    WaitForAsyncUtils.asyncFx(() -> name.setText("pair")).get();
    robot.clickOn("#train-both");
    FxWait.until(() -> model().stateProperty().get() == TrainModel.State.FINISHED);
    for (String run : List.of("pair-ae", "pair-vae")) {
      List<String> outside = fx(() -> picturesOutsideTheirPanel(robot, run));
      assertEquals(List.of(), outside, run + ": every decoded picture lies inside its run's panel");
    }
    List<Path> written = fx(() -> model().writtenProperty().get());
    assertEquals(List.of(models.resolve("pair-ae"), models.resolve("pair-vae")), written);
    for (Path folder : written) {
      assertFalse(Files.exists(folder.resolve(org.latentexplorer.data.OutputFolder.LOCK_FILE)),
          "the lock of " + folder + " is gone once the training ends");
    }
    robot.clickOn("#train-open");
    FxWait.until(() -> window.model().main().session() != null
        && window.model().main().session().name().equals("pair-ae")
        && window.model().comparingProperty().get()
        && window.model().compare().session() != null
        && window.model().compare().session().name().equals("pair-vae")
        && !window.model().main().decodePendingProperty().get()
        && !window.model().compare().decodePendingProperty().get());
  }

  @Test
  void aModelsFolderThatCannotBeWrittenIsRefusedBeforeTheDataIsRead(FxRobot robot) throws Exception {
    Path file = Files.writeString(models.resolve("a-file"), "x");
    Path root = file.resolve("models");
    showTrain(robot, root, "no-such-data-set");
    robot.clickOn("#train-start");
    FxWait.until(() -> model().stateProperty().get() == TrainModel.State.FAILED);
    String message = fx(() -> window.statusBar().messageProperty().get());
    assertTrue(message.contains(root + ": cannot be created: " + file + " is a file"), message);
    assertFalse(Files.exists(root));
  }

  @Test
  void aModelTrainsLiveAndEndsAsAFolderThatOpensInExplore(FxRobot robot) throws Exception {
    showTrain(robot, models, "digits");
    robot.doubleClickOn("#train-epochs").write("200");
    robot.doubleClickOn("#train-batch").write("16");
    TextField name = robot.lookup("#train-name").queryAs(TextField.class);
    WaitForAsyncUtils.asyncFx(() -> name.setText("live-digits")).get();
    FxWait.until(() -> !window.trainView().drawingFrames());
    robot.clickOn("#train-start");

    FxWait.until(() -> !model().runs().isEmpty() && model().runs().get(0).curve().size() > 5);
    assertEquals(TrainModel.State.RUNNING, fx(() -> model().stateProperty().get()));
    assertTrue(fx(() -> window.trainView().drawingFrames()), "frames are drawn while a model trains, none before");
    double progress = fx(() -> window.statusBar().progressProperty().get());
    assertTrue(progress > 0 && progress < 1, "the status bar's bar shows the steps taken: " + progress);
    FxWait.until(() -> window.trainView().shownCodes().get(0) != null);
    float[] first = fx(() -> window.trainView().shownCodes().get(0));
    FxWait.until(() -> !Arrays.equals(first, window.trainView().shownCodes().get(0)));
    assertEquals(2 * Math.min(2000, 359), first.length, "the class-balanced subset: all 359 held-out digits");

    robot.clickOn("#train-pause");
    FxWait.until(() -> model().stateProperty().get() == TrainModel.State.PAUSED);
    long held = steps();
    for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; ) {
      Thread.sleep(300);
      long now = steps();
      if (now == held) {
        break;
      }
      held = now;
    }
    Thread.sleep(600);
    assertEquals(held, steps(), "paused: the step count holds");
    robot.clickOn("#train-pause");
    long pausedAt = held;
    FxWait.until(() -> model().runs().get(0).steps() > pausedAt + 20);

    TextField beta = robot.lookup("#train-beta").queryAs(TextField.class);
    assertFalse(beta.isDisabled(), "beta can change while training");
    WaitForAsyncUtils.asyncFx(() -> beta.setText("4")).get();
    robot.clickOn("#train-apply-beta");
    FxWait.until(() -> !model().runs().get(0).marks().isEmpty());
    RunState.Mark mark = fx(() -> model().runs().get(0).marks().get(0));
    assertEquals(4.0, mark.beta());
    FxWait.until(() -> model().runs().get(0).heldOut().stream().anyMatch(h -> h.step() > mark.step()));

    robot.clickOn("#train-stop");
    FxWait.until(() -> model().stateProperty().get() == TrainModel.State.FINISHED);
    FxWait.until(() -> !window.trainView().drawingFrames());
    List<Path> written = fx(() -> model().writtenProperty().get());
    assertEquals(List.of(models.resolve("live-digits-vae")), written);
    ModelDescription d = ModelStore.readDescription(written.get(0));
    assertFalse(d.history().isEmpty());
    EpochRecord changed = d.history().stream().filter(e -> e.changes() != null).findFirst().orElseThrow();
    assertEquals(mark.step(), changed.changes().get(0).step(), "the curve's mark is where model.json says");
    assertEquals(4.0, changed.changes().get(0).beta());
    assertTrue(Files.isRegularFile(written.get(0).resolve("model.json")));

    robot.clickOn("#train-open");
    FxWait.until(() -> window.model().main().session() != null
        && window.model().main().session().name().equals("live-digits-vae")
        && !window.model().main().decodePendingProperty().get());
    assertEquals(359 + 1438, fx(() -> window.model().main().session().data().size()),
        "the digits are explored whole, as for the bundled digits model");
  }
}
