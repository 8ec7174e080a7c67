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
}
