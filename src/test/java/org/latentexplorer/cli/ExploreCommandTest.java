package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExploreCommandTest {

  @Test
  void aSessionOpensTheWindowOnItAndCannotBeMixedWithModels() {
    List<Object> asked = new ArrayList<>();
    CommandLine cli = MainCommand.commandLine((models, session, lesson) -> {
      asked.add(models);
      asked.add(session);
    });
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(0, cli.execute("explore", "--session", "lesson.json"));
    assertEquals(List.of(List.of(), Path.of("lesson.json")), asked);

    CliRun both = CliRun.of("explore", "--session", "lesson.json", "--model", "models/fashion-vae-2d");
    assertNotEquals(0, both.code());
    assertTrue(both.err().contains("--session names its own models; leave out --model"), both.err());
  }

  @Test
  void aLessonOpensTheWindowAtItsFirstStepAndCannotBeMixedWithModelsOrASession() {
    List<Object> asked = new ArrayList<>();
    CommandLine cli = MainCommand.commandLine((models, session, lesson) -> {
      asked.add(models);
      asked.add(String.valueOf(session));
      asked.add(lesson);
    });
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(0, cli.execute("explore", "--lesson", "two.lesson.md"));
    assertEquals(List.of(List.of(), "null", Path.of("two.lesson.md")), asked);

    for (String[] other : new String[][] {{"--model", "models/fashion-vae-2d"}, {"--session", "a.json"}}) {
      CliRun both = CliRun.of("explore", "--lesson", "two.lesson.md", other[0], other[1]);
      assertNotEquals(0, both.code());
      assertTrue(both.err().contains("--lesson names its own models; leave out --model and --session"), both.err());
    }
  }

  @Test
  void codesOpenTheWindowOnThemWithTheirImagesAndAloneOnly() throws Exception {
    Path npy = Path.of(ExploreCommandTest.class.getResource("/data/codes/codes-f4.npy").toURI());
    Path labels = Path.of(ExploreCommandTest.class.getResource("/data/codes/labels-str.npy").toURI());
    Path images = Path.of(ExploreCommandTest.class.getResource("/data/npy/set-stored.npz").toURI());
    List<Object> asked = new ArrayList<>();
    CommandLine cli = MainCommand.commandLine(new WindowLauncher() {
      @Override
      public void open(List<Path> models, Path session, Path lesson) {
        asked.add("models");
      }

      @Override
      public void openCodes(org.latentexplorer.data.codes.CodesFiles files,
          org.latentexplorer.data.codes.CodeSet codes, org.latentexplorer.data.ImageSet shown) {
        asked.add(codes.count() + " codes of " + codes.dims() + ", " + codes.classNames() + ", "
            + (shown == null ? "no" : shown.size()) + " images");
      }
    });
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(0, cli.execute("explore", "--codes", npy.toString(), "--labels", labels.toString(),
        "--images", images.toString()));
    assertEquals(List.of("6 codes of 3, [bird, cat, dog], 6 images"), asked);

    CliRun fewer = CliRun.of("explore", "--codes", npy.toString(), "--images",
        Path.of(ExploreCommandTest.class.getResource("/data/npy/grey-u1.npy").toURI()).toString());
    assertEquals(1, fewer.code());
    assertTrue(fewer.err().contains("grey-u1.npy: holds 4 images, but there are 6 codes"), fewer.err());
    CliRun mixed = CliRun.of("explore", "--codes", npy.toString(), "--model", "models/fashion-vae-2d");
    assertEquals(2, mixed.code());
    assertTrue(mixed.err().contains("--codes opens the window on codes alone"), mixed.err());
    CliRun stray = CliRun.of("explore", "--labels", labels.toString());
    assertEquals(2, stray.code());
    assertTrue(stray.err().contains("--labels, --codes-array and --images go with --codes"), stray.err());
  }
}
