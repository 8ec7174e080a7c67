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
}
