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
            new float[] {0.5f, -1.25f}, List.of(new Session.Bookmark("boot", new float[] {1, 2})),
            List.of(new Session.Vector("wide", "Trouser", "Dress", new float[] {0.25f, -3}, new float[] {1.5f, 0.75f}, 40, 38)),
            List.of(new Session.Selection("s2", new int[] {3, 17, 40})));
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
    Session.Vector v = back.main().vectors().get(0);
    assertEquals(List.of("wide", "Trouser", "Dress", 40, 38), List.of(v.name(), v.fromName(), v.toName(), v.fromSize(), v.toSize()));
    assertArrayEquals(new float[] {0.25f, -3}, v.from());
    assertArrayEquals(new float[] {1.5f, 0.75f}, v.vector());
    assertEquals("s2", back.main().selections().get(0).name());
    assertArrayEquals(new int[] {3, 17, 40}, back.main().selections().get(0).items());
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
        new Session.Pane("/gone/nothing-like-it", "nothing-like-it", false, null, null, null, null, null, null, null);
    String message = assertThrows(SessionFile.BadSession.class, () -> SessionFile.modelFolder(file, missing)).getMessage();
    assertTrue(message.startsWith(file + ": the model nothing-like-it is not found"), message);
  }

  /** Each damaged file: the exact field, and nothing past the check (no exception of another kind). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"frames\": 12|\"frames\": \"ten\"|strip.frames: expected a number, found \"ten\"",
        "\"frames\": 12|\"frames\": [12]|strip.frames: expected a number, found a list",
        "\"frames\": 12|\"frames\": 12.5|strip.frames: expected a whole number, found 12.5",
        "\"showZ\": true|\"showZ\": 3|strip.showZ: expected true or false",
        "\"traversalDimension\": 1|\"traversalDimension\": -5|strip.traversalDimension is -5; it must be 0 or more",
        "-1.25|NaN|main.z holds NaN",
        "-1.25|Infinity|main.z holds Infinity",
        "\"view\": [\\n      -2.0|\"view\": [\\n      -1e308|main.view holds -1.0E308",
        "\"view\": [\\n      -2.0|\"view\": [\\n      \"a\"|main.view[0]: expected a number, found \"a\"",
        "2.0\\n        ]\\n      }|NaN\\n        ]\\n      }|main.bookmarks[0].z holds NaN",
        "\"to\": [\\n        1.0|\"to\": [\\n        Infinity|strip.ends.to holds Infinity",
        "\"main\": {|\"main\": 5, \"x\": {|main: expected an object, found a number",
        "0.75\\n        ]|Infinity\\n        ]|main.vectors[0].vector holds Infinity",
        "0.75\\n        ]|0.75, 2\\n        ]|main.vectors[0].from has 2 values and .vector 3; they must match",
        "1.5,\\n          0.75|0,\\n          0|main.vectors[0].vector is zero",
        "\"name\": \"wide\",|\"name\": \"\",|main.vectors[0] needs a name",
        "\"name\": \"s2\"|\"name\": \"boots\"|main.selections[0] needs a name (s1, s2, ...) and the numbers of its items",
        "17,|-17,|main.selections[0].items holds -17; an item's number is 0 or more",
        "17,|1.5,|main.selections[0].items[1]: expected a whole number, found 1.5",
      })
  void aDamagedFieldIsNamed(String from, String to, String expected) throws Exception {
    String good = Files.readString(writeGood());
    String from2 = from.replace("\\n", "\n");
    assertTrue(good.contains(from2), "the fixture holds " + from2 + " in " + good);
    Path file = dir.resolve("damaged.json");
    Files.writeString(file, good.replace(from2, to.replace("\\n", "\n")));
    String message =
        assertThrows(SessionFile.BadSession.class, () -> SessionFile.open(file)).getMessage();
    assertTrue(message.startsWith(file + ": "), message);
    assertTrue(message.contains(expected), "'" + expected + "' in " + message);
  }

  @Test
  void twoSelectionsOfOneNameAreRefused() throws Exception {
    Session one = session("fashion-vae-2d");
    Session.Pane twice = new Session.Pane(one.main().model(), one.main().modelName(), false, null, null, null, null,
        null, null, List.of(new Session.Selection("s1", new int[] {1}), new Session.Selection("s1", new int[] {2})));
    Path file = dir.resolve("twice.json");
    SessionFile.write(file, new Session(Session.VERSION, twice, null, one.strip()));
    assertEquals(file + ": main.selections[1] is named s1 as an earlier one is; each selection has a name of its own",
        assertThrows(SessionFile.BadSession.class, () -> SessionFile.read(file)).getMessage());
  }

  @Test
  void aFileThatIsNotASessionIsRefusedWithItsName() throws Exception {
    Path folder = java.nio.file.Files.createDirectories(dir.resolve("a-folder"));
    assertEquals(folder + ": is a folder, not a session file",
        assertThrows(SessionFile.BadSession.class, () -> SessionFile.open(folder)).getMessage());
    Path binary = Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertTrue(assertThrows(SessionFile.BadSession.class, () -> SessionFile.open(binary)).getMessage()
        .startsWith(binary + ": not a session file"));
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    assertEquals(empty + ": the file is empty",
        assertThrows(SessionFile.BadSession.class, () -> SessionFile.open(empty)).getMessage());
    Path nul = Files.writeString(dir.resolve("nul.json"),
        "{\"version\": 1, \"main\": {\"model\": \"a\\u0000b\"}}");
    assertTrue(assertThrows(SessionFile.BadSession.class, () -> SessionFile.open(nul)).getMessage()
        .contains("is not a valid path"));
    Path escape = Files.writeString(dir.resolve("escape.json"),
        "{\"version\": 1, \"main\": {\"model\": \"/gone/x\", \"modelName\": \"../../etc\"}}");
    assertTrue(assertThrows(SessionFile.BadSession.class, () -> SessionFile.open(escape)).getMessage()
        .contains("is not a plain folder name"));
  }
}
