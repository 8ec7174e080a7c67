package org.latentexplorer.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.ui.MainWindow;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.workspace.ModelPaneModel;

/**
 * Issue 3's figures, in a real window: the time from a slider change to the decoded image being
 * drawn during a simulated drag at 60 Hz, and the scatter's draw time for 10,000 and 70,000
 * points. Run under a display (xvfb-run on a server).
 */
public final class UiBenchmark extends Application {

  private static final int DRAG_STEPS = 600;

  private MainWindow window;
  private Stage stage;
  private final List<Double> latencies = new ArrayList<>();
  private long lastRequest;
  private boolean waitingForPulse;
  private int shown;

  static void run() {
    Application.launch(UiBenchmark.class);
  }

  @Override
  public void start(Stage primary) {
    stage = primary;
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1300, 860));
    stage.show();
    window.open(AppHome.models().resolve("fashion-vae-2d"));
    Timeline wait = new Timeline();
    wait.getKeyFrames().add(new KeyFrame(Duration.millis(200), e -> {
      if (window.model().main().session() != null
          && !window.model().main().decodePendingProperty().get()) {
        wait.stop();
        drag();
      }
    }));
    wait.setCycleCount(Timeline.INDEFINITE);
    wait.play();
  }

  private void drag() {
    ModelPaneModel main = window.model().main();
    Slider slider = window.mainPane().sliders().slider(0);
    Scene scene = stage.getScene();
    scene.addPostLayoutPulseListener(
        () -> {
          if (waitingForPulse) {
            waitingForPulse = false;
            latencies.add((System.nanoTime() - lastRequest) / 1e6);
          }
        });
    main.decodedProperty().addListener((o, a, b) -> {
      waitingForPulse = true;
      shown++;
    });
    double min = slider.getMin();
    double max = slider.getMax();
    int[] step = {0};
    Timeline drag = new Timeline();
    drag.getKeyFrames().add(new KeyFrame(Duration.millis(1000.0 / 60), e -> {
      double t = step[0] / (double) (DRAG_STEPS - 1);
      lastRequest = System.nanoTime();
      slider.setValue(min + (max - min) * (0.5 + 0.45 * Math.sin(2 * Math.PI * 3 * t)));
      if (++step[0] == DRAG_STEPS) {
        drag.stop();
        Platform.runLater(this::scatter);
      }
    }));
    drag.setCycleCount(DRAG_STEPS);
    drag.play();
  }

  private void scatter() {
    System.out.println("== UI benchmark (" + System.getProperty("prism.order", "default pipeline")
        + ", " + Runtime.getRuntime().availableProcessors() + " cores)");
    System.out.printf(
        "slider change -> decoded image drawn, %d steps at 60 Hz, %d images shown: median %.2f ms,"
            + " 95th percentile %.2f ms, max %.2f ms%n",
        DRAG_STEPS, shown, Stats.median(latencies), percentile(latencies, 0.95),
        latencies.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
    try (LatentEngine engine = LatentEngine.open(AppHome.models().resolve("fashion-vae-2d"))) {
      DataSplit split = DatasetCatalog.loadSplit("fashion-mnist", DataOptions.defaults());
      float[] all = new float[(split.train().size() + split.heldOut().size()) * 784];
      System.arraycopy(split.train().pixels(), 0, all, 0, split.train().pixels().length);
      System.arraycopy(split.heldOut().pixels(), 0, all, split.train().pixels().length,
          split.heldOut().pixels().length);
      int n = all.length / 784;
      Encoding e = engine.encode(all, n, null).get();
      int[] labels = new int[n];
      System.arraycopy(split.train().labels(), 0, labels, 0, split.train().size());
      System.arraycopy(split.heldOut().labels(), 0, labels, split.train().size(), split.heldOut().size());
      ScatterView view = window.mainPane().scatter();
      for (int count : new int[] {10_000, 70_000}) {
        float[] xy = java.util.Arrays.copyOfRange(e.means(), 0, count * 2);
        int[] l = java.util.Arrays.copyOfRange(labels, 0, count);
        view.setPoints(xy, l, split.train().classNames());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          view.render();
          times.add(view.lastRenderNanos() / 1e6);
        }
        System.out.printf(
            "scatter draw, %,d points in a %.0f x %.0f view: median %.2f ms, max %.2f ms%n",
            count, view.getWidth(), view.getHeight(), Stats.median(times),
            times.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
      }
    } catch (Exception ex) {
      ex.printStackTrace();
    }
    window.close();
    Platform.exit();
  }

  private static double percentile(List<Double> values, double p) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length == 0 ? Double.NaN : v[(int) Math.min(v.length - 1, Math.floor(p * v.length))];
  }
}
