package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.codes.CodeSet;
import org.latentexplorer.data.codes.CodesFiles;
import org.latentexplorer.latent.embedding.EmbeddingMethods;
import org.latentexplorer.ui.codes.CodesSessionFile;
import org.latentexplorer.ui.codes.CodesWindow;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Random actions with a fixed seed on the window on codes: projections and axes, t-SNE and UMAP
 * started and left, items selected and bookmarked, bookmarks removed, the whitening switched,
 * sessions saved and restored, the window resized. No exception on any thread
 * ({@link FailOnUncaught}), and after each action that has settled the scatter shows the
 * projection's coordinates and the bookmarks' names.
 */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class CodesMonkeyTest {

  private static final long SEED = 17;
  private static final int ACTIONS = 120;
  private static final int N = 400;
  private static final int D = 5;

  @TempDir Path dir;

  private CodesWindow window;
  private Stage stage;

  private static CodeSet codes() {
    Random random = new Random(3);
    float[] z = new float[N * D];
    int[] labels = new int[N];
    for (int i = 0; i < N; i++) {
      labels[i] = i % 3;
      for (int d = 0; d < D; d++) {
        z[i * D + d] = (float) (labels[i] * 4 + random.nextGaussian() * (d + 1));
      }
    }
    return new CodeSet("monkey.npy", Path.of("monkey.npy"), D, z, labels, List.of("a", "b", "c"));
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = new CodesWindow(new CodesFiles(Path.of("monkey.npy"), null, null, null), codes(), null);
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxWait.run(() -> {
      stage.setWidth(1280);
      stage.setHeight(800);
      window.close();
    });
    assertTrue(window.awaitClosed(30));
  }

  @Test
  void randomActionsKeepTheScatterTrueToItsProjectionAndThrowNothing() throws Exception {
    Random random = new Random(SEED);
    List<String> done = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    FxWait.until(() -> window.projection().pcaProperty().get() != null);
    for (int i = 0; i < ACTIONS; i++) {
      done.add(act(random));
      FxWait.fx(() -> true);
      String problem = FxWait.fx(this::check);
      if (problem != null) {
        failures.add("after " + done.get(done.size() - 1) + ": " + problem + "\n  actions: " + done);
      }
    }
    assertTrue(failures.isEmpty(), "seed " + SEED + ": " + failures.size() + " failures; the first:\n"
        + (failures.isEmpty() ? "" : failures.get(0)));
  }

  private String act(Random random) throws Exception {
    int kind = random.nextInt(10);
    switch (kind) {
      case 0 -> {
        int x = random.nextInt(D);
        int y = random.nextInt(D);
        FxWait.run(() -> window.projection().showLatentAxes(x, y));
        return "axes " + x + "," + y;
      }
      case 1 -> {
        int x = random.nextInt(D);
        int y = random.nextInt(D);
        FxWait.run(() -> window.projection().showPca(x, y));
        return "pca " + x + "," + y;
      }
      case 2 -> {
        var method = EmbeddingMethods.ALL.get(random.nextInt(EmbeddingMethods.ALL.size()));
        FxWait.run(() -> window.projection().show(method));
        return "show " + method.id();
      }
      case 3 -> {
        int item = random.nextInt(N + 2) - 2;
        FxWait.run(() -> select(item));
        return "select " + item;
      }
      case 4 -> {
        String name = "m" + random.nextInt(5);
        FxWait.run(() -> {
          ((TextField) window.root().lookup("#bookmark-name")).setText(name);
          ((Button) window.root().lookup("#bookmark-item")).fire();
        });
        return "bookmark " + name;
      }
      case 5 -> {
        FxWait.run(() -> {
          @SuppressWarnings("unchecked")
          ListView<Object> list = (ListView<Object>) window.root().lookup("#bookmark-list");
          if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(random.nextInt(list.getItems().size()));
          }
          ((Button) window.root().lookup("#remove-bookmark")).fire();
        });
        return "remove a bookmark";
      }
      case 6 -> {
        FxWait.run(() -> {
          CheckBox whiten = (CheckBox) window.root().lookup("#whiten");
          whiten.setSelected(!whiten.isSelected());
        });
        return "whiten";
      }
      case 7 -> {
        Path file = dir.resolve("s" + random.nextInt(3) + ".json");
        FxWait.run(() -> window.saveSession(file));
        FxWait.until(() -> Files.exists(file));
        Thread.sleep(50);
        var session = CodesSessionFile.read(file);
        FxWait.run(() -> window.restore(session));
        return "save and restore " + file.getFileName();
      }
      case 8 -> {
        int[] size = Monkey.SIZES[random.nextInt(Monkey.SIZES.length)];
        FxWait.run(() -> {
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(size[0]);
          stage.setHeight(size[1]);
        });
        return "size " + size[0] + "x" + size[1];
      }
      default -> {
        FxWait.run(() -> window.scatter().resetView());
        return "reset view";
      }
    }
  }

  /** Selects an item as a click on its point does (the scatter's listener). */
  private void select(int item) {
    @SuppressWarnings("unchecked")
    ListView<Object> list = (ListView<Object>) window.root().lookup("#bookmark-list");
    list.getSelectionModel().clearSelection();
    window.selectItem(item);
  }

  /** What is wrong with the window now, or null. */
  private String check() {
    var p = window.projection().projection();
    if (p == null) {
      return "no projection";
    }
    if (!Arrays.equals(p.coordinates(), window.scatter().points())) {
      return "the scatter does not show the projection's coordinates";
    }
    int selected = window.selectedItem();
    if (selected < -1 || selected >= N) {
      return "selected item " + selected;
    }
    return null;
  }
}
