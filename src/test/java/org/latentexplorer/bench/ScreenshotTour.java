package org.latentexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.MainWindow;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.StripMode;

/**
 * Walks the window through what the README shows and saves a screenshot of each step in docs/:
 * {@code xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -Pbenchmark -DskipTests verify
 * -Dbench=tour}. Each picture is taken of the whole screen with ImageMagick's import when it is
 * installed (what a person sees), else of the window's scene.
 */
public final class ScreenshotTour extends Application {

  private MainWindow window;
  private Stage stage;
  private final List<Runnable> steps = new ArrayList<>();

  /** Only the classroom, UMAP and anomaly screenshots ({@code -Dbench=tour-classroom}). */
  private static volatile boolean classroomOnly;

  static void run() {
    Application.launch(ScreenshotTour.class);
  }

  static void runClassroom() {
    classroomOnly = true;
    Application.launch(ScreenshotTour.class);
  }

  @Override
  public void start(Stage primary) {
    stage = primary;
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1380, 880));
    stage.setX(0);
    stage.setY(0);
    stage.setTitle("Latent Explorer");
    stage.show();
    CompletableFuture.runAsync(this::tour);
  }

  private void tour() {
    try {
      Path docs = AppHome.get().resolve("docs");
      Files.createDirectories(docs);
      ModelPaneModel main = window.model().main();
      fx(() -> window.open(AppHome.models().resolve("fashion-vae-2d")));
      waitFor(() -> main.session() != null && !main.decodePendingProperty().get());
      if (classroomOnly) {
        classroom(docs, main);
        return;
      }
      fx(() -> {
        main.select(5);
        window.model().strip().interpolateItems(main, 0, 2);
      });
      pause(1500);
      shoot(docs.resolve("explorer.png"));

      fx(() -> window.compareWith(AppHome.models().resolve("fashion-ae-2d")));
      waitFor(() -> window.model().comparingProperty().get());
      fx(() -> window.model().strip().interpolateItems(main, 0, 2));
      pause(1500);
      shoot(docs.resolve("compare.png"));

      fx(() -> window.showAnalysis(true));
      waitFor(() -> window.analysisView().mainPanel().coverage() != null
          && window.analysisView().comparePanel().coverage() != null);
      pause(2500);
      fx(() -> {
        ((ScrollPane) window.analysisView().mainPanel()).setVvalue(0.42);
        ((ScrollPane) window.analysisView().comparePanel()).setVvalue(0.50);
      });
      pause(1000);
      shoot(docs.resolve("analysis-coverage.png"));

      fx(() -> {
        window.showEvaluate();
        window.evaluateView().mainModel().run();
        window.evaluateView().compareModel().run();
      });
      waitFor(() -> window.evaluateView().mainModel().resultProperty().get() != null
          && window.evaluateView().compareModel().resultProperty().get() != null);
      pause(1500);
      shoot(docs.resolve("evaluate.png"));
      fx(() -> {
        ((ScrollPane) window.evaluateView().mainPanel()).setVvalue(0.45);
        ((ScrollPane) window.evaluateView().comparePanel()).setVvalue(0.32);
      });
      pause(1000);
      shoot(docs.resolve("evaluate-generation.png"));

      Path scratch = Files.createTempDirectory("tour-models");
      fx(() -> {
        window.showTrain();
        window.trainView().model().modelsRootProperty().set(scratch);
        window.trainView().model().start(
            org.latentexplorer.train.TrainingOptions.builder("fashion-mnist", scratch.resolve("unused"))
                .hidden(List.of(512, 256)).command("tour").build(),
            "fashion-mnist-2d-live", true);
      });
      pause(40_000);
      shoot(docs.resolve("train.png"));
      fx(() -> window.trainView().model().stop());
      waitFor(() -> window.trainView().model().stateProperty().get()
          == org.latentexplorer.ui.train.TrainModel.State.FINISHED);
      fx(() -> window.showAnalysis(false));

      fx(() -> {
        window.showAnalysis(false);
        window.model().stopComparing();
      });
      pause(1500);
      fx(() -> {
        main.analysis().manifoldUnderProperty().set(true);
        var w = window.mainPane().scatter().window();
        main.analysis().decodeManifold(new double[] {w.xMin(), w.xMax(), w.yMin(), w.yMax()}, 24, false);
      });
      waitFor(() -> main.analysis().manifoldProperty().get() != null);
      pause(1200);
      shoot(docs.resolve("manifold.png"));

      fx(() -> {
        main.analysis().manifoldUnderProperty().set(false);
        window.open(AppHome.models().resolve("fashion-conv-vae-16d"));
      });
      waitFor(() -> main.session() != null && main.session().latentSize() == 16
          && main.projection().pcaProperty().get() != null);
      fx(() -> {
        main.projection().show(org.latentexplorer.latent.embedding.EmbeddingMethods.TSNE);
        window.model().strip().modeProperty().set(StripMode.ALL_DIMENSIONS);
      });
      waitFor(() -> main.projection().progressProperty(org.latentexplorer.latent.embedding.EmbeddingMethods.TSNE).get() >= 1);
      pause(1500);
      shoot(docs.resolve("tsne.png"));
      System.out.println("Screenshots written to " + docs);
    } catch (Exception e) {
      e.printStackTrace();
    } finally {
      Platform.runLater(() -> {
        window.close();
        Platform.exit();
      });
    }
  }

  /** The strip as a control (named ends, the current frame, a bookmark), then a UMAP of 16-D codes. */
  private void classroom(Path docs, ModelPaneModel main) throws Exception {
    fx(() -> window.model().strip().interpolateItems(main, 8062, 1963));
    waitFor(() -> !window.strip().rows().isEmpty() && !window.model().strip().decodingProperty().get());
    fx(() -> {
      var row = window.strip().rows().get(0);
      main.bookmarks().add("b1", row.latents().get(2));
      window.model().strip().cursor().go(0, 3);
    });
    waitFor(() -> !main.decodePendingProperty().get());
    pause(1500);
    shoot(docs.resolve("classroom.png"));

    fx(() -> window.open(AppHome.models().resolve("fashion-conv-vae-16d")));
    waitFor(() -> main.session() != null && main.session().latentSize() == 16
        && main.projection().pcaProperty().get() != null);
    fx(() -> main.projection().show(org.latentexplorer.latent.embedding.EmbeddingMethods.UMAP));
    waitFor(() -> main.projection().progressProperty(org.latentexplorer.latent.embedding.EmbeddingMethods.UMAP).get() >= 1
        && !main.projection().runningProperty(org.latentexplorer.latent.embedding.EmbeddingMethods.UMAP).get());
    pause(1500);
    shoot(docs.resolve("umap.png"));

    fx(() -> {
      window.open(AppHome.models().resolve("mnist-ae-16d-without-1"));
      window.compareWith(AppHome.models().resolve("mnist-vae-16d-without-1"));
    });
    waitFor(() -> main.session() != null && window.model().comparingProperty().get()
        && window.model().compare().session() != null
        && main.session().name().equals("mnist-ae-16d-without-1"));
    fx(() -> {
      window.showAnomaly();
      window.anomalyView().model().run();
    });
    waitFor(() -> window.anomalyView().model().resultProperty().get() != null
        && !window.anomalyView().model().runningProperty().get());
    fx(() -> window.anomalyView().model().columnProperty().set("mnist-vae-16d-without-1.neg_log_px"));
    pause(2000);
    shoot(docs.resolve("anomaly.png"));
  }

  private void shoot(Path file) throws Exception {
    Process p = null;
    try {
      p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
    } catch (java.io.IOException e) {
      p = null;
    }
    if (p != null && p.waitFor() == 0) {
      System.out.println("screen -> " + file);
      return;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
        done.complete(null);
      } catch (Exception e) {
        done.completeExceptionally(e);
      }
    });
    done.get();
    System.out.println("scene -> " + file);
  }

  private static void fx(Runnable r) throws Exception {
    FxSteps.fx(r);
  }

  private static void waitFor(BooleanSupplier condition) throws Exception {
    FxSteps.waitFor(condition);
  }

  private static void pause(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }
}
