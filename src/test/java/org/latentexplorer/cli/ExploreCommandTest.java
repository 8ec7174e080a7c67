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
    CommandLine cli = MainCommand.commandLine((models, session) -> {
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
}
