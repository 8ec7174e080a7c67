package org.latentexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.TinyModels;
import org.latentexplorer.train.TrainingObserver;
import org.latentexplorer.ui.MainWindow;
import org.latentexplorer.ui.explore.sliders.LatentSliders;

/**
 * Issue 14's figure for many dimensions: frame times of the window while the sliders of a 512-D
 * model are scrolled from the first to the last and while one is dragged (each step decoded), in
 * a real window. Run under a display (xvfb-run on a server).
 */
public final class SlidersBenchmark extends Application {

  private static final int DIMS = 512;
  private static Path model;

  private MainWindow window;
  private final List<Double> gaps = new ArrayList<>();
  private long lastPulse;
  private boolean recording;

  static void run() throws Exception {
    Path dir = Files.createTempDirectory("sliders-bench");
    model = dir.resolve("vae-512d");
    new AutoencoderTrainer(TinyModels.fashion(600, 200), new TrainingObserver() {}, () -> false)
        .train(TinyModels.options(model, ModelKind.VAE, Architecture.MLP, DIMS, List.of(64), 1));
    Application.launch(SlidersBenchmark.class);
  }

  @Override
  public void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1300, 860));
    stage.show();
    window.open(model);
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        if (recording && lastPulse != 0) {
          gaps.add((now - lastPulse) / 1e6);
        }
        lastPulse = now;
      }
    }.start();
    Timeline wait = new Timeline(new KeyFrame(Duration.millis(200), e -> {}));
    wait.getKeyFrames().setAll(new KeyFrame(Duration.millis(200), e -> {
      if (window.model().main().session() != null
          && !window.model().main().decodePendingProperty().get()) {
        wait.stop();
        Platform.runLater(this::scroll);
      }
    }));
    wait.setCycleCount(Timeline.INDEFINITE);
    wait.play();
  }

  private void scroll() {
    LatentSliders sliders = window.mainPane().sliders();
    VirtualFlow<?> flow = (VirtualFlow<?>) sliders.list().lookup(".virtual-flow");
    double total = DIMS * sliders.list().getFixedCellSize();
    int steps = 300;
    int[] step = {0};
    gaps.clear();
    recording = true;
    Timeline t = new Timeline(new KeyFrame(Duration.millis(1000.0 / 60), e -> {
      flow.scrollPixels(total / steps);
      if (++step[0] == steps) {
        recording = false;
        report("scrolling 512 sliders top to bottom, " + steps + " steps at 60 Hz", sliders);
        Platform.runLater(this::drag);
      }
    }));
    t.setCycleCount(steps);
    t.play();
  }

  private void drag() {
    drag(DIMS - 1, "dragging z512's slider", this::openTwoD);
  }

  /** The same drag on the bundled 2-D model, the baseline of the same run. */
  private void openTwoD() {
    window.open(org.latentexplorer.data.AppHome.models().resolve("fashion-vae-2d"));
    Timeline wait = new Timeline();
    wait.getKeyFrames().setAll(new KeyFrame(Duration.millis(200), e -> {
      if (window.model().main().session() != null
          && window.model().main().session().latentSize() == 2
          && !window.model().main().decodePendingProperty().get()) {
        wait.stop();
        Platform.runLater(() -> drag(0, "the same drag of z1 in the bundled 2-D VAE", () -> {
          window.close();
          Platform.exit();
        }));
      }
    }));
    wait.setCycleCount(Timeline.INDEFINITE);
    wait.play();
  }

  private void drag(int dim, String what, Runnable then) {
    LatentSliders sliders = window.mainPane().sliders();
    Slider slider = sliders.slider(dim);
    double min = slider.getMin();
    double max = slider.getMax();
    int steps = 300;
    int[] step = {0};
    gaps.clear();
    recording = true;
    Timeline t = new Timeline(new KeyFrame(Duration.millis(1000.0 / 60), e -> {
      double f = step[0] / (double) (steps - 1);
      slider.setValue(min + (max - min) * (0.5 + 0.45 * Math.sin(2 * Math.PI * 2 * f)));
      if (++step[0] == steps) {
        recording = false;
        report(what + ", " + steps + " steps at 60 Hz, each decoded", sliders);
        Platform.runLater(then);
      }
    }));
    t.setCycleCount(steps);
    t.play();
  }

  private void report(String what, LatentSliders sliders) {
    double[] v = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(
        "%s: frame time median %.1f ms, p95 %.1f ms, max %.1f ms over %d frames; %d slider rows"
            + " built for %d dimensions%n",
        what, Stats.median(gaps), v[(int) Math.floor(0.95 * (v.length - 1))], v[v.length - 1],
        v.length, window.root().lookupAll(".slider").size(), sliders.dimensions());
  }
}
