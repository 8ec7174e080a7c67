package org.latentexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.train.TrainingOptions;
import org.latentexplorer.ui.MainWindow;
import org.latentexplorer.ui.train.TrainModel;

/**
 * The window on the device DJL offers, for a machine with a GPU and no display (JavaFX's headless
 * Monocle, software rendering): opens the bundled 2-D VAE in Explore (encode, decode and the
 * decoder's Jacobian on the engine), then trains an AE and a VAE side by side in the Train tab,
 * and prints the status bar's lines, each run's epochs and every exception on any thread; the
 * window's pictures go to {@code -Dgpu.window.out} (default: the working folder).
 *
 * <pre>
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dlatent.home=REPO \
 *     -cp CLASSES:JARS org.latentexplorer.bench.Benchmarks gpu-window DATA
 * </pre>
 *
 * DATA is a data set for the live training (a path, such as the bundled test set's images file).
 */
public final class GpuWindowCheck extends Application {

  private static final AtomicInteger EXCEPTIONS = new AtomicInteger();
  private static String data = "fashion-mnist";

  static void run(String trainingData) {
    if (trainingData != null) {
      data = trainingData;
    }
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          EXCEPTIONS.incrementAndGet();
          System.out.println("EXCEPTION on " + thread.getName() + ":");
          e.printStackTrace(System.out);
        });
    Engines.serveSingleThreaded();
    Application.launch(GpuWindowCheck.class);
  }

  private MainWindow window;
  private Stage stage;

  @Override
  public void start(Stage stage) {
    this.stage = stage;
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.setTitle("Latent Explorer");
    stage.show();
    CompletableFuture.runAsync(this::check);
  }

  private void check() {
    Path out = Path.of(System.getProperty("gpu.window.out", "."));
    try {
      Files.createDirectories(out);
      long start = System.nanoTime();
      FxSteps.fx(() -> window.open(AppHome.models().resolve("fashion-vae-2d")));
      FxSteps.waitFor(() -> window.model().main().session() != null
          && !window.model().main().decodePendingProperty().get(), 90);
      Thread.sleep(2000);
      System.out.printf("explore: model open and decoded after %.1f s%n", (System.nanoTime() - start) / 1e9);
      status("explore");
      shoot(out.resolve("gpu-explore.png"));

      Path models = Files.createTempDirectory("gpu-window");
      FxSteps.fx(() -> {
        window.showTrain();
        window.trainView().model().modelsRootProperty().set(models);
      });
      TrainModel model = FxSteps.read(() -> window.trainView().model());
      TrainingOptions options =
          TrainingOptions.builder(data, models.resolve("unused"))
              .latentSize(2).hidden(List.of(400)).epochs(3).command("gpu-window check").build();
      start = System.nanoTime();
      FxSteps.fx(() -> model.start(options, "window", true));
      FxSteps.waitFor(() -> model.stateProperty().get() == TrainModel.State.RUNNING, 90);
      Thread.sleep(1500);
      status("training");
      shoot(out.resolve("gpu-train-running.png"));
      FxSteps.waitFor(() -> model.stateProperty().get() == TrainModel.State.FINISHED
          || model.stateProperty().get() == TrainModel.State.FAILED);
      System.out.printf("train: %s after %.1f s%n", model.stateProperty().get(), (System.nanoTime() - start) / 1e9);
      for (String run : new String[] {"window-ae", "window-vae"}) {
        List<EpochRecord> history = ModelStore.readDescription(models.resolve(run)).history();
        System.out.printf("    %s: epochs %s s, held-out loss %.2f%n", run,
            String.join(", ", history.stream().map(e -> "%.2f".formatted(e.seconds())).toList()),
            history.get(history.size() - 1).heldOutTotal());
      }
      status("trained");
      shoot(out.resolve("gpu-train.png"));
      FxSteps.fx(() -> window.showAnalysis(false));
      Thread.sleep(1000);
      shoot(out.resolve("gpu-explore-after.png"));
    } catch (Exception e) {
      EXCEPTIONS.incrementAndGet();
      e.printStackTrace(System.out);
      try {
        status("when it stopped");
        shoot(out.resolve("gpu-stopped.png"));
      } catch (Exception again) {
        again.printStackTrace(System.out);
      }
    } finally {
      System.out.println("exceptions: " + EXCEPTIONS.get());
      Platform.runLater(() -> {
        window.close();
        Platform.exit();
      });
    }
  }

  private void status(String when) throws Exception {
    String[] lines = FxSteps.read(() -> new String[] {
        ((Label) stage.getScene().lookup("#status-message")).getText(),
        ((Label) stage.getScene().lookup("#status-device")).getText()});
    System.out.println(when + ": status \"" + lines[0] + "\", device \"" + lines[1] + "\"");
  }

  private void shoot(Path file) throws Exception {
    var image = FxSteps.read(() -> stage.getScene().snapshot(null));
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    System.out.println("picture -> " + file);
  }
}
