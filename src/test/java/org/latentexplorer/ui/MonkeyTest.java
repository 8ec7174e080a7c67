package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 300 random actions with a fixed seed on the real window, across 2-, 16- and 64-D models (the
 * 512-D model, slow to open on 2 cores, is in the benchmark); any seed and count run as {@code
 * -Pbenchmark -Dbench=monkey}.
 */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class MonkeyTest {

  static final long SEED = 21;
  static final int ACTIONS = Integer.getInteger("monkey.test.actions", 300);

  private static Path scratch;
  private static List<Path> models;
  private MainWindow window;
  private Stage stage;

  @BeforeAll
  static void train() throws Exception {
    scratch = Files.createTempDirectory("monkey");
    models = MonkeyModels.models(scratch, false);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.show();
    window.open(models.get(0));
  }

  @AfterEach
  void close() throws Exception {
    FxWait.close(window, stage);
  }

  @Test
  void threeHundredRandomActionsKeepEveryInvariant() throws Exception {
    FxWait.until(() -> window.model().main().session() != null
        && !window.model().main().decodePendingProperty().get());
    Monkey monkey = new Monkey(window, stage, models, scratch, SEED);
    List<String> failures = monkey.run(ACTIONS);
    assertTrue(failures.isEmpty(), "seed " + SEED + ": " + failures.size() + " invariant failures; the first:\n"
        + (failures.isEmpty() ? "" : failures.get(0)));
  }
}
