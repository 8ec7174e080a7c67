package org.latentexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.latentexplorer.ui.MainWindow;
import org.latentexplorer.ui.Monkey;
import org.latentexplorer.ui.MonkeyModels;

/**
 * {@code -Dbench=monkey -Dmonkey.seed=S -Dmonkey.actions=N}: N random actions from seed S on the
 * real window (under Xvfb), across 2-, 16-, 64- and 512-D models; prints its progress every 100
 * actions, then every failure with the
 * actions before it and ends with one line: {@code monkey: N actions, seed S, E exceptions, F
 * invariant failures}.
 */
final class MonkeyBenchmark {

  private static final int CHUNK = 100;

  private MonkeyBenchmark() {}

  static void run() throws Exception {
    long seed = Long.getLong("monkey.seed", 1);
    int n = Integer.getInteger("monkey.actions", 2000);
    AtomicInteger exceptions = new AtomicInteger();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      exceptions.incrementAndGet();
      System.err.println("uncaught on " + t.getName() + ":");
      e.printStackTrace();
    });
    Path scratch = Files.createTempDirectory("monkey");
    List<Path> models = MonkeyModels.all(scratch);
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get();
    MainWindow[] window = new MainWindow[1];
    Stage[] stage = new Stage[1];
    FxSteps.fx(() -> {
      stage[0] = new Stage();
      window[0] = new MainWindow();
      stage[0].setTitle("Latent Explorer (monkey)");
      stage[0].setScene(new Scene(window[0].root(), 1280, 800));
      stage[0].show();
      window[0].open(models.get(0));
    });
    FxSteps.waitFor(() -> window[0].model().main().session() != null
        && !window[0].model().main().decodePendingProperty().get());
    Monkey monkey = new Monkey(window[0], stage[0], models, scratch, seed);
    long start = System.nanoTime();
    List<String> failures = List.of();
    for (int done = 0; done < n; done += CHUNK) {
      failures = monkey.run(Math.min(CHUNK, n - done));
      System.out.printf("monkey: %d of %d actions, %d exceptions, %d invariant failures, %.0f s%n",
          Math.min(done + CHUNK, n), n, exceptions.get(), failures.size(),
          (System.nanoTime() - start) / 1e9);
    }
    failures.forEach(f -> System.out.println("FAILURE " + f));
    FxSteps.fx(() -> window[0].close());
    window[0].awaitClosed();
    System.out.printf("monkey: %d actions, seed %d, %d exceptions, %d invariant failures%n",
        n, seed, exceptions.get(), failures.size());
    Platform.exit();
    System.exit(0);
  }
}
