package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Away from a terminal (a log, a pipe) a long command's progress is one line a step. */
class StepProgressTest {

  @Test
  void oneLineAStepWhenNotOnATerminal() {
    StringWriter text = new StringWriter();
    try (StepProgress p = new StepProgress(new PrintWriter(text), false)) {
      p.progress("PCA", -1);
      p.progress("t-SNE of 10000 points", 0);
      for (int i = 1; i < 100; i++) {
        p.progress("t-SNE of 10000 points", i / 100.0);
      }
      p.progress("Log p(x) of 1,000 images", 0.5);
      p.progress("Done", 1);
    }
    assertEquals(
        String.join(System.lineSeparator(), "PCA", "t-SNE of 10000 points", "Log p(x) of 1,000 images", "Done", ""),
        text.toString());
  }
}
