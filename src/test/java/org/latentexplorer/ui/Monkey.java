package org.latentexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.StripMode;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded sequence of random user actions on the real window, with the window's invariants
 * checked after each once it is idle: as many slider rows as the model has dimensions, the
 * crosshair at z, as many frames a strip row as the spinner says, each pane's image equal to
 * decode(its z). Exceptions are counted by whoever runs it (a test's handler or the benchmark's).
 */
public final class Monkey {

  static final int[][] SIZES = {{1280, 800}, {1366, 768}, {1600, 900}, {1920, 1080}};

  private final MainWindow window;
  private final Stage stage;
  private final List<Path> models;
  private final Path scratch;
  private final Random random;
  private final List<String> done = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private Path expectedMain;
  private Path expectedCompare;
  private Object replacedMain;
  private Object replacedCompare;

  /**
   * @param models model folders to switch among (of several latent sizes)
   * @param scratch a folder for the sessions it saves
   */
  public Monkey(MainWindow window, Stage stage, List<Path> models, Path scratch, long seed) {
    this.window = window;
    this.stage = stage;
    this.models = models;
    this.scratch = scratch;
    this.random = new Random(seed);
  }

  /** Runs {@code n} actions; returns the invariant failures, each with the actions before it. */
  public List<String> run(int n) throws Exception {
    expectedMain = FxWait.fx(() -> window.model().main().session().folder());
    for (int i = 0; i < n; i++) {
      String action = act();
      done.add(action);
      settle();
      List<String> found = FxWait.fx(() -> idle() ? MonkeyInvariants.check(window) : List.of());
      if (!FxWait.fx(this::idle)) {
        settle();
        found = FxWait.fx(() -> MonkeyInvariants.check(window));
      }
      for (String f : found) {
        failures.add("after action " + (i + 1) + " (" + action + "): " + f + "\n  actions: " + done);
      }
    }
    return failures;
  }

  /** The actions taken so far. */
  public List<String> actions() {
    return List.copyOf(done);
  }

  private String act() throws Exception {
    ModelPaneModel main = window.model().main();
    int kind = random.nextInt(23);
    switch (kind) {
      case 0, 1 -> {
        Path m = models.get(random.nextInt(models.size()));
        expectedMain = m;
        replacedMain = FxWait.fx(() -> window.model().main().session());
        on(() -> window.open(m));
        return "open " + m.getFileName();
      }
      case 2 -> {
        Path m = models.get(random.nextInt(models.size()));
        expectedCompare = m;
        replacedCompare = FxWait.fx(() -> window.model().compare().session());
        on(() -> window.compareWith(m));
        return "compare with " + m.getFileName();
      }
      case 3 -> {
        expectedCompare = null;
        on(() -> window.model().stopComparing());
        return "stop comparing";
      }
      case 4 -> {
        StripMode mode = StripMode.values()[random.nextInt(StripMode.values().length)];
        on(() -> window.model().strip().modeProperty().set(mode));
        return "strip " + mode;
      }
      case 5 -> {
        int frames = 2 + random.nextInt(35);
        on(() -> {
          @SuppressWarnings("unchecked")
          Spinner<Integer> s = (Spinner<Integer>) window.root().lookup("#strip-frames");
          s.getEditor().setText(String.valueOf(frames));
          s.commitValue();
        });
        return "type frames " + frames;
      }
      case 6 -> {
        boolean up = random.nextBoolean();
        on(() -> {
          Spinner<?> s = (Spinner<?>) window.root().lookup("#strip-frames");
          if (up) {
            s.increment();
          } else {
            s.decrement();
          }
        });
        return "frames " + (up ? "up" : "down");
      }
      case 7 -> {
        double r = 0.5 * (1 + random.nextInt(20));
        on(() -> {
          Spinner<?> s = (Spinner<?>) window.root().lookup("#traversal-range");
          s.getEditor().setText(String.valueOf(r));
          s.commitValue();
        });
        return "type range " + r;
      }
      case 8 -> {
        char key = "SRBFPLN".charAt(random.nextInt(7));
        on(() -> {
          WindowActions a = window.keyActions();
          switch (key) {
            case 'S' -> a.samplePrior();
            case 'R' -> a.resetZ();
            case 'B' -> a.back();
            case 'F' -> a.forward();
            case 'P' -> {
              a.playPause();
              a.playPause();
            }
            case 'L' -> a.stepFrame(-1);
            default -> a.stepFrame(1);
          }
        });
        return "key " + key;
      }
      case 9, 10 -> {
        double fx = random.nextDouble();
        double fy = random.nextDouble();
        on(() -> {
          var w = window.mainPane().scatter().window();
          main.clickAt(w.xMin() + fx * (w.xMax() - w.xMin()), w.yMin() + fy * (w.yMax() - w.yMin()));
        });
        return String.format(java.util.Locale.ROOT, "click %.3f %.3f", fx, fy);
      }
      case 11 -> {
        int a = random.nextInt(1000);
        int b = random.nextInt(1000);
        on(() -> window.model().strip().interpolateItems(main, a, b));
        return "drag from item " + a + " to " + b;
      }
      case 12 -> {
        on(() -> window.keyActions().bookmark());
        return "bookmark";
      }
      case 13 -> {
        int d = random.nextInt(64);
        double f = random.nextDouble();
        boolean[] offScreen = {false};
        on(() -> {
          var sliders = window.mainPane().sliders();
          if (d < sliders.dimensions()) {
            javafx.scene.control.Slider slider;
            try {
              slider = sliders.slider(d);
            } catch (IllegalStateException e) {
              // The list, hidden on another tab while its rows were replaced, can stop a row short
              // of the last ones when scrolled there; a person would scroll once more.
              offScreen[0] = true;
              return;
            }
            slider.setValue(slider.getMin() + f * (slider.getMax() - slider.getMin()));
          }
        });
        return "slider " + d + (offScreen[0] ? " (its row could not be scrolled into view)" : "");
      }
      case 14 -> {
        int tab = random.nextInt(5);
        on(() -> ((TabPane) window.root().lookup(".tab-pane")).getSelectionModel().select(tab));
        return "tab " + tab;
      }
      case 15 -> {
        on(() -> {
          ToggleButton large = (ToggleButton) window.root().lookup("#large-text");
          large.setSelected(!large.isSelected());
        });
        return "large text";
      }
      case 16 -> {
        int[] size = SIZES[random.nextInt(SIZES.length)];
        on(() -> {
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(size[0]);
          stage.setHeight(size[1]);
        });
        return "size " + size[0] + "x" + size[1];
      }
      case 17 -> {
        Path file = scratch.resolve("monkey-" + done.size() + ".session.json");
        CountDownLatch saved = new CountDownLatch(1);
        on(() -> window.sessions().save(file, saved::countDown));
        if (!saved.await(60, TimeUnit.SECONDS)) {
          failures.add("a session was not saved in 60 s");
          return "save session";
        }
        CountDownLatch opened = new CountDownLatch(1);
        on(() -> window.sessions().open(file, opened::countDown, m -> opened.countDown()));
        if (!opened.await(120, TimeUnit.SECONDS)) {
          failures.add("a saved session was not reopened in 120 s");
        }
        expectedMain = FxWait.fx(() -> main.session().folder());
        expectedCompare = FxWait.fx(() -> window.model().comparingProperty().get()
            ? window.model().compare().session().folder() : null);
        return "save and reopen session";
      }
      case 18 -> {
        int pick = random.nextInt(4);
        on(() -> {
          @SuppressWarnings("unchecked")
          javafx.scene.control.ChoiceBox<org.latentexplorer.ui.explore.sliders.SliderOrder> order =
              (javafx.scene.control.ChoiceBox<org.latentexplorer.ui.explore.sliders.SliderOrder>)
                  window.root().lookup("#slider-order-main");
          if (order != null && order.isVisible()) {
            order.setValue(order.getItems().get(pick % order.getItems().size()));
          }
        });
        return "slider order or basis " + pick;
      }
      case 19 -> {
        List<String> groups = List.of("", "#" + random.nextInt(500), "b1, b2", "#3, #4, b1", "x=0..3", "Bag, Dress", "s1", "s2, #7");
        String from = groups.get(random.nextInt(groups.size()));
        String name = random.nextBoolean() ? "" : "d" + random.nextInt(3);
        on(() -> {
          if (window.root().lookup("#directions-from-main") instanceof javafx.scene.control.ComboBox<?> box && !from.isEmpty()) {
            box.getEditor().setText(from);
          }
          if (window.root().lookup("#directions-name-main") instanceof javafx.scene.control.TextField field) {
            field.setText(name);
          }
          javafx.scene.Node find = window.root().lookup("#directions-run-main");
          if (find instanceof javafx.scene.control.Button b) {
            b.fire();
          }
        });
        return "find a direction from '" + from + "' named '" + name + "'";
      }
      case 20 -> {
        double amount = -2 + 4 * random.nextDouble();
        boolean traverse = random.nextInt(3) == 0;
        on(() -> {
          javafx.scene.Node walk = window.root().lookup("#direction-amount-main");
          if (walk instanceof javafx.scene.control.Slider slider && !slider.isDisabled()) {
            slider.setValue(amount);
          }
          javafx.scene.Node strip = window.root().lookup("#direction-traverse-main");
          if (traverse && strip instanceof javafx.scene.control.Button b && !b.isDisabled()) {
            b.fire();
          }
        });
        return String.format(java.util.Locale.ROOT, "walk %.2f%s", amount, traverse ? " and traverse" : "");
      }
      case 21 -> {
        double[] f = {random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()};
        boolean clear = random.nextInt(4) == 0;
        on(() -> {
          if (clear && window.root().lookup("#directions-selections-clear-main") instanceof javafx.scene.control.Button b) {
            b.fire();
            return;
          }
          var w = window.mainPane().scatter().window();
          var p = main.projection().projection();
          if (p == null) {
            return;
          }
          float x0 = (float) (w.xMin() + Math.min(f[0], f[1]) * w.width());
          float x1 = (float) (w.xMin() + Math.max(f[0], f[1]) * w.width());
          float y0 = (float) (w.yMin() + Math.min(f[2], f[3]) * w.height());
          float y1 = (float) (w.yMin() + Math.max(f[2], f[3]) * w.height());
          float[] loop = {x0, y0, x1, y0, x1, y1, x0, y1};
          main.addSelection(org.latentexplorer.latent.Lasso.inside(p.coordinates(), loop, i -> true), loop);
        });
        return clear ? "clear selections" : String.format(java.util.Locale.ROOT, "select the box %.2f %.2f %.2f %.2f", f[0], f[1], f[2], f[3]);
      }
      default -> {
        boolean on = random.nextBoolean();
        on(() -> window.model().strip().sphericalProperty().set(on));
        return "slerp " + on;
      }
    }
  }

  private void on(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
  }


  /** Waits until the models asked for are shown and nothing is being decoded. */
  private void settle() throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    int quiet = 0;
    while (quiet < 3) {
      if (System.nanoTime() > end) {
        failures.add("not idle after 120 s; actions: " + done);
        return;
      }
      WaitForAsyncUtils.waitForFxEvents();
      boolean idle = FxWait.fx(this::idle);
      quiet = idle ? quiet + 1 : 0;
      Thread.sleep(idle ? 30 : 50);
    }
  }

  private boolean idle() {
    ModelPaneModel main = window.model().main();
    ModelPaneModel compare = window.model().compare();
    if (main.session() == null || main.session() == replacedMain
        || !main.session().folder().equals(expectedMain)) {
      return false;
    }
    if (expectedCompare != null && (!window.model().comparingProperty().get() || compare.session() == null
        || compare.session() == replacedCompare || !compare.session().folder().equals(expectedCompare))) {
      return false;
    }
    return !main.decodePendingProperty().get() && !compare.decodePendingProperty().get()
        && !window.model().strip().decodingProperty().get()
        && !window.model().strip().player().isPlaying();
  }
}
