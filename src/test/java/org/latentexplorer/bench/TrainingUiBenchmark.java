package org.latentexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.train.TrainingOptions;
import org.latentexplorer.ui.MainWindow;
import org.latentexplorer.ui.train.TrainModel;

/**
 * Issue 11's figures, in a real window (run under Xvfb): the 2-D MLP VAE on Fashion-MNIST 60k
 * trained for four epochs by the train command in a process of its own, then the same in the Train
 * tab with the bundled 2-D VAE open in Explore; the second epoch's seconds of each and the mean of
 * epochs 3-4 (by then the JIT has compiled the window's drawing, which it is still doing in epoch
 * 2), the window's frame gaps (p95) while it trains, and how long after Start the first picture
 * was shown.
 *
 * <pre>xvfb-run -a ./mvnw -Pbenchmark -DskipTests verify -Dbench=training-ui</pre>
 */
public final class TrainingUiBenchmark extends Application {

  private static final int EPOCHS = 4;

  static void run() {
    Application.launch(TrainingUiBenchmark.class);
  }

  private MainWindow window;

  private static TrainingOptions options(Path out) {
    return TrainingOptions.builder("fashion-mnist", out)
        .hidden(List.of(512, 256)).epochs(EPOCHS).command("training-ui benchmark").build();
  }

  @Override
  public void start(Stage stage) {
    org.latentexplorer.model.Engines.serveSingleThreaded();
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1380, 880));
    stage.setTitle("Latent Explorer");
    stage.show();
    CompletableFuture.runAsync(this::measure);
  }

  private void measure() {
    try {
      Path dir = Files.createTempDirectory("training-ui");
      System.out.println("== Training in the window: " + Runtime.getRuntime().availableProcessors() + " cores");
      double[] cliLater = new double[1];
      double cliEpoch = commandLineEpoch(dir.resolve("cli"), cliLater);

      FxSteps.fx(() -> window.open(AppHome.models().resolve("fashion-vae-2d")));
      FxSteps.waitFor(() -> window.model().main().session() != null
          && !window.model().main().decodePendingProperty().get());
      FxSteps.fx(() -> {
        window.showTrain();
        window.trainView().model().modelsRootProperty().set(dir);
      });
      TrainModel model = FxSteps.read(() -> window.trainView().model());
      long start = System.nanoTime();
      FxSteps.fx(() -> {
        window.trainView().clock().record();
        model.start(options(dir.resolve("unused")), "window", false);
      });
      FxSteps.waitFor(() -> window.trainView().picturesShown().length > 0 && window.trainView().picturesShown()[0] > 0);
      double firstPicture = (System.nanoTime() - start) / 1e9;
      FxSteps.waitFor(() -> model.stateProperty().get() == TrainModel.State.FINISHED
          || model.stateProperty().get() == TrainModel.State.FAILED);
      double p95 = window.trainView().clock().quantileMillis(0.95);
      double p50 = window.trainView().clock().quantileMillis(0.5);
      int frames = window.trainView().clock().frames();
      List<EpochRecord> history = ModelStore.readDescription(dir.resolve("window-vae")).history();
      double windowEpoch = history.get(1).seconds();
      double windowLater = laterEpochs(history);
      System.out.printf("    window (the bundled 2-D VAE open in Explore): epochs %s s; %d frames, gap median %.1f ms; first picture %.2f s after Start%n",
          seconds(history), frames, p50, firstPicture);
      System.out.printf(
          "training in the window: epoch %.2f s against %.2f s on the command line; frame time p95 %.1f ms%n",
          windowEpoch, cliEpoch, p95);
      System.out.printf("    ratio %.2f (target at most 1.25); first scatter update %.2f s (target at most 2 s)%n",
          windowEpoch / cliEpoch, firstPicture);
      System.out.printf("training in the window, epochs 3-4: %.2f s against %.2f s on the command line (ratio %.2f)%n",
          windowLater, cliLater[0], windowLater / cliLater[0]);
    } catch (Exception e) {
      e.printStackTrace();
    } finally {
      Platform.runLater(() -> {
        window.close();
        Platform.exit();
      });
    }
  }

  /** The train command in a process of its own, as a user runs it; its second epoch's seconds. */
  private static double commandLineEpoch(Path out, double[] later) throws Exception {
    CommandProcess.run(
        "train", "--data", "fashion-mnist", "--kind", "vae", "--arch", "mlp", "--latent", "2",
        "--epochs", String.valueOf(EPOCHS), "--out", out.toString());
    List<EpochRecord> history = ModelStore.readDescription(out).history();
    System.out.printf("    command line (train, its own process): epochs %s s%n", seconds(history));
    later[0] = laterEpochs(history);
    return history.get(1).seconds();
  }

  /** The mean seconds of epochs 3 to the last. */
  private static double laterEpochs(List<EpochRecord> history) {
    return history.subList(2, history.size()).stream().mapToDouble(EpochRecord::seconds).average().orElseThrow();
  }

  private static String seconds(List<EpochRecord> history) {
    return String.join(", ", history.stream().map(e -> String.format(java.util.Locale.ROOT, "%.2f", e.seconds())).toList());
  }
}
