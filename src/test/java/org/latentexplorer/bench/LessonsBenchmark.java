package org.latentexplorer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.LessonStepCheck;
import org.latentexplorer.ui.MainWindow;
import org.latentexplorer.ui.lesson.Lesson;
import org.latentexplorer.ui.lesson.LessonMenu;

/**
 * {@code -Dbench=lessons}: steps through every bundled lesson in the real window (under Xvfb) and
 * times each step from Next until its state is restored and drawn (models open, decodes shown;
 * background work such as training, an evaluation or t-SNE aside). Counts as errors the
 * exceptions on any thread, the steps whose state differs from their file, and the parts a step
 * could not show. Ends with one line: {@code lessons: N lessons, M steps, E errors, slowest step
 * S s}.
 */
final class LessonsBenchmark {

  private LessonsBenchmark() {}

  static void run() throws Exception {
    AtomicInteger errors = new AtomicInteger();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      errors.incrementAndGet();
      System.err.println("uncaught on " + t.getName() + ":");
      e.printStackTrace();
    });
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get();
    MainWindow[] window = new MainWindow[1];
    FxSteps.fx(() -> {
      Stage stage = new Stage();
      window[0] = new MainWindow();
      stage.setTitle("Latent Explorer (lessons)");
      stage.setScene(new Scene(window[0].root(), 1280, 800));
      stage.show();
    });
    MainWindow w = window[0];
    List<LessonMenu.Listed> lessons = LessonMenu.listed(AppHome.lessons());
    int steps = 0;
    double slowest = 0;
    String slowestName = "";
    for (LessonMenu.Listed listed : lessons) {
      CompletableFuture<Lesson> opened = new CompletableFuture<>();
      long t0 = System.nanoTime();
      FxSteps.fx(() -> w.teaching().menu().open(listed.file(), opened::complete));
      Lesson lesson = opened.get(60, TimeUnit.SECONDS);
      List<String> seconds = new ArrayList<>();
      for (int i = 0; i < lesson.steps().size(); i++) {
        if (i > 0) {
          t0 = System.nanoTime();
          FxSteps.fx(() -> w.teaching().player().move(1));
        }
        FxSteps.waitFor(() -> LessonStepCheck.settled(w));
        FxSteps.fx(() -> w.root().layout());
        double s = (System.nanoTime() - t0) / 1e9;
        seconds.add(String.format("%.2f", s));
        if (s > slowest) {
          slowest = s;
          slowestName = listed.title() + ", step " + (i + 1);
        }
        Lesson.Step step = lesson.steps().get(i);
        List<String> d = FxSteps.read(() -> LessonStepCheck.differences(w, step));
        List<String> dropped = FxSteps.read(() -> w.teaching().player().droppedProperty().get());
        if (!d.isEmpty() || !dropped.isEmpty() || !step.usable()) {
          errors.incrementAndGet();
          System.out.println("ERROR " + listed.title() + ", step " + (i + 1) + ": " + d + " " + dropped + " " + step.problems());
        }
        steps++;
      }
      FxSteps.fx(() -> {
        LessonStepCheck.stopBackground(w);
        w.teaching().player().end();
      });
      System.out.printf("%s: %d steps, seconds %s%n", listed.title(), lesson.steps().size(), seconds);
    }
    FxSteps.fx(w::close);
    w.awaitClosed();
    System.out.printf("slowest: %s%n", slowestName);
    System.out.printf("lessons: %d lessons, %d steps, %d errors, slowest step %.2f s%n",
        lessons.size(), steps, errors.get(), slowest);
    Platform.exit();
    System.exit(0);
  }
}
