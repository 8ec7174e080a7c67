package org.latentexplorer.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.latentexplorer.cli.CommandFailure;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.codes.CodeSet;
import org.latentexplorer.data.codes.CodesFiles;
import org.latentexplorer.ui.MainWindow;
import org.latentexplorer.ui.codes.CodesSession;
import org.latentexplorer.ui.codes.CodesSessionFile;
import org.latentexplorer.ui.codes.CodesWindow;
import org.latentexplorer.ui.common.status.InternalErrors;
import org.latentexplorer.ui.lesson.LessonFile;
import org.latentexplorer.ui.session.SessionFile;

/** The JavaFX application: the explorer window, opened on a bundled model. */
public final class ExplorerApp extends Application {

  /** The model the window opens when none is named. */
  public static final String DEFAULT_MODEL = "fashion-vae-2d";

  private static volatile List<Path> requested = List.of();
  private static volatile Path requestedSession;
  private static volatile Path requestedLesson;
  private static volatile boolean running;
  private static volatile CodeSet requestedCodes;
  private static volatile ImageSet requestedImages;
  private static volatile CodesFiles requestedFiles;
  private static volatile CodesSession requestedCodesSession;
  /** Whether the start page shows over the window: nothing was named to open and the user did not turn it off. */
  private static volatile boolean startPage;
  private MainWindow window;
  private CodesWindow codesWindow;
  private InternalErrors errors;

  /**
   * Opens the window on the given model folders (none: the bundled default) or a saved session.
   * Blocks until closed.
   */
  public static void launchWith(List<Path> models, Path session, Path lesson) throws CommandFailure {
    DisplayCheck.require();
    if (session != null && CodesSessionFile.isCodesSession(session)) {
      launchCodesSession(session);
      return;
    }
    try {
      if (session != null) {
        SessionFile.open(session);
      }
      if (lesson != null) {
        LessonFile.read(lesson);
      }
    } catch (java.io.IOException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
    requested = List.copyOf(models);
    requestedSession = session;
    requestedLesson = lesson;
    startPage = models.isEmpty() && session == null && lesson == null
        && new org.latentexplorer.ui.start.StartSettings(AppHome.userData()).showAtStart();
    running = true;
    org.latentexplorer.model.Engines.serveSingleThreaded();
    Path first = session == null && lesson == null ? initialModel(requested) : null;
    if (first != null && !startPage) {
      // The first model opens while JavaFX starts and the window is built.
      org.latentexplorer.engine.SessionPreload.start(first);
    }
    launchApplication();
  }

  /** Reads a session of codes and the files it names, then opens the window on them. */
  private static void launchCodesSession(Path session) throws CommandFailure {
    try {
      CodesSession s = CodesSessionFile.read(session);
      CodesFiles files = CodesSessionFile.files(session, s);
      CodeSet codes = files.read();
      CodesSessionFile.check(session, s, codes);
      launchCodes(files, codes, files.readImages(codes.count()), s);
    } catch (java.io.IOException | org.latentexplorer.data.DatasetException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
  }

  /**
   * Opens the window on codes without a model, read from {@code files}, with their images where
   * given, as a session left it when {@code restore} is not null. Blocks until closed.
   */
  public static void launchCodes(CodesFiles files, CodeSet codes, ImageSet images,
      CodesSession restore) throws CommandFailure {
    DisplayCheck.require();
    requestedFiles = files;
    requestedCodes = codes;
    requestedImages = images;
    requestedCodesSession = restore;
    running = true;
    launchApplication();
  }

  /** Starts JavaFX on this class and blocks until the window closes. */
  private static void launchApplication() throws CommandFailure {
    try {
      Application.launch(ExplorerApp.class);
    } catch (UnsupportedOperationException | IllegalStateException e) {
      throw DisplayCheck.failedToStart(e);
    } finally {
      running = false;
    }
  }

  static boolean isRunning() {
    return running;
  }

  /** The model folder opened first: the one asked for, else the bundled default. */
  public static Path initialModel(List<Path> asked) {
    if (!asked.isEmpty()) {
      return asked.get(0);
    }
    Path preferred = AppHome.models().resolve(DEFAULT_MODEL);
    if (ModelStore.listModels(AppHome.models()).contains(preferred)) {
      return preferred;
    }
    List<Path> bundled = ModelStore.listModels(AppHome.models());
    return bundled.isEmpty() ? null : bundled.get(0);
  }

  @Override
  public void start(Stage stage) {
    if (requestedCodes != null) {
      startOnCodes(stage);
      return;
    }
    window = new MainWindow();
    errors = new InternalErrors(
        AppHome.userData().resolve("errors.log"), line -> window.statusBar().show(line, -2));
    errors.install();
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    Scene scene =
        new Scene(
            window.root(),
            Math.min(1400, screen.getWidth() - 20),
            Math.min(900, screen.getHeight() - 20));
    stage.setTitle("Latent Explorer");
    stage.getIcons().add(
        new javafx.scene.image.Image(
            MainWindow.class.getResource("icon.png").toExternalForm()));
    stage.setScene(scene);
    stage.setOnCloseRequest(e -> window.close());
    stage.show();
    Path first = initialModel(requested);
    reportWhenReady(window.model().main().sessionProperty());
    if (requestedLesson != null) {
      window.teaching().menu().open(requestedLesson, lesson -> {
        if (!lesson.steps().get(0).usable()) {
          openModels(first);
        }
      });
    } else if (requestedSession != null) {
      window.sessions().open(requestedSession, () -> {}, message -> {
        openModels(first);
        window.model().status().error(message);
      });
    } else if (startPage) {
      // Behind the start page the first model opens once the page is drawn: on two cores, opening
      // it while JavaFX starts delayed the page by about a second, and a lesson chosen there opens
      // models of its own.
      window.showStartPage(first == null ? null : first.getFileName().toString());
      afterFirstFrames(() -> openModels(first));
    } else {
      openModels(first);
    }
  }

  /** Runs {@code action} on the FX thread once the window's first frame is drawn (its third pulse). */
  private static void afterFirstFrames(Runnable action) {
    new AnimationTimer() {
      private int pulses;

      @Override
      public void handle(long now) {
        if (++pulses == 3) {
          stop();
          action.run();
        }
      }
    }.start();
  }

  private void startOnCodes(Stage stage) {
    codesWindow = new CodesWindow(requestedFiles, requestedCodes, requestedImages);
    if (requestedCodesSession != null) {
      codesWindow.restore(requestedCodesSession);
    }
    errors = new InternalErrors(
        AppHome.userData().resolve("errors.log"), line -> codesWindow.statusBar().show(line, -2));
    errors.install();
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setScene(new Scene(codesWindow.root(), Math.min(1400, screen.getWidth() - 20),
        Math.min(900, screen.getHeight() - 20)));
    stage.setTitle(codesWindow.title());
    stage.getIcons().add(
        new javafx.scene.image.Image(MainWindow.class.getResource("icon.png").toExternalForm()));
    stage.setOnCloseRequest(e -> codesWindow.close());
    stage.show();
  }

  private void openModels(Path first) {
    if (first == null) {
      window.statusBar().show("No model found in " + AppHome.models() + ": open a model folder.", -2);
    } else {
      window.open(first);
    }
    if (requested.size() > 1) {
      window.compareWith(requested.get(1));
    }
  }

  /** Prints once, when the first model is ready, how long the start took. */
  private static void reportWhenReady(ObservableValue<ModelSession> session) {
    session.addListener(
        new ChangeListener<>() {
          @Override
          public void changed(
              ObservableValue<? extends ModelSession> o, ModelSession was, ModelSession now) {
            long started = ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf(
                Locale.ROOT,
                "Latent Explorer: %s ready on %s, %.1f s after start%n",
                now.name(),
                now.engine().deviceName(),
                (System.currentTimeMillis() - started) / 1000.0);
            o.removeListener(this);
          }
        });
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
    if (codesWindow != null) {
      codesWindow.close();
    }
    if (errors != null) {
      errors.close();
    }
    Platform.exit();
  }
}
