package org.latentexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a window test an exception that no code caught, on any thread (the FX thread included), fails
 * the test that caused it, with its trace. Register it before TestFX's extension so that it also
 * sees the window being built.
 */
public final class FailOnUncaught implements BeforeEachCallback, AfterEachCallback {

  private static final List<Throwable> caught = new ArrayList<>();
  private Thread.UncaughtExceptionHandler before;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    synchronized (caught) {
      caught.clear();
    }
    before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.UncaughtExceptionHandler record = (thread, e) -> {
      synchronized (caught) {
        caught.add(new AssertionError("uncaught on thread " + thread.getName(), e));
      }
    };
    Thread.setDefaultUncaughtExceptionHandler(record);
    if (FxToolkitStarted.yes()) {
      WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(record))
          .get(10, TimeUnit.SECONDS);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (FxToolkitStarted.yes()) {
      WaitForAsyncUtils.waitForFxEvents();
      WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(null))
          .get(10, TimeUnit.SECONDS);
    }
    Thread.setDefaultUncaughtExceptionHandler(before);
    List<Throwable> found;
    synchronized (caught) {
      found = new ArrayList<>(caught);
      caught.clear();
    }
    if (!found.isEmpty()) {
      AssertionError failure =
          new AssertionError(found.size() + " uncaught exception(s); the first: " + found.get(0).getCause());
      found.forEach(failure::addSuppressed);
      throw failure;
    }
  }

  /** Whether the FX toolkit runs already (the first window test starts it in TestFX's extension). */
  private static final class FxToolkitStarted {
    static boolean yes() {
      try {
        Platform.runLater(() -> {});
        return true;
      } catch (IllegalStateException notYet) {
        return false;
      }
    }
  }
}
