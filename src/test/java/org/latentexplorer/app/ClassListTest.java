package org.latentexplorer.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The class list the Linux package archives at install time (src/dist/classes.lst) names the
 * program's classes as they are: a list gone stale still installs, but archives less and the start
 * loses the second it saves.
 */
class ClassListTest {

  private static final Path LIST = Path.of("src/dist/classes.lst");

  @Test
  void theProgramsClassesInTheListStillExist() throws IOException {
    List<String> ours = Files.readAllLines(LIST).stream()
        .filter(line -> line.startsWith("org/latentexplorer/"))
        .map(line -> line.split(" ", 2)[0])
        .toList();
    assertTrue(ours.contains("org/latentexplorer/ui/MainWindow"), "the list holds no window: " + ours.size());
    List<String> gone = ours.stream()
        .filter(name -> ClassListTest.class.getClassLoader().getResource(name + ".class") == null)
        .toList();
    assertTrue(gone.size() * 20 <= ours.size(),
        gone.size() + " of the " + ours.size() + " program classes in " + LIST
            + " no longer exist (" + String.join(", ", gone.subList(0, Math.min(5, gone.size())))
            + ", ...): run src/test/dist/make-class-list.sh");
  }

  @Test
  void theListNamesTheClassesThatDrawTheFirstModel() throws IOException {
    String list = Files.readString(LIST);
    for (String name : List.of("org/latentexplorer/ui/explore/ModelPane", "org/latentexplorer/engine/SessionPreload",
        "javafx/scene/control/TabPane", "ai/djl/pytorch/engine/PtEngine")) {
      assertTrue(list.contains("\n" + name + " ") || list.contains("\n" + name + "\n"), name + " is not in " + LIST);
    }
  }
}
