package org.latentexplorer.ui;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in window tests for a condition read on the FX thread. */
final class FxWait {

  private FxWait() {}

  static void until(BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(
        90,
        TimeUnit.SECONDS,
        () -> {
          WaitForAsyncUtils.waitForFxEvents();
          return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
        });
  }

  /** Waits until a value read on the FX thread stops changing (a layout settling after a load). */
  static void steady(java.util.function.Supplier<Object> value) throws Exception {
    Object last = null;
    for (int i = 0; i < 50; i++) {
      WaitForAsyncUtils.waitForFxEvents();
      Object now = WaitForAsyncUtils.asyncFx(value::get).get();
      if (now.equals(last)) {
        return;
      }
      last = now;
      Thread.sleep(100);
    }
    throw new AssertionError("still changing after 5 s: " + last);
  }

  /** A value read on the FX thread. */
  static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
  }

  /** Runs an action on the FX thread and lets the events it caused run too. */
  static void run(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Closes a test's window: the stage back to 1280x800 at the screen's corner for the next test
   * class (the stage is shared), the models freed, the background work ended.
   */
  static void close(MainWindow window, javafx.stage.Stage stage) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      if (stage != null) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
      }
      window.close();
    }).get(10, TimeUnit.SECONDS);
    window.awaitClosed();
  }
}
