package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A session file that does not fit the window: a file that cannot be used changes nothing and says
 * why; one whose parts do not fit the model opens without them and says which, in a banner that
 * stays until dismissed. Nothing throws (the extension fails the test on any uncaught exception).
 */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class SessionProblemsWindowTest {

  @TempDir Path dir;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.show();
    window.open(LessonDefectsTest.VAE);
  }

  @AfterEach
  void close() throws Exception {
    FxWait.close(window, null);
  }

  private ModelPaneModel main() {
    return window.model().main();
  }

  private void ready() throws Exception {
    FxWait.until(() -> main().session() != null && !main().decodePendingProperty().get());
  }

  @Test
  void partsThatDoNotFitTheModelAreDroppedAndNamedInABannerThatStays() throws Exception {
    ready();
    Path file = dir.resolve("lesson.session.json");
    Files.writeString(file, """
        {"version": 1,
         "main": {"modelName": "fashion-vae-2d", "projection": "LATENT_AXES", "axes": [0, 5],
                  "z": [0.5, 0.5, 0.5],
                  "bookmarks": [{"name": "fits", "z": [1, 2]}, {"name": "16-D", "z": [1, 2, 3]}]},
         "strip": {"mode": "TRAVERSAL", "frames": 6, "traversalDimension": 7,
                   "traversalRange": 2,
                   "ends": {"pane": "main", "from": [0, 0, 0], "to": [1, 1, 1]}}}
        """);
    CompletableFuture<String> failed = new CompletableFuture<>();
    CompletableFuture<Void> opened = new CompletableFuture<>();
    FxWait.run(() -> window.sessions().open(file, () -> opened.complete(null), failed::complete));
    opened.get(60, TimeUnit.SECONDS);
    ready();
    String banner = FxWait.fx(() -> window.model().errorProperty().get());
    assertTrue(banner.startsWith("Opened the session " + file + " without: "), banner);
    for (String part : new String[] {"1 of main.bookmarks", "main.z (3 values; the model's latent has 2)",
        "main.axes [0, 5]", "strip.traversalDimension 7", "strip.ends"}) {
      assertTrue(banner.contains(part), "'" + part + "' in " + banner);
    }
    assertEquals(6, FxWait.fx(() -> window.model().strip().framesProperty().get()), "what fits is shown");
    assertEquals(1, FxWait.fx(() -> main().bookmarks().items().size()));
    Thread.sleep(500);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(banner, FxWait.fx(() -> window.model().errorProperty().get()), "the banner stays");
    assertTrue(FxWait.fx(() -> window.root().lookup("#error-banner").isVisible()));
  }

  @Test
  void aFileThatCannotBeUsedChangesNothingAndSaysWhy() throws Exception {
    ready();
    FxWait.run(() -> main().setZ(new float[] {0.25f, -0.5f}));
    ready();
    Path file = dir.resolve("bad.session.json");
    Files.writeString(file, "{\"version\": 1, \"main\": {\"modelName\": \"fashion-ae-2d\","
        + " \"bookmarks\": [{\"name\": \"x\", \"z\": [NaN, 1]}]}}");
    CompletableFuture<String> failed = new CompletableFuture<>();
    FxWait.run(() -> window.sessions().open(file, () -> failed.complete("opened"), failed::complete));
    String message = failed.get(30, TimeUnit.SECONDS);
    assertEquals(
        "Could not open the session " + file + ": main.bookmarks[0].z holds NaN; each value must"
            + " be a number within +/-1000000",
        message);
    assertEquals("fashion-vae-2d", FxWait.fx(() -> main().session().name()));
    assertArrayEquals(new float[] {0.25f, -0.5f}, FxWait.fx(() -> main().z()));
  }

  @Test
  void aModelThatFailsToOpenEndsTheRestoreWithTheReasonAndKeepsTheModelShown() throws Exception {
    ready();
    FxWait.run(() -> main().setZ(new float[] {0.25f, -0.5f}));
    ready();
    Path broken = dir.resolve("broken-ae");
    Files.createDirectories(broken);
    Files.copy(LessonDefectsTest.AE.resolve("model.json"), broken.resolve("model.json"));
    Files.write(broken.resolve("model-0040.params"), new byte[100]);
    Path file = dir.resolve("broken.session.json");
    Files.writeString(file, "{\"version\": 1, \"main\": {\"model\": \"" + broken.toString().replace("\\", "\\\\")
        + "\", \"z\": [1, 1]}}");
    CompletableFuture<String> failed = new CompletableFuture<>();
    CompletableFuture<Void> opened = new CompletableFuture<>();
    FxWait.run(() -> window.sessions().open(file, () -> opened.complete(null), failed::complete));
    opened.get(60, TimeUnit.SECONDS);
    String banner = FxWait.fx(() -> window.model().errorProperty().get());
    assertTrue(banner.startsWith("Opened the session " + file + " without: everything (Could not open " + broken + ": "),
        banner);
    assertEquals("fashion-vae-2d", FxWait.fx(() -> main().session().name()));
    assertArrayEquals(new float[] {0.25f, -0.5f}, FxWait.fx(() -> main().z()), "the model shown keeps its z");
  }
}
