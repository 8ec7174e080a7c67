package org.latentexplorer.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Steps a benchmark takes on the FX thread from its own thread. */
final class FxSteps {

  private FxSteps() {}

  static void fx(Runnable r) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        r.run();
        done.complete(null);
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
      }
    });
    done.get();
  }

  static <T> T read(Supplier<T> value) throws Exception {
    CompletableFuture<T> done = new CompletableFuture<>();
    Platform.runLater(() -> done.complete(value.get()));
    return done.get();
  }

  /** Waits until the condition, read on the FX thread, holds (at most four minutes). */
  static void waitFor(BooleanSupplier condition) throws Exception {
    waitFor(condition, 240);
  }

  /** Waits until the condition, read on the FX thread, holds (at most {@code seconds}). */
  static void waitFor(BooleanSupplier condition, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      if (read(condition::getAsBoolean)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("timed out");
  }
}
