package org.latentexplorer.ui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AppHome;

class SessionFileTest {

  @TempDir Path dir;

  private static Session session(String model) {
    Session.Pane main =
        new Session.Pane(
            model, "fashion-vae-2d", false, "PCA", new int[] {1, 0}, new double[] {-2, 2, -1, 3},
            new float[] {0.5f, -1.25f}, List.of(new Session.Bookmark("boot", new float[] {1, 2})));
    Session.Strip strip =
        new Session.Strip(
            "TRAVERSAL", 12, true, 1, 2.5, true,
            new Session.Ends("main", new float[] {0, 0}, new float[] {1, 1}, 7, -1, "#7 Bag", "z (1.00, 1.00)"),
            true, "ACTIVE");
    return new Session(Session.VERSION, main, null, strip);
  }

  @Test
  void aSessionWrittenIsReadBackTheSame() throws Exception {
    Path file = dir.resolve("lesson.session.json");
    SessionFile.write(file, session("/somewhere/fashion-vae-2d"));
    Session back = SessionFile.read(file);
    assertEquals("PCA", back.main().projection());
    assertArrayEquals(new int[] {1, 0}, back.main().axes());
    assertArrayEquals(new double[] {-2, 2, -1, 3}, back.main().view());
    assertArrayEquals(new float[] {0.5f, -1.25f}, back.main().z());
    assertEquals("boot", back.main().bookmarks().get(0).name());
    assertEquals(12, back.strip().frames());
    assertEquals("#7 Bag", back.strip().ends().fromName());
    assertEquals(true, back.strip().rangeInSd());
    assertEquals("ACTIVE", back.strip().gridDimensions());
    assertTrue(Files.list(dir).allMatch(p -> p.equals(file)), "no temporary file left");
  }

  @Test
  void aBadFileIsNamedWithItsProblem() throws Exception {
    Path file = dir.resolve("bad.json");
    assertEquals(file + ": no such file", assertThrows(SessionFile.BadSession.class, () -> SessionFile.read(file)).getMessage());
    Files.writeString(file, "{ not json");
    assertTrue(assertThrows(SessionFile.BadSession.class, () -> SessionFile.read(file)).getMessage()
        .startsWith(file + ": not a session file"));
    String good = Files.readString(writeGood());
    Files.writeString(file, good.replace("\"PCA\"", "\"ISOMAP\"").replace("\"frames\": 12", "\"frames\": 99"));
    assertEquals(
        file + ": main.projection is 'ISOMAP'; it must be one of ",
        assertThrows(SessionFile.BadSession.class, () -> SessionFile.read(file)).getMessage()
            .replaceAll("\\[.*?\\]; strip.frames is 99; it must be 2 to 30", ""));
    Files.writeString(file, good.replace("\"PCA\"", "\"UMAP\""));
    assertEquals("UMAP", SessionFile.read(file).main().projection(), "a UMAP view is a view a session keeps");
    Files.writeString(file, good.replace("\"version\": 1", "\"version\": 2"));
    assertEquals(file + ": version is 2; this program reads version 1",
        assertThrows(SessionFile.BadSession.class, () -> SessionFile.read(file)).getMessage());
  }

  private Path writeGood() throws Exception {
    Path f = dir.resolve("good.json");
    SessionFile.write(f, session("fashion-vae-2d"));
    return f;
  }

  @Test
  void theModelIsFoundAsSavedNextToTheSessionOrAmongTheBundledModels() throws Exception {
    Path file = writeGood();
    Path bundled = AppHome.models().resolve("fashion-vae-2d");
    Session moved = session("/a/computer/that/is/gone/fashion-vae-2d");
    assertEquals(bundled, SessionFile.modelFolder(file, moved.main()));
    Path local = dir.resolve("models/mine");
    Files.createDirectories(local);
    Files.writeString(local.resolve("model.json"), "{}");
    Session relative = session("models/mine");
    assertEquals(local, SessionFile.modelFolder(file, relative.main()));
    Session.Pane missing =
        new Session.Pane("/gone/nothing-like-it", "nothing-like-it", false, null, null, null, null, null);
    String message = assertThrows(SessionFile.BadSession.class, () -> SessionFile.modelFolder(file, missing)).getMessage();
    assertTrue(message.startsWith(file + ": the model nothing-like-it is not found"), message);
  }
}
