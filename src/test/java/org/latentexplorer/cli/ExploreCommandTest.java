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
}
