package org.latentexplorer.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.session.Session;

class LessonFileTest {

  @TempDir Path dir;

  static final String EXAMPLE = """
      # Two models

      A first look.

      ## Side by side

      The *AE* and the **VAE**:
      - one
      - two

      Question: Which one
      can generate?

      Answer: The VAE.

      ```state
      main: fashion-ae-2d
      compare: fashion-vae-2d
      tab: explore
      data: all
      projection: axes z1 z2
      view: -4 4 -3 3
      z: 0.5 -1
      bookmark: Boot = 1 2
      bookmark: Bag = -1, 0.25
      strip: traversal
      frames: 12
      path: spherical
      traverse: z2 2.5
      from: -2 0
      to: 2 0
      large-text: on
      ```

      ## Only the VAE

      ```state
      main: fashion-vae-2d
      compare: none
      projection: pca pc1 pc2
      ```

      ## Samples

      Text only.
      """;

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void aLessonIsReadWithItsTextQuestionAnswerAndEachStepsState() throws Exception {
    Path f = write("two.lesson.md", EXAMPLE);
    Lesson l = LessonFile.read(f);
    assertEquals("Two models", l.title());
    assertEquals("A first look.", l.intro());
    assertEquals(3, l.steps().size());
    Lesson.Step one = l.steps().get(0);
    assertEquals("Side by side", one.title());
    assertEquals("The *AE* and the **VAE**:\n- one\n- two", one.text());
    assertEquals("Which one\ncan generate?", one.question());
    assertEquals("The VAE.", one.answer());
    StepState s = one.own();
    assertEquals("fashion-ae-2d", s.main());
    assertEquals("fashion-vae-2d", s.compare());
    assertEquals("explore", s.tab());
    assertEquals(Boolean.TRUE, s.allData());
    assertEquals("LATENT_AXES", s.projection());
    assertArrayEquals(new int[] {0, 1}, s.axes());
    assertArrayEquals(new double[] {-4, 4, -3, 3}, s.view());
    assertArrayEquals(new float[] {0.5f, -1f}, s.z());
    assertEquals(2, s.bookmarks().size());
    assertEquals("Bag", s.bookmarks().get(1).name());
    assertArrayEquals(new float[] {-1f, 0.25f}, s.bookmarks().get(1).z());
    assertEquals("TRAVERSAL", s.stripMode());
    assertEquals(12, s.frames());
    assertEquals(Boolean.TRUE, s.spherical());
    assertEquals(1, s.traversalDimension());
    assertEquals(2.5, s.traversalRange());
    assertArrayEquals(new float[] {-2f, 0f}, s.from());
    assertArrayEquals(new float[] {2f, 0f}, s.to());
    assertEquals(Boolean.TRUE, s.largeText());
    assertEquals(AppHome.models().resolve("fashion-ae-2d"), one.mainFolder());
    assertEquals(AppHome.models().resolve("fashion-vae-2d"), one.compareFolder());
    assertTrue(l.problems().isEmpty(), l.problems().toString());

    Lesson.Step two = l.steps().get(1);
    StepState shown = two.shown();
    assertEquals("fashion-vae-2d", shown.main());
    assertTrue(shown.alone());
    assertNull(two.compareFolder());
    assertEquals("PCA", shown.projection());
    assertNull(shown.z(), "a new main model drops the z set for the one before");
    assertNull(shown.view(), "and the view");
    assertNull(shown.bookmarks());
    assertNull(shown.from());
    assertEquals("TRAVERSAL", shown.stripMode(), "what the new model does not change stays");
    assertEquals(Boolean.TRUE, shown.largeText());
    assertEquals("explore", shown.tab());

    Lesson.Step three = l.steps().get(2);
    assertEquals("Text only.", three.text());
    assertEquals("", three.question());
    assertEquals(AppHome.models().resolve("fashion-vae-2d"), three.mainFolder());
  }

  @Test
  void writtenAndReadAgainEveryStepShowsTheSame() throws Exception {
    Lesson l = LessonFile.read(write("two.lesson.md", EXAMPLE));
    String text = LessonFile.text(l);
    Lesson again = LessonFile.parse(dir.resolve("again.lesson.md"), text);
    assertEquals(l.steps().size(), again.steps().size());
    for (int i = 0; i < l.steps().size(); i++) {
      assertEquals(StateBlock.format(l.steps().get(i).shown()), StateBlock.format(again.steps().get(i).shown()), "step " + (i + 1));
      assertEquals(l.steps().get(i).text(), again.steps().get(i).text());
      assertEquals(l.steps().get(i).question(), again.steps().get(i).question());
      assertEquals(l.steps().get(i).answer(), again.steps().get(i).answer());
    }
    assertTrue(text.contains("## Only the VAE\n\n```state\nmain: fashion-vae-2d\ncompare: none\nprojection: pca pc1 pc2\n```"), text);
    Path saved = dir.resolve("saved.lesson.md");
    LessonFile.write(saved, l);
    assertEquals(text, Files.readString(saved));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "z: 1 abc | line 9, z: 'abc' is not a number",
      "z: NaN 1 | line 9, z: 'NaN' must be a number within +/-1000000",
      "frames: 40 | line 9, frames: '40' must be a whole number from 2 to 30",
      "tab: settings | line 9, tab: 'settings' must be one of explore, analyse, evaluate, anomaly, train",
      "projection: axes z0 z1 | line 9, projection: 'z0' is not a dimension (z1, z2, ...)",
      "projection: tsne 1 | line 9, projection: 'tsne 1' must be 'axes z1 z2', 'pca pc1 pc2', or one of tsne, umap",
      "view: 4 -4 0 1 | line 9, view: '4 -4 0 1' must be four numbers: x from, x to, y from, y to (from below to)",
      "traverse: z1 20 | line 9, traverse: the half width 20 must be 0.5 to 10",
      "bookmark: = 1 2 | line 9, bookmark: '= 1 2' must be 'NAME = the z values'",
      "colour: red | line 9, colour: not a key of a step (keys: main, compare, tab, data, projection, view, z, compare-z, bookmark, bookmarks, strip, frames, path, traverse, from, to, large-text, analyse, train, anomalous, samples, direction, directions, run)",
      "just words | line 9, 'just words': expected 'key: value' (keys: main, compare, tab, data, projection, view, z, compare-z, bookmark, bookmarks, strip, frames, path, traverse, from, to, large-text, analyse, train, anomalous, samples, direction, directions, run)",
      "analyse: everything | line 9, analyse: 'everything' must be one of projections, density, coverage, samples, manifold, sensitivity, encoder, directions",
      "train: --beta | line 9, train: --beta needs a value",
      "train: --betta 4 | line 9, train: '--betta' is not one of --data, --kind, --arch, --latent, --hidden, --beta, --warmup, --epochs, --batch, --lr, --seed, --name",
      "train: --kind gan | line 9, train: 'gan' must be one of ae, vae",
      "run: everything | line 9, run: 'everything' must be one of training, training-both, stop-training, evaluation, anomaly",
      "anomalous: Dress,, Coat | line 9, anomalous: 'Dress,, Coat' must be class names separated by commas",
      "samples: drawn | line 9, samples: 'drawn' must be one of mean, pixels",
      "direction: Trouser to Dress | line 9, direction: 'Trouser to Dress' must be 'FROM -> TO' or 'FROM -> TO as NAME', such as 'Trouser -> Dress'",
      "directions: all | line 9, directions: 'all' must be one of none",
  })
  void aBadValueNamesTheFileTheStepTheLineAndTheFieldAndTheOtherStepsStayUsable(String line, String problem) throws Exception {
    Path f = write("bad.lesson.md", """
        # Bad

        ## Good

        ```state
        main: fashion-vae-2d
        ```

        ## Broken
        ```state
        LINE
        ```

        ## Good again
        """.replace("LINE", line));
    Lesson l = LessonFile.read(f);
    assertEquals(List.of(f + ": step 2 (Broken), " + problem.replace("line 9", "line 11")), l.steps().get(1).problems());
    assertTrue(l.steps().get(0).usable());
    assertTrue(l.steps().get(2).usable());
  }

  @Test
  void aMissingModelMakesItsStepsUnusableAndNamesTheField() throws Exception {
    Path f = write("missing.lesson.md", """
        # Missing

        ## One
        ```state
        main: no-such-model
        ```

        ## Two inherits it

        ## Three has its own
        ```state
        main: fashion-vae-2d
        compare: gone-too
        ```

        ## Four alone
        ```state
        compare: none
        ```
        """);
    Lesson l = LessonFile.read(f);
    String one = l.steps().get(0).problems().get(0);
    assertTrue(one.startsWith(f + ": step 1 (One), main: the model no-such-model is not found (looked in "), one);
    String two = l.steps().get(1).problems().get(0);
    assertTrue(two.startsWith(f + ": step 2 (Two inherits it): its model is not found (" + f + ": step 1 (One), main:"), two);
    assertEquals(1, l.steps().get(2).problems().size());
    assertTrue(l.steps().get(2).problems().get(0).startsWith(f + ": step 3 (Three has its own), compare: the model gone-too is not found"));
    assertTrue(l.steps().get(3).usable(), l.steps().get(3).problems().toString());
  }

  @Test
  void aModelBesideTheLessonIsFoundByItsRelativePath() throws Exception {
    Path model = dir.resolve("mine/my-vae");
    Files.createDirectories(model);
    Files.writeString(model.resolve("model.json"), "{}");
    Lesson l = LessonFile.parse(dir.resolve("x.lesson.md"), "# X\n## One\n```state\nmain: mine/my-vae\n```\n");
    assertEquals(model, l.steps().get(0).mainFolder());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'' | not a lesson file (it must start with a '# Title' line)",
      "## Step first | not a lesson file (it must start with a '# Title' line)",
      "'# Title only\nno steps here' | has no steps (each step starts with a '## Step title' line)",
  })
  void aFileThatIsNotALessonIsRefusedWithOneMessage(String text, String problem) throws Exception {
    Path f = write("x.lesson.md", text.replace("\\n", "\n"));
    assertEquals(f + ": " + problem, assertThrows(LessonFile.BadLesson.class, () -> LessonFile.read(f)).getMessage());
  }

  @Test
  void unreadableFilesAreNamed() throws Exception {
    Path f = dir.resolve("latin1.lesson.md");
    Files.write(f, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
    assertEquals(f + ": not a lesson file (not UTF-8 text)",
        assertThrows(LessonFile.BadLesson.class, () -> LessonFile.read(f)).getMessage());
    assertEquals(dir + ": is a folder, not a lesson file",
        assertThrows(LessonFile.BadLesson.class, () -> LessonFile.read(dir)).getMessage());
    Path none = dir.resolve("none.lesson.md");
    assertEquals(none + ": no such file",
        assertThrows(LessonFile.BadLesson.class, () -> LessonFile.read(none)).getMessage());
  }

  @Test
  void anUnclosedBlockIsAProblemOfItsStep() throws Exception {
    Path f = write("open.lesson.md", "# Open\n\n## One\n```state\nmain: fashion-vae-2d\n");
    Lesson l = LessonFile.read(f);
    assertEquals(List.of(f + ": step 1 (One), line 4: the ```state block has no closing ``` line"), l.steps().get(0).problems().subList(0, 1));
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void aStateWrittenAsChangesShowsTheSameOverTheStepBefore() {
    StepState before = new StepState("a", StepState.NONE, "explore", false, "LATENT_AXES", new int[] {0, 1},
        new double[] {-1, 1, -1, 1}, new float[] {1, 2}, null, List.of(new Session.Bookmark("b", new float[] {0, 0})),
        "INTERPOLATION", 10, false, 0, 3.0, null, null, false, null, ordered("--beta", "1", "--latent", "2"),
        List.of("Dress"), false, List.of("Trouser -> Dress"), null);
    StepState now = new StepState("b", StepState.NONE, "analyse", false, "LATENT_AXES", new int[] {0, 1},
        new double[] {-1, 1, -1, 1}, new float[] {1, 2}, null, List.of(new Session.Bookmark("b", new float[] {0, 0})),
        "TRAVERSAL", 10, false, 0, 3.0, null, null, false, "coverage", ordered("--beta", "4", "--latent", "2", "--kind", "vae"),
        List.of("Dress", "Coat"), true, List.of("#1, b1 -> x=0..5 as wide"), List.of("training"));
    StepState changes = now.changesFrom(before);
    assertEquals(List.of("main: b", "tab: analyse", "projection: axes z1 z2", "view: -1 1 -1 1", "z: 1 2",
        "bookmark: b = 0 0", "strip: traversal", "analyse: coverage", "train: --beta 4 --kind vae",
        "direction: #1, b1 -> x=0..5 as wide", "anomalous: Dress, Coat", "samples: pixels", "run: training"),
        StateBlock.format(changes));
    assertEquals(StateBlock.format(now), StateBlock.format(changes.over(before)));
    assertNull(StepState.EMPTY.over(changes.over(before)).run(), "what a step runs is not passed on");
  }
}
